/**
 * Typed arrays of one evaluation's computation that never leave it (demand, prices, the
 * allocation's per-cell and per-offer figures, logistics per cell), reused by the next evaluation
 * instead of allocated anew: a Denmark-scale scenario needs about 3.5 MB of them, and fresh large
 * arrays each cost page faults and, through the external-memory accounting, extra garbage
 * collections. The result rows copy the numbers out, so nothing returned to a caller refers to
 * these arrays.
 *
 * `evaluateScenario` takes the one Scratch while it computes and builds the rows, and gives it back
 * at the end; a computation started while it is taken (none is, today) gets fresh arrays.
 */
export class Scratch {
  private readonly buffers = new Map<string, Float64Array<ArrayBuffer>>();

  /** A zeroed array of length n for `role` (one role per array the computation needs at once). */
  float64(role: string, n: number): Float64Array {
    let b = this.buffers.get(role);
    if (b === undefined || b.length < n) {
      b = new Float64Array(n);
      this.buffers.set(role, b);
      return n === b.length ? b : b.subarray(0, n);
    }
    b.fill(0, 0, n);
    return b.length === n ? b : b.subarray(0, n);
  }
}

let idle: Scratch | null = new Scratch();

/** Runs `f` with the scratch arrays when they are free (else with none: fresh arrays). */
export function withScratch<T>(f: (scratch: Scratch | null) => T): T {
  const s = idle;
  idle = null;
  try {
    return f(s);
  } finally {
    if (s !== null) idle = s;
  }
}

/** A zeroed Float64Array of length n: from `scratch` when given. */
export function float64(scratch: Scratch | null, role: string, n: number): Float64Array {
  return scratch === null ? new Float64Array(n) : scratch.float64(role, n);
}
