/** What the worker does with a request, also run in-thread where there are no workers (tests). */
import { checkPlan } from '../../../shared/engine/checkPlan';
import type { AllocationCache } from '../../../shared/engine/allocationReuse';
import { evaluateScenario, type EvaluateOptions } from '../../../shared/engine/evaluate';
import { goalSeek } from '../../../shared/engine/goalSeek';
import { sensitivity } from '../../../shared/engine/sensitivity';
import type { ScenarioResult } from '../../../shared/engine/types';
import type { Plan } from '../../../shared/model/types';
import { trimWarnings } from '../results/warningGroups';
import type { EngineRequest, EngineResponse } from './protocol';

/** The plan with the what-if drafts in place of the stored scenarios. */
function withOverrides(plan: Plan, overrides: Plan['scenarios']): Plan {
  const byId = new Map(overrides.map((s) => [s.id, s]));
  const scenarios = plan.scenarios.map((s) => byId.get(s.id) ?? s);
  for (const s of overrides) if (!scenarios.some((x) => x.id === s.id)) scenarios.push(s);
  return { ...plan, scenarios };
}

/**
 * The rows Compare reads (src/results/unmetLocal.ts, capacity.ts): category rows with unmet local
 * demand, offer rows with a capacity; no threshold rows (the crossing warnings stay).
 */
export function compareRows(result: ScenarioResult): ScenarioResult {
  return {
    ...result,
    categories: result.categories.filter((c) => c.unmetLocalKg > 0),
    offers: result.offers.filter((o) => o.capacityKg !== null),
    thresholds: [],
  };
}

/**
 * What the Scenarios view reads (src/scenarios/ScenariosView.tsx: its year figures, the chart of
 * all categories' trajectory, the warnings list): the summary without the per-organisation rows,
 * the contract timelines and the per-category trajectory rows, and only the warnings the list
 * shows with the count of each code (../results/warningGroups.ts). At Denmark scale that is 17 KiB
 * instead of 414 KiB a what-if step: its answer is copied out of the worker and into the page, so
 * what is not read is not sent.
 */
export function figureRows(result: ScenarioResult): ScenarioResult {
  return { ...result, organisations: [], contracts: [], trajectory: result.trajectory.filter((r) => r.categoryId === '*'), ...trimWarnings(result.warnings) };
}

/**
 * `cache`: allocations kept for this plan (the worker clears it when a new plan comes): an
 * evaluation whose scenario changed only in cost-only fields reuses its last allocation; one
 * whose scenario changed in its targets or prices reuses the demand and the (category, year)
 * figures the change left alone (shared/engine/sliderReuse.ts).
 */
export function evaluateRequest(plan: Plan | null, request: Exclude<EngineRequest, { type: 'plan' }>, now: () => number, cache: AllocationCache | null = null): EngineResponse {
  if (!plan) return { type: 'failed', requestId: request.requestId, message: 'no plan' };
  try {
    const effective = withOverrides(plan, request.overrides);
    const scenarios = effective.scenarios;
    const issues = checkPlan(effective);
    if (issues.length) return { type: 'invalid', requestId: request.requestId, version: request.version, issues };
    if (request.type === 'analyse') {
      return request.analysis === 'goalSeek'
        ? { type: 'goalSeek', requestId: request.requestId, result: goalSeek(effective, request.scenarioId, request.year, request.targetShare === undefined ? {} : { targetShare: request.targetShare }) }
        : { type: 'sensitivity', requestId: request.requestId, result: sensitivity(effective, request.scenarioId, request.year) };
    }
    const started = now();
    const rows = request.detail === 'summary' || request.detail === 'figures' ? 'summary' : 'full';
    const results = request.scenarioIds.map((id) => {
      const scenario = scenarios.find((s) => s.id === id)!;
      const options: EvaluateOptions = { rows };
      const kept = cache?.get(scenario);
      if (kept) options.allocation = kept;
      else if (cache) {
        // Not a cost-only change: what the last evaluation of this scenario kept that the change
        // left alone is reused (a target or price slider; shared/engine/sliderReuse.ts).
        const previous = cache.previous(scenario);
        if (previous) options.previous = previous;
        options.keep = (k) => cache.keep(scenario, k);
      }
      const result = evaluateScenario(effective, scenario, {}, options);
      return request.detail === 'compare' ? compareRows(result) : request.detail === 'figures' ? figureRows(result) : result;
    });
    return { type: 'results', requestId: request.requestId, version: request.version, results, ms: now() - started };
  } catch (error) {
    return { type: 'failed', requestId: request.requestId, message: error instanceof Error ? error.message : String(error) };
  }
}
