/// <reference lib="webworker" />
/**
 * The import in a Web Worker, so that a 100 MB file is read, parsed and checked without the page
 * stalling. One job at a time; a Cancel stops it between two slices of the file. Purchase-line
 * chunks go back to the page as transferred ArrayBuffers (no copy).
 */
import { chunkBuffers } from '../../../shared/import/purchaseColumns';
import { inspectFile, newWorkbookCache, runImportJob } from './importJob';
import type { WorkerRequest, WorkerResponse } from './protocol';

const cache = newWorkbookCache();
let cancelled = false;

const post = (message: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);
const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'cancel') {
    cancelled = true;
    return;
  }
  if (msg.type === 'inspect') {
    inspectFile(msg.request, cache).then(
      (inspection) => post({ type: 'inspected', id: msg.id, inspection }),
      (e: unknown) => post({ type: 'inspectFailed', id: msg.id, message: e instanceof Error ? e.message : String(e) }),
    );
    return;
  }
  cancelled = false;
  void runImportJob(
    msg.request,
    {
      onProgress: (progress) => post({ type: 'progress', id: msg.id, progress }),
      cancelled: () => cancelled,
      now: () => performance.now(),
      newId,
    },
    cache,
  ).then((outcome) => {
    const transfer = outcome.kind === 'done' && outcome.result.purchases ? outcome.result.purchases.chunks.flatMap(chunkBuffers) : [];
    post({ type: 'outcome', id: msg.id, outcome }, transfer);
  });
};
