/** What the worker does with a request, also run in-thread where there are no workers (tests). */
import { checkPlan } from '../../../shared/engine/checkPlan';
import { evaluateScenario } from '../../../shared/engine/evaluate';
import type { Plan } from '../../../shared/model/types';
import type { EngineRequest, EngineResponse } from './protocol';

export function evaluateRequest(plan: Plan | null, request: Extract<EngineRequest, { type: 'evaluate' }>, now: () => number): EngineResponse {
  if (!plan) return { type: 'failed', requestId: request.requestId, message: 'no plan' };
  try {
    const overrides = new Map(request.overrides.map((s) => [s.id, s]));
    const scenarios = plan.scenarios.map((s) => overrides.get(s.id) ?? s);
    for (const s of request.overrides) if (!scenarios.some((x) => x.id === s.id)) scenarios.push(s);
    const effective: Plan = { ...plan, scenarios };
    const issues = checkPlan(effective);
    if (issues.length) return { type: 'invalid', requestId: request.requestId, version: request.version, issues };
    const started = now();
    const full = request.scenarioIds.map((id) => evaluateScenario(effective, scenarios.find((s) => s.id === id)!));
    const results = request.detail === 'full' ? full : full.map((r) => ({ ...r, categories: [], offers: [] }));
    return { type: 'results', requestId: request.requestId, version: request.version, results, ms: now() - started };
  } catch (error) {
    return { type: 'failed', requestId: request.requestId, message: error instanceof Error ? error.message : String(error) };
  }
}
