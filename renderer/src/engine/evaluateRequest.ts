/** What the worker does with a request, also run in-thread where there are no workers (tests). */
import { checkPlan } from '../../../shared/engine/checkPlan';
import { evaluateScenario } from '../../../shared/engine/evaluate';
import { goalSeek } from '../../../shared/engine/goalSeek';
import { sensitivity } from '../../../shared/engine/sensitivity';
import type { Plan } from '../../../shared/model/types';
import type { EngineRequest, EngineResponse } from './protocol';

/** The plan with the what-if drafts in place of the stored scenarios. */
function withOverrides(plan: Plan, overrides: Plan['scenarios']): Plan {
  const byId = new Map(overrides.map((s) => [s.id, s]));
  const scenarios = plan.scenarios.map((s) => byId.get(s.id) ?? s);
  for (const s of overrides) if (!scenarios.some((x) => x.id === s.id)) scenarios.push(s);
  return { ...plan, scenarios };
}

export function evaluateRequest(plan: Plan | null, request: Exclude<EngineRequest, { type: 'plan' }>, now: () => number): EngineResponse {
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
    const rows = request.detail === 'full' ? 'full' : 'summary';
    const results = request.scenarioIds.map((id) => evaluateScenario(effective, scenarios.find((s) => s.id === id)!, {}, { rows }));
    return { type: 'results', requestId: request.requestId, version: request.version, results, ms: now() - started };
  } catch (error) {
    return { type: 'failed', requestId: request.requestId, message: error instanceof Error ? error.message : String(error) };
  }
}
