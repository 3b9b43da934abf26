/// <reference lib="webworker" />
/**
 * The scenario engine in a Web Worker, so that a Denmark-scale plan can recompute while the user
 * drags a slider without the page stalling. The worker keeps the last plan it was sent.
 */
import type { Plan } from '../../../shared/model/types';
import { evaluateRequest } from './evaluateRequest';
import type { EngineRequest } from './protocol';

let plan: Plan | null = null;

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  if (request.type === 'plan') {
    plan = request.plan;
    return;
  }
  self.postMessage(evaluateRequest(plan, request, () => performance.now()));
};
