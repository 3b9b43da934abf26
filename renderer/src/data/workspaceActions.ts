/** Opening, creating and switching plans. */
import { createEmptyPlan } from '../../../shared/model/defaults';
import type { Country } from '../../../shared/model/enums';
import { COUNTRY_CURRENCY } from '../../../shared/model/enums';
import type { Organisation, Plan } from '../../../shared/model/types';
import { getDatabase } from '../db/database';
import type { StoredBatch } from '../db/planFilePurchases';
import type { WorkspaceOrigin } from '../db/schema';
import { writeSetting } from '../db/settings';
import { createWorkspace } from '../db/workspaces';
import { useAppStore } from '../state/appStore';
import { nowIso, todayIso } from './clock';
import { resetHistory } from './history';
import { newId } from './ids';

export async function openWorkspace(workspaceId: string | null): Promise<void> {
  const db = getDatabase();
  const row = workspaceId ? await db.workspaces.get(workspaceId) : undefined;
  const id = row ? row.id : null;
  resetHistory(id, row?.updatedAt ?? null);
  useAppStore.getState().setWorkspaceId(id);
  await writeSetting(db, 'lastWorkspaceId', id);
}

/** A new workspace from a plan (and a plan file's purchase batches, in the same transaction), opened. */
export async function createPlanFromObject(plan: Plan, origin: WorkspaceOrigin, purchases: readonly StoredBatch[] = []): Promise<string> {
  const id = await createWorkspace(getDatabase(), plan, origin, nowIso(), purchases);
  await openWorkspace(id);
  return id;
}

export interface NewPlanInput {
  name: string;
  country: Country;
  organisationName: string;
}

/** A new plan with the reference defaults and the user's own organisation in it. */
export async function createNewPlan({ name, country, organisationName }: NewPlanInput): Promise<string> {
  const plan = createEmptyPlan({ id: newId('plan'), name, country, planDate: todayIso() });
  const organisation: Organisation = {
    id: newId('org'),
    name: organisationName,
    kind: 'municipality',
    country,
    currency: COUNTRY_CURRENCY[country],
  };
  plan.organisations.push(organisation);
  return createPlanFromObject(plan, { kind: 'new' });
}
