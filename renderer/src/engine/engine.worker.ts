/// <reference lib="webworker" />
/**
 * The scenario engine in a Web Worker, so that a Denmark-scale plan can recompute while the user
 * drags a slider without the page stalling. The worker keeps the last plan it was sent.
 */
import type { Plan } from '../../../shared/model/types';
import { AllocationCache } from '../../../shared/engine/allocationReuse';
import { evaluateRequest } from './evaluateRequest';
import type { EngineRequest } from './protocol';
import { WarmUp } from './warmUp';

let plan: Plan | null = null;
// The last allocation of each scenario of this plan: a change of cost-only fields (a fee slider)
// then skips the allocation (shared/engine/allocationReuse.ts); a change of targets or prices
// reuses the demand and the (category, year) figures it left alone (shared/engine/sliderReuse.ts).
const allocations = new AllocationCache();
// After the first long answers, the same request again while the worker is idle (./warmUp.ts).
// Each warming run is queued as a posted message, behind the requests already waiting (a timer's
// task could run before them: measured, a slider's first step then waited for every warming run).
const warmUp = new WarmUp((task) => {
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) task();
  };
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
});

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  warmUp.interrupt();
  if (request.type === 'plan') {
    plan = request.plan;
    allocations.clear();
    return;
  }
  const response = evaluateRequest(plan, request, () => performance.now(), allocations);
  self.postMessage(response);
  // Without the allocation cache, so that a warming run takes the whole path a slider step takes.
  const kept = plan;
  if (response.type === 'results') warmUp.answered(response.ms, response.results.length, () => void evaluateRequest(kept, request, () => 0, null));
};
