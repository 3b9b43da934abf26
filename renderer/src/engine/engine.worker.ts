/// <reference lib="webworker" />
/**
 * The scenario engine in a Web Worker, so that a Denmark-scale plan can recompute while the user
 * drags a slider without the page stalling. The worker keeps the last plan it was sent.
 */
import type { Plan } from '../../../shared/model/types';
import { AllocationCache } from '../../../shared/engine/allocationReuse';
import { evaluateRequest } from './evaluateRequest';
import type { EngineRequest } from './protocol';

let plan: Plan | null = null;
// The last allocation of each scenario of this plan: a change of cost-only fields (a fee slider)
// then skips the allocation (shared/engine/allocationReuse.ts); a change of targets or prices
// reuses the demand and the (category, year) figures it left alone (shared/engine/sliderReuse.ts).
const allocations = new AllocationCache();

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  if (request.type === 'plan') {
    plan = request.plan;
    allocations.clear();
    return;
  }
  self.postMessage(evaluateRequest(plan, request, () => performance.now(), allocations));
};
