/** Creating, saving, duplicating and deleting scenarios: each one undoable step. */
import { createScenario } from '../../../shared/model/defaults';
import type { ScenarioKind } from '../../../shared/model/enums';
import type { Plan, Scenario } from '../../../shared/model/types';
import { storageMessageKey } from '../db/errors';
import { commit, undo } from '../data/history';
import { newId } from '../data/ids';
import { useAppStore } from '../state/appStore';

export function firstScenarioYear(plan: Plan): number {
  return Number(plan.meta.planDate.slice(0, 4)) + 1;
}

/** A new scenario of a kind, with the settings that kind needs filled in from the plan. */
export function newScenario(plan: Plan, kind: ScenarioKind, name: string): Scenario {
  const s = createScenario(plan, { id: newId('scenario'), name, kind, startYear: firstScenarioYear(plan) });
  const region = plan.organisations.find((o) => o.kind === 'region');
  if (kind === 'regional' && region) s.regional = { ...s.regional, regionId: region.id };
  if (kind === 'partnership') {
    const members = plan.organisations.filter((o) => o.kind === 'municipality').map((o) => o.id);
    s.partnership = {
      ...s.partnership,
      memberIds: members,
      pooledCategoryIds: plan.foodCategories.map((c) => c.id),
      fees: members.map((organisationId) => ({ organisationId, tier: 'full' as const })),
    };
  }
  return s;
}

/**
 * Saves a scenario. `base` is the scenario as the user saw it before the change (null for a new
 * one): when another window has changed it since, nothing is saved and the user is told.
 */
export async function saveScenario(workspaceId: string, scenario: Scenario, labelKey = 'history.editScenario', base?: Scenario | null): Promise<void> {
  try {
    await commit(workspaceId, labelKey, [{ table: 'scenarios', op: 'put', record: scenario, ...(base !== undefined ? { base } : {}) }]);
  } catch (error) {
    useAppStore.getState().notify('error', storageMessageKey(error));
  }
}

export async function deleteScenario(workspaceId: string, scenario: Scenario): Promise<void> {
  try {
    await commit(workspaceId, 'history.deleteScenario', [{ table: 'scenarios', op: 'delete', id: scenario.id, base: scenario }]);
    useAppStore.getState().notify('info', 'scenarios.deleted', { name: scenario.name }, { labelKey: 'actions.undo', run: () => void undo() });
  } catch (error) {
    useAppStore.getState().notify('error', storageMessageKey(error));
  }
}
