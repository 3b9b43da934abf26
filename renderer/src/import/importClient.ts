/**
 * The page's handle on the import worker: a first look at a file, the full pass with progress,
 * and Cancel. Where workers do not exist (component tests) the same job runs in the page.
 */
import { newId } from '../data/ids';
import { inspectFile, newWorkbookCache, runImportJob } from './importJob';
import type { FileInspection, InspectRequest, JobOutcome, Progress, RunRequest, WorkerResponse } from './protocol';

interface Pending {
  kind: 'inspect' | 'run';
  resolve(value: unknown): void;
  reject(e: Error): void;
  onProgress?: (p: Progress) => void;
}

export class ImportClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private cancelledInPage = false;
  private readonly cache = newWorkbookCache();

  constructor(useWorker = typeof Worker !== 'undefined') {
    if (useWorker) {
      this.worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.receive(e.data);
    }
  }

  inspect(request: InspectRequest): Promise<FileInspection> {
    if (!this.worker) return inspectFile(request, this.cache);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { kind: 'inspect', resolve: resolve, reject });
      this.worker!.postMessage({ type: 'inspect', id, request });
    });
  }

  run(request: RunRequest, onProgress: (p: Progress) => void): Promise<JobOutcome> {
    if (!this.worker) {
      this.cancelledInPage = false;
      return runImportJob(request, { onProgress, cancelled: () => this.cancelledInPage, now: () => performance.now(), newId }, this.cache);
    }
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { kind: 'run', resolve: resolve, reject, onProgress });
      this.worker!.postMessage({ type: 'run', id, request });
    });
  }

  cancel(): void {
    this.cancelledInPage = true;
    this.worker?.postMessage({ type: 'cancel' });
  }

  /** Ends the worker (the dialog closed). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) {
      if (p.kind === 'run') p.resolve({ kind: 'cancelled' } satisfies JobOutcome);
      else p.reject(new Error('The import was closed.'));
    }
    this.pending.clear();
  }

  private receive(msg: WorkerResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      p.onProgress?.(msg.progress);
      return;
    }
    this.pending.delete(msg.id);
    if (msg.type === 'inspected') p.resolve(msg.inspection);
    else if (msg.type === 'inspectFailed') p.reject(new Error(msg.message));
    else p.resolve(msg.outcome);
  }
}
