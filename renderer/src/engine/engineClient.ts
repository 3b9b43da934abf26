/**
 * The UI's handle on the engine worker. Requests are "latest wins": while one evaluation runs,
 * only the newest waiting request is kept, so a fast slider never builds a queue of stale work.
 */
import type { Plan, Scenario } from '../../../shared/model/types';
import { evaluateRequest } from './evaluateRequest';
import type { EngineRequest, EngineResponse, ResultDetail } from './protocol';

type EvaluateRequest = Extract<EngineRequest, { type: 'evaluate' }>;

interface Waiting {
  request: EvaluateRequest;
  resolve(response: EngineResponse): void;
}

export class EngineClient {
  private worker: Worker | null = null;
  private plan: Plan | null = null;
  private version = 0;
  private nextId = 1;
  private inFlight: Waiting | null = null;
  private waiting: Waiting | null = null;

  constructor(useWorker = typeof Worker !== 'undefined') {
    if (useWorker) {
      this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<EngineResponse>) => this.settle(e.data);
    }
  }

  setPlan(plan: Plan): number {
    if (plan === this.plan) return this.version;
    this.plan = plan;
    this.version += 1;
    this.worker?.postMessage({ type: 'plan', version: this.version, plan } satisfies EngineRequest);
    return this.version;
  }

  evaluate(scenarioIds: string[], overrides: Scenario[] = [], detail: ResultDetail = 'summary'): Promise<EngineResponse> {
    const request: EvaluateRequest = { type: 'evaluate', requestId: this.nextId++, version: this.version, scenarioIds, overrides, detail };
    return new Promise((resolve) => {
      const item: Waiting = { request, resolve: (r: EngineResponse) => resolve(r) };
      if (this.inFlight) {
        // A newer request replaces the one waiting; the replaced caller gets the newer answer.
        const replaced = this.waiting;
        this.waiting = item;
        if (replaced) {
          const newer = item.resolve;
          item.resolve = (r) => {
            replaced.resolve(r);
            newer(r);
          };
        }
        return;
      }
      this.start(item);
    });
  }

  private start(item: Waiting): void {
    this.inFlight = item;
    if (this.worker) this.worker.postMessage(item.request);
    else queueMicrotask(() => this.settle(evaluateRequest(this.plan, item.request, () => performance.now())));
  }

  private settle(response: EngineResponse): void {
    const done = this.inFlight;
    this.inFlight = null;
    done?.resolve(response);
    const next = this.waiting;
    this.waiting = null;
    if (next) this.start(next);
  }
}

let client: EngineClient | null = null;

export function getEngine(): EngineClient {
  client ??= new EngineClient();
  return client;
}
