/**
 * Runs a stepped computation over the purchase lines (shared/import/steps.ts) in slices of about
 * 8 ms, giving the page back in between, so that a million lines never block input or painting
 * for long. Started again (and the old run dropped) whenever its inputs change.
 */
import { useEffect, useState } from 'react';
import { runStepsAsync, type Steps } from '../../../shared/import/steps';

const SLICE_MS = 8;

class Dropped extends Error {}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the page back to the browser: scheduler.yield where Chromium has it, else a message. */
function yieldToPage(): Promise<void> {
  const s = (globalThis as unknown as { scheduler?: Scheduler }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/** The latest result for `key` (undefined while the first run for that key is going). */
export function useSteps<T>(key: unknown, make: () => Steps<T>): { key: unknown; value: T } | undefined {
  const [result, setResult] = useState<{ key: unknown; value: T } | undefined>(undefined);
  useEffect(() => {
    let dropped = false;
    let started = performance.now();
    const pause = async () => {
      if (dropped) throw new Dropped();
      if (performance.now() - started < SLICE_MS) return;
      await yieldToPage();
      if (dropped) throw new Dropped();
      started = performance.now();
    };
    runStepsAsync(make(), pause).then(
      (value) => {
        if (!dropped) setResult({ key, value });
      },
      (e: unknown) => {
        if (!(e instanceof Dropped)) throw e;
      },
    );
    return () => {
      dropped = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for every input of `make`
  }, [key]);
  return result?.key === key ? result : undefined;
}
