/** The built-in demo plans: open one (made from its builder the first time), or reset it. */
import { DEMOS, type DemoDefinition } from '../../../shared/demos';
import { getDatabase } from '../db/database';
import { replaceWorkspace } from '../db/workspaces';
import { nowIso } from './clock';
import { resetHistory } from './history';
import { createPlanFromObject, openWorkspace } from './workspaceActions';

export function findDemo(demoId: string): DemoDefinition | undefined {
  return DEMOS.find((d) => d.id === demoId);
}

/** Opens the demo's workspace, creating it from the shipped builder when it does not exist yet. */
export async function openDemo(demo: DemoDefinition): Promise<string> {
  const plan = demo.build();
  const existing = await getDatabase().workspaces.get(plan.meta.id);
  if (existing) {
    await openWorkspace(existing.id);
    return existing.id;
  }
  return createPlanFromObject(plan, { kind: 'demo', demoId: demo.id });
}

/** Puts a demo back as it shipped: the edits are gone (the shipped data itself never changes). */
export async function resetDemo(workspaceId: string, demo: DemoDefinition): Promise<void> {
  await replaceWorkspace(getDatabase(), workspaceId, demo.build(), { kind: 'demo', demoId: demo.id }, nowIso());
  resetHistory(workspaceId, nowIso());
}
