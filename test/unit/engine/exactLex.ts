/**
 * The exact lexicographic optimum of one owner's cell (docs/engine.md §4), in rational numbers,
 * independent of the engine: minimise the local shortfall, then the organic shortfall, then the
 * cost, over 0 ≤ x_j ≤ upper_j, Σ x_j = demand. A value target's shortfall is the value still
 * missing, max(0, τ·(all value) − flagged value), linear in x; a weight target's is max(0, τ·(all
 * kg) − flagged kg). A value target out of reach is pursued in kg (the engine's rule): its stage
 * keeps the most flagged kg, and when that is all of the demand, the flagged mix of most value. A
 * local value target is also out of reach when the local quotas hold less than the demand, every
 * local kg with the rest the organic target and then the cost ask for falls short of it, and no
 * purchase meets both targets: it is pursued by buying local food, not by buying less of the
 * organic target's food.
 * Each stage's optimum is found by enumerating every vertex of its polytope (each column at 0, at
 * its upper bound or basic; the demand row and the earlier stages' rows tight or not).
 * Used by valueTargetsExact.test.ts (through the engine) and lexLp.test.ts (the solver alone).
 */

export interface Q {
  n: bigint;
  d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};
export const q = (n: bigint, d = 1n): Q => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
/** The exact value of a double. */
export const qf = (x: number): Q => {
  if (!Number.isFinite(x)) throw new Error(`not finite: ${x}`);
  let d = 1n;
  while (!Number.isInteger(x)) {
    x *= 2;
    d *= 2n;
  }
  return q(BigInt(x), d);
};
export const ZERO = q(0n);
export const add = (a: Q, b: Q) => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q) => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q) => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q) => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q) => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const max0 = (a: Q) => (a.n < 0n ? ZERO : a);
export const dot = (a: Q[], x: Q[]) => a.reduce((s, v, j) => add(s, mul(v, x[j]!)), ZERO);
export const toNum = (a: Q) => Number((a.n << 64n) / a.d) / 2 ** 64;

/** A linear row a·x ≤ r. */
interface Row {
  a: Q[];
  r: Q;
}

/**
 * min c·x over Σ x = demand, 0 ≤ x ≤ upper, rows; by enumerating every vertex (exact). Returns
 * the minimum and a minimiser, or null when the set is empty.
 */
export function lpMin(c: Q[], upper: Q[], demand: Q, rows: Row[]): { value: Q; x: Q[] } | null {
  const n = c.length;
  let best: { value: Q; x: Q[] } | null = null;
  for (let mask = 0; mask < 1 << rows.length; mask++) {
    const tight = rows.filter((_, i) => mask & (1 << i));
    const nBasic = 1 + tight.length;
    for (let code = 0; code < 3 ** n; code++) {
      const state: number[] = [];
      for (let j = 0, k = code; j < n; j++, k = Math.floor(k / 3)) state.push(k % 3);
      const basic = state.flatMap((s, j) => (s === 2 ? [j] : []));
      if (basic.length !== nBasic) continue;
      const x = state.map((s, j) => (s === 1 ? upper[j]! : ZERO));
      // Rows of the system over the basic columns: [coefficients..., rhs].
      const m: Q[][] = [[...basic.map(() => q(1n)), sub(demand, x.reduce(add, ZERO))]];
      for (const t of tight) m.push([...basic.map((j) => t.a[j]!), sub(t.r, dot(t.a, x))]);
      let singular = false;
      for (let col = 0; col < nBasic && !singular; col++) {
        const p = m.findIndex((row, i) => i >= col && row[col]!.n !== 0n);
        if (p < 0) {
          singular = true;
          break;
        }
        [m[col], m[p]] = [m[p]!, m[col]!];
        for (let i = 0; i < nBasic; i++) {
          if (i === col || m[i]![col]!.n === 0n) continue;
          const f = div(m[i]![col]!, m[col]![col]!);
          m[i] = m[i]!.map((v, k) => sub(v, mul(f, m[col]![k]!)));
        }
      }
      if (singular) continue;
      basic.forEach((j, i) => (x[j] = div(m[i]![nBasic]!, m[i]![i]!)));
      if (x.some((v, j) => cmp(v, ZERO) < 0 || cmp(v, upper[j]!) > 0)) continue;
      if (rows.some((row) => cmp(dot(row.a, x), row.r) > 0)) continue;
      const value = dot(c, x);
      if (!best || cmp(value, best.value) < 0) best = { value, x };
    }
  }
  return best;
}

