/**
 * The engine worker's warming (renderer/src/engine/warmUp.ts): after a long answer it repeats the
 * request while idle until the code has run WARM_RUNS long evaluations, gives way to every new
 * request, and does nothing for quick answers.
 */
import { describe, expect, it } from 'vitest';
import { WARM_FROM_MS, WARM_RUNS, WarmUp } from '../../../renderer/src/engine/warmUp';

/** A task queue standing in for the worker's timers: tasks run only when the test says. */
function queue() {
  const tasks: { run: () => void; cancelled: boolean }[] = [];
  const schedule = (run: () => void) => {
    const task = { run, cancelled: false };
    tasks.push(task);
    return () => (task.cancelled = true);
  };
  /** Runs queued tasks, those they queue too, until none is left; how many ran. */
  const drain = () => {
    let ran = 0;
    while (tasks.length) {
      const t = tasks.shift()!;
      if (t.cancelled) continue;
      t.run();
      ran++;
    }
    return ran;
  };
  return { schedule, drain, pending: () => tasks.filter((t) => !t.cancelled).length };
}

describe('warming the engine up', () => {
  it('repeats a long request while idle until WARM_RUNS long evaluations have run, then stops', () => {
    const q = queue();
    const warm = new WarmUp(q.schedule);
    let repeats = 0;
    warm.answered(WARM_FROM_MS + 30, 1, () => repeats++);
    expect(q.drain()).toBe(WARM_RUNS - 1);
    expect(repeats).toBe(WARM_RUNS - 1);
    expect(warm.runs).toBe(WARM_RUNS);
    // Warm now: later answers, however long, queue nothing.
    warm.answered(WARM_FROM_MS + 30, 1, () => repeats++);
    expect(q.pending()).toBe(0);
    expect(repeats).toBe(WARM_RUNS - 1);
  });

  it('does nothing for answers the slider keeps up with anyway', () => {
    const q = queue();
    const warm = new WarmUp(q.schedule);
    let repeats = 0;
    for (let i = 0; i < 3; i++) warm.answered(WARM_FROM_MS - 1, 1, () => repeats++);
    expect(q.pending()).toBe(0);
    expect(repeats).toBe(0);
    expect(warm.runs).toBe(0);
  });

  it('gives way to a new request, and goes on after that request has been answered', () => {
    const q = queue();
    const warm = new WarmUp(q.schedule);
    const repeated: string[] = [];
    warm.answered(60, 1, () => repeated.push('first'));
    expect(q.pending()).toBe(1);
    // A slider step arrives before the warming ran: nothing of the first request runs any more.
    warm.interrupt();
    expect(q.pending()).toBe(0);
    warm.answered(60, 1, () => repeated.push('second'));
    q.drain();
    expect(repeated).toEqual(Array(WARM_RUNS - 2).fill('second'));
    expect(warm.runs).toBe(WARM_RUNS);
  });

  it('counts every scenario of a request, and judges an answer by the time per scenario', () => {
    const q = queue();
    const warm = new WarmUp(q.schedule);
    let repeats = 0;
    // Three scenarios in 3 × (WARM_FROM_MS − 1) ms: each was quick, so nothing to warm.
    warm.answered(3 * (WARM_FROM_MS - 1), 3, () => repeats++);
    expect(q.pending()).toBe(0);
    // Three long ones: each repeat evaluates three again, until at least WARM_RUNS have run.
    warm.answered(3 * (WARM_FROM_MS + 30), 3, () => repeats++);
    q.drain();
    expect(repeats).toBe(Math.ceil((WARM_RUNS - 3) / 3));
    expect(warm.runs).toBe(3 + 3 * repeats);
  });
});
