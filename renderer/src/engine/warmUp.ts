/**
 * Warming the engine's code up while the user reads the first figures.
 *
 * The browser compiles the engine's hot functions in tiers as they run: at Denmark scale the
 * first evaluations of a session take about twice as long as the tenth and later ones (measured:
 * 70–120 ms against 45 ms in the worker, docs/engine.md §11), so the first steps of a what-if
 * slider would lag. So once the worker has answered a request that took long enough to matter,
 * it evaluates that request again, a few times, while nothing else is asked of it; the answers
 * are thrown away. A request that arrives meanwhile cancels what is left; one already running
 * ends first (one evaluation at most).
 *
 * The warmth is the code's, not the plan's: it lasts for the worker's life, so it is done once.
 */

/** Evaluations that leave the engine's code fully compiled at Denmark scale (measured: 8 to 10). */
export const WARM_RUNS = 10;
/** An evaluation quicker than this needs no warming: the slider keeps up anyway (the demos take a few ms). */
export const WARM_FROM_MS = 20;

/**
 * Counts evaluations that took at least WARM_FROM_MS each and, after each answer, warms with
 * `repeat` until WARM_RUNS such evaluations have run. `schedule` queues a task behind pending messages and
 * returns how to cancel it.
 */
export class WarmUp {
  private done = 0;
  private cancel: (() => void) | null = null;

  constructor(private readonly schedule: (task: () => void) => () => void) {}

  /** A request arrived: the warming waits for the user's work. */
  interrupt(): void {
    this.cancel?.();
    this.cancel = null;
  }

  /**
   * A request of the user's evaluated `evaluations` scenarios in `ms`; `repeat` evaluates the same
   * request again (as many scenarios).
   */
  answered(ms: number, evaluations: number, repeat: () => void): void {
    if (evaluations < 1 || ms / evaluations < WARM_FROM_MS) return;
    this.done += evaluations;
    this.next(evaluations, repeat);
  }

  /** How many long evaluations have run (the user's and the warming's). */
  get runs(): number {
    return this.done;
  }

  private next(evaluations: number, repeat: () => void): void {
    if (this.done >= WARM_RUNS) return;
    this.cancel = this.schedule(() => {
      this.cancel = null;
      repeat();
      this.done += evaluations;
      this.next(evaluations, repeat);
    });
  }
}