/** One column: its price, its upper bound (finite) and flags. */
export interface ExactCol {
  price: number;
  upper: number;
  local: boolean;
  organic: boolean;
}

/** A target: τ, its basis, and what was bought before (value, flagged value and kg, all kg). */
export interface ExactTarget {
  tau: number;
  byValue: boolean;
  /** Value already bought (all of it) and its flagged part; kg already bought (all, flagged). */
  preValue: number;
  preFlaggedValue: number;
  preKg: number;
  preFlaggedKg: number;
}

/** One stage of the lexicographic order: minimise max(0, c0 + a·x) (or c0 + a·x when `signed`). */
export interface Stage {
  name: string;
  a: Q[];
  c0: Q;
  signed: boolean;
  /** Measured in value (minor units), not kg. */
  value: boolean;
}

export const stageValue = (st: Stage, x: Q[]) => {
  const v = add(st.c0, dot(st.a, x));
  return st.signed ? v : max0(v);
};

/** The stages in order and each one's optimum, given the ones before. */
export function exactStages(cols: ExactCol[], demand: Q, local: ExactTarget | null, organic: ExactTarget | null): { stages: Stage[]; best: Q[] } {
  return stagesFrom(cols, demand, local, organic, false);
}

/**
 * The stages; `localInKg`: pursue the local target in kg from the start (the out-of-reach stages),
 * to see whether the organic target's rest leaves a local value target within reach.
 */
