/**
 * Plan files: opening one (validated, never overwriting a plan without asking) and saving the open
 * plan as one. The file format and its validation live in shared/planfile.
 */
import { readPlanFile, writePlanFile, type PlanFileIssue } from '../../../shared/planfile';
import type { Plan } from '../../../shared/model/types';
import { getDatabase } from '../db/database';
import { loadPlan, replaceWorkspace } from '../db/workspaces';
import { nowIso } from './clock';
import { resetHistory } from './history';
import { newId } from './ids';
import { createPlanFromObject, openWorkspace } from './workspaceActions';

export const PLAN_FILE_EXTENSIONS = ['maltid', 'json'];

export type OpenResult =
  | { kind: 'opened'; workspaceId: string }
  | { kind: 'invalid'; fileName: string; issues: PlanFileIssue[] }
  /** A plan with the same identity is already here: the caller must ask what to do. */
  | { kind: 'exists'; fileName: string; plan: Plan; existingName: string };

export function decodePlanFile(bytes: Uint8Array): string {
  // Plan files are UTF-8 (with or without a byte-order mark).
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
}

export async function openPlanFile(fileName: string, bytes: Uint8Array): Promise<OpenResult> {
  const read = readPlanFile(decodePlanFile(bytes));
  if (!read.ok) return { kind: 'invalid', fileName, issues: read.issues };
  const existing = await getDatabase().workspaces.get(read.plan.meta.id);
  if (existing) return { kind: 'exists', fileName, plan: read.plan, existingName: existing.meta.name };
  const workspaceId = await createPlanFromObject(read.plan, { kind: 'file', fileName });
  return { kind: 'opened', workspaceId };
}

/** After asking: replace the plan that has the same identity. */
export async function replaceWithPlanFile(fileName: string, plan: Plan): Promise<string> {
  await replaceWorkspace(getDatabase(), plan.meta.id, plan, { kind: 'file', fileName }, nowIso());
  resetHistory(plan.meta.id, nowIso());
  await openWorkspace(plan.meta.id);
  return plan.meta.id;
}

/** After asking: keep both, the file's plan under a new identity. */
export async function openPlanFileAsCopy(fileName: string, plan: Plan, copyName: string): Promise<string> {
  const id = newId('plan');
  return createPlanFromObject({ ...plan, meta: { ...plan.meta, id, name: copyName } }, { kind: 'file', fileName });
}

export function planFileBytes(plan: Plan): Uint8Array {
  return new TextEncoder().encode(writePlanFile(plan));
}

/** A file name from the plan's name: letters, digits, spaces and dashes only. */
export function planFileName(plan: Plan, extension = 'maltid'): string {
  const base = plan.meta.name.normalize('NFC').replace(/[^\p{L}\p{N} ._-]+/gu, ' ').trim().replace(/\s+/g, ' ') || 'plan';
  return `${base}.${extension}`;
}

/** The open plan as a plan file (canonical bytes, a name from the plan's name), or null when none is open. */
export async function openPlanAsFile(workspaceId: string | null): Promise<{ name: string; data: Uint8Array } | null> {
  if (!workspaceId) return null;
  const plan = await loadPlan(getDatabase(), workspaceId);
  return plan ? { name: planFileName(plan), data: planFileBytes(plan) } : null;
}
