/**
 * The UI's handle on the engine worker. Requests are "latest wins" per lane (a lane is one kind of
 * question: the same scenarios at the same detail, or one analysis of one scenario): while the
 * worker is busy, only the newest waiting request of each lane is kept, and callers whose request
 * was replaced receive the newer answer. So a fast slider never builds a queue of stale work.
 */
import type { Plan, Scenario } from '../../../shared/model/types';
import { evaluateRequest } from './evaluateRequest';
import type { EngineRequest, EngineResponse, ResultDetail } from './protocol';

type WorkRequest = Exclude<EngineRequest, { type: 'plan' }>;

interface Waiting {
  request: WorkRequest;
  resolvers: ((response: EngineResponse) => void)[];
}

function laneOf(r: WorkRequest): string {
  return r.type === 'evaluate' ? `evaluate|${r.detail}|${r.scenarioIds.join('\u0000')}` : `${r.analysis}|${r.scenarioId}`;
}

export class EngineClient {
  private worker: Worker | null = null;
  private plan: Plan | null = null;
  private version = 0;
  private nextId = 1;
  private inFlight: Waiting | null = null;
  private waiting = new Map<string, Waiting>();

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
    return this.enqueue({ type: 'evaluate', requestId: this.nextId++, version: this.version, scenarioIds, overrides, detail });
  }

  /** Goal seek or sensitivity of one scenario and year. */
  analyse(analysis: 'goalSeek' | 'sensitivity', scenarioId: string, year: number, overrides: Scenario[] = [], targetShare?: number): Promise<EngineResponse> {
    return this.enqueue({
      type: 'analyse',
      requestId: this.nextId++,
      version: this.version,
      analysis,
      scenarioId,
      year,
      overrides,
      ...(targetShare === undefined ? {} : { targetShare }),
    });
  }

  private enqueue(request: WorkRequest): Promise<EngineResponse> {
    return new Promise((resolve) => {
      const lane = laneOf(request);
      if (!this.inFlight) return this.start({ request, resolvers: [resolve] });
      const replaced = this.waiting.get(lane);
      this.waiting.set(lane, { request, resolvers: [...(replaced?.resolvers ?? []), resolve] });
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
    for (const resolve of done?.resolvers ?? []) resolve(response);
    const [lane, next] = this.waiting.entries().next().value ?? [];
    if (lane !== undefined && next) {
      this.waiting.delete(lane);
      this.start(next);
    }
  }
}

let client: EngineClient | null = null;

export function getEngine(): EngineClient {
  client ??= new EngineClient();
  return client;
}