function stagesFrom(cols: ExactCol[], demand: Q, local: ExactTarget | null, organic: ExactTarget | null, localInKg: boolean): { stages: Stage[]; best: Q[] } {
  const upper = cols.map((col) => (cmp(qf(col.upper), demand) > 0 ? demand : qf(col.upper)));
  const price = cols.map((col) => qf(col.price));
  const rows: Row[] = [];
  const stages: Stage[] = [];
  const best: Q[] = [];
  const fix = (st: Stage, v: Q) => {
    stages.push(st);
    best.push(v);
    rows.push({ a: st.a, r: sub(v, st.c0) });
  };
  for (const [which, t] of [['local', local], ['organic', organic]] as const) {
    if (!t || !(t.tau > 0)) continue;
    const flag = cols.map((col) => (which === 'local' ? col.local : col.organic));
    const tau = qf(t.tau);
    const short: Stage = t.byValue
      ? { name: `${which} shortfall`, a: cols.map((_, j) => mul(sub(tau, q(flag[j] ? 1n : 0n)), price[j]!)), c0: sub(mul(tau, qf(t.preValue)), qf(t.preFlaggedValue)), signed: false, value: true }
      : { name: `${which} shortfall`, a: flag.map((f) => q(f ? -1n : 0n)), c0: sub(mul(tau, add(qf(t.preKg), demand)), qf(t.preFlaggedKg)), signed: false, value: false };
    const kg: Stage = { name: `${which} kg (value target out of reach)`, a: flag.map((f) => q(f ? -1n : 0n)), c0: ZERO, signed: true, value: false };
    let reach = !t.byValue || (!(which === 'local' && localInKg) && max0(add(short.c0, lpMin(short.a, upper, demand, rows)!.value)).n === 0n);
    if (reach && t.byValue && which === 'local' && organic && organic.tau > 0 && cmp(lpMin(kg.a, upper, demand, rows)!.value, sub(ZERO, demand)) > 0) {
      // Within reach, and the local quotas hold less than the demand: the target is pursued by
      // buying local food, not by buying less of the organic target's food. It is out of reach
      // when every local kg with the rest the organic target (then the cost) asks for falls short.
      const path = stagesFrom(cols, demand, local, organic, true);
      const pathRows: Row[] = path.stages.map((st, i) => ({ a: st.a, r: sub(path.best[i]!, st.c0) }));
      // Within the engine's precision (a ten-billionth of the value), as the engine decides it.
      const missing = toNum(max0(add(short.c0, lpMin(short.a, upper, demand, pathRows)!.value)));
      const value = t.preValue + toNum(path.best[path.best.length - 1]!);
      reach = !(missing > 1e-10 * (1 + value));
      if (!reach) {
        // Still within reach when one purchase meets both targets.
        const o = organic;
        const oFlag = cols.map((col) => col.organic);
        const oTau = qf(o.tau);
        const oShort = o.byValue
          ? { a: cols.map((_, j) => mul(sub(oTau, q(oFlag[j] ? 1n : 0n)), price[j]!)), c0: sub(mul(oTau, qf(o.preValue)), qf(o.preFlaggedValue)) }
          : { a: oFlag.map((f) => q(f ? -1n : 0n)), c0: sub(mul(oTau, add(qf(o.preKg), demand)), qf(o.preFlaggedKg)) };
        const both = lpMin(oShort.a, upper, demand, [...rows, { a: short.a, r: sub(ZERO, short.c0) }]);
        reach = both !== null && max0(add(oShort.c0, both.value)).n === 0n;
      }
    }
    if (reach) {
      fix(short, max0(add(short.c0, lpMin(short.a, upper, demand, rows)!.value)));
      continue;
    }
    // Out of reach: the most flagged kg, and when that is all of the demand, the most flagged value.
    const most = lpMin(kg.a, upper, demand, rows)!.value;
    fix(kg, most);
    if (cmp(most, sub(ZERO, demand)) === 0) {
      const v: Stage = { name: `${which} value (value target out of reach, all ${which})`, a: cols.map((_, j) => (flag[j] ? sub(ZERO, price[j]!) : ZERO)), c0: ZERO, signed: true, value: true };
      fix(v, lpMin(v.a, upper, demand, rows)!.value);
    }
  }
  const cost: Stage = { name: 'cost', a: price, c0: ZERO, signed: true, value: true };
  stages.push(cost);
  best.push(lpMin(price, upper, demand, rows)!.value);
  return { stages, best };
}

/**
 * Compares a purchase x with the exact optimum, stage by stage, within the engine's documented
 * precision (a ten-billionth of the value; a billionth of the demand in kg, worth up to that at
 * the dearest price). Returns null when x is optimal, else the first stage where it is worse, or
 * where it is better (which would mean the reference is wrong).
 */
export function checkOptimal(cols: ExactCol[], demand: Q, x: Q[], local: ExactTarget | null, organic: ExactTarget | null): string | null {
  const { stages, best } = exactStages(cols, demand, local, organic);
  const value = toNum(dot(cols.map((col) => qf(col.price)), x)) + (local?.preValue ?? organic?.preValue ?? 0);
  const dear = Math.max(0, ...cols.map((c) => c.price));
  const kgTol = 1e-9 * (1 + toNum(demand));
  const valueTol = 1e-9 * (1 + value) + kgTol * dear * 4;
  for (let i = 0; i < stages.length; i++) {
    const st = stages[i]!;
    const got = toNum(stageValue(st, x));
    const exact = toNum(best[i]!);
    const tol = st.value ? valueTol : kgTol * 10;
    if (got < exact - tol) return `better than the exact optimum at ${st.name}: ${got} < ${exact}`;
    if (got > exact + tol) return `worse than the exact optimum at ${st.name}: ${got} > ${exact}`;
  }
  return null;
}
