/**
 * Plan files: opening one (validated, never overwriting a plan without asking) and saving the open
 * plan as one. The file format and its validation live in shared/planfile. The workspace's
 * purchase lines travel with the plan both ways (the file's `purchases` member): saved with it,
 * and stored in the same transaction as the plan's records when a file is opened.
 */
import { readPlanFile, writePlanFile, type PlanFileIssue } from '../../../shared/planfile';
import { PLAN_TABLES, type Plan, type PlanFilePurchases } from '../../../shared/model/types';
import { getDatabase } from '../db/database';
import type { WorkspaceOrigin } from '../db/schema';
import { readPlanFilePurchases, storedBatchesFromFile } from '../db/planFilePurchases';
import { loadPlan, replaceWorkspace } from '../db/workspaces';
import { forgetPurchaseChunks } from '../purchases/purchaseStore';
import { nowIso } from './clock';
import { resetHistory } from './history';
import { newId } from './ids';
import { createPlanFromObject, openWorkspace } from './workspaceActions';

export const PLAN_FILE_EXTENSIONS = ['maltid', 'json'];

export type OpenResult =
  | { kind: 'opened'; workspaceId: string }
  | { kind: 'invalid'; fileName: string; issues: PlanFileIssue[] }
  /** A plan with the same identity is already here: the caller must ask what to do. */
  | { kind: 'exists'; fileName: string; plan: Plan; purchases?: PlanFilePurchases; existingName: string };

export function decodePlanFile(bytes: Uint8Array): string {
  // Plan files are UTF-8 (with or without a byte-order mark).
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
}

export async function openPlanFile(fileName: string, bytes: Uint8Array): Promise<OpenResult> {
  const read = readPlanFile(decodePlanFile(bytes));
  if (!read.ok) return { kind: 'invalid', fileName, issues: read.issues };
  const existing = await getDatabase().workspaces.get(read.plan.meta.id);
  if (existing) return { kind: 'exists', fileName, plan: read.plan, ...(read.purchases ? { purchases: read.purchases } : {}), existingName: existing.meta.name };
  const workspaceId = await createFromFile(fileName, read.plan, read.purchases);
  return { kind: 'opened', workspaceId };
}

/** A new workspace with the file's plan and purchase lines (one transaction), opened. */
async function createFromFile(fileName: string, plan: Plan, purchases: PlanFilePurchases | undefined): Promise<string> {
  return createPlanFromObject(plan, { kind: 'file', fileName }, storedBatchesFromFile(plan.meta.id, purchases));
}

/**
 * Replaces a workspace with a plan file's plan and purchase lines (the old lines go, also when the
 * file has none): a plan file opened over a plan after asking, or a backup restored.
 */
export async function replaceWithFileContents(workspaceId: string, plan: Plan, purchases: PlanFilePurchases | undefined, origin: WorkspaceOrigin): Promise<void> {
  const batches = storedBatchesFromFile(workspaceId, purchases);
  await replaceWorkspace(getDatabase(), workspaceId, { ...plan, meta: { ...plan.meta, id: workspaceId } }, origin, nowIso(), batches);
  // The lines kept in memory are the old ones, maybe under the same batch ids: read them again.
  forgetPurchaseChunks(workspaceId);
  resetHistory(workspaceId, nowIso());
}

/** After asking: replace the plan that has the same identity, purchase lines included. */
export async function replaceWithPlanFile(fileName: string, plan: Plan, purchases?: PlanFilePurchases): Promise<string> {
  await replaceWithFileContents(plan.meta.id, plan, purchases, { kind: 'file', fileName });
  await openWorkspace(plan.meta.id);
  return plan.meta.id;
}

/** After asking: keep both, the file's plan (and purchase lines) under a new identity. */
export async function openPlanFileAsCopy(fileName: string, plan: Plan, copyName: string, purchases?: PlanFilePurchases): Promise<string> {
  const id = newId('plan');
  return createFromFile(fileName, { ...plan, meta: { ...plan.meta, id, name: copyName } }, purchases);
}

/** The plan file's bytes: the plan and, when there are any, the workspace's purchase lines. */
export function planFileBytes(plan: Plan, purchases?: PlanFilePurchases): Uint8Array {
  return new TextEncoder().encode(writePlanFile(plan, purchases));
}

/**
 * A workspace's plan and purchase lines, read in one transaction (so a save never mixes an
 * import's lines with the plan from before it), or null when the workspace does not exist.
 */
export async function loadPlanFileContents(workspaceId: string): Promise<{ plan: Plan; purchases: PlanFilePurchases | undefined } | null> {
  const db = getDatabase();
  const tables = [db.workspaces, ...PLAN_TABLES.map((t) => db.table(t)), db.purchaseBatches, db.purchaseChunks];
  return db.transaction('r', tables, async () => {
    const plan = await loadPlan(db, workspaceId);
    return plan ? { plan, purchases: await readPlanFilePurchases(db, workspaceId) } : null;
  });
}

/** A file name from the plan's name: letters, digits, spaces and dashes only. */
export function planFileName(plan: Plan, extension = 'maltid'): string {
  const base = plan.meta.name.normalize('NFC').replace(/[^\p{L}\p{N} ._-]+/gu, ' ').trim().replace(/\s+/g, ' ') || 'plan';
  return `${base}.${extension}`;
}

/** The open plan as a plan file (canonical bytes, a name from the plan's name), or null when none is open. */
export async function openPlanAsFile(workspaceId: string | null): Promise<{ name: string; data: Uint8Array } | null> {
  if (!workspaceId) return null;
  const contents = await loadPlanFileContents(workspaceId);
  return contents ? { name: planFileName(contents.plan), data: planFileBytes(contents.plan, contents.purchases) } : null;
}
