/**
 * Long computations over a million purchase lines are written as generators that yield after
 * each chunk (10,000 lines), so that one definition serves both a plain call (tests, the command
 * line) and the app, which runs them in slices between frames and never blocks the page for long.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs the steps, awaiting `pause` after each: the caller decides when to actually give the page
 * back (e.g. every 8 ms), and may reject from `pause` to stop a computation that is no longer wanted.
 */
export async function runStepsAsync<T>(steps: Steps<T>, pause: () => Promise<void> | void): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
  }
}
