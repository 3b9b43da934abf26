/**
 * The allocation of one owner's cell is the lexicographic optimum of docs/engine.md §4: minimise
 * the local shortfall, then the organic shortfall, then the cost, over 0 ≤ x_j ≤ quota_j, Σ x_j =
 * demand. A value target's shortfall is the value still missing, max(0, τ·(food value) − flagged
 * value), linear in x; a weight target's is max(0, τ·demand − flagged kg). The engine turns value
 * targets into kg needs and searches them (allocate.ts, valueRoot); here the optimum is computed
 * independently and exactly, in rational numbers, by enumerating the vertices of each stage's
 * polytope (each column at 0, at its quota or basic; the demand row and the stage rows tight), and
 * the engine's purchase (read back from the offers' allocated kg) is compared with it stage by
 * stage, within the engine's documented precision (a ten-billionth of the value, and a billionth
 * of the demand in kg).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import type { Plan } from '../../../shared/model/types';
import { kitchen, offer, org, profile, scenario, smallPlan, supplier } from '../../fixtures/smallPlan';

// ---------------------------------------------------------------------------------------------
// Exact rationals.

interface Q {
  n: bigint;
  d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};
const q = (n: bigint, d = 1n): Q => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
/** The exact value of a double. */
const qf = (x: number): Q => {
  if (!Number.isFinite(x)) throw new Error(`not finite: ${x}`);
  let d = 1n;
  while (!Number.isInteger(x)) {
    x *= 2;
    d *= 2n;
  }
  return q(BigInt(x), d);
};
const ZERO = q(0n);
const add = (a: Q, b: Q) => q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Q, b: Q) => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q) => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q) => q(a.n * b.d, a.d * b.n);
const cmp = (a: Q, b: Q) => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
const max0 = (a: Q) => (a.n < 0n ? ZERO : a);
const dot = (a: Q[], x: Q[]) => a.reduce((s, v, j) => add(s, mul(v, x[j]!)), ZERO);
const toNum = (a: Q) => Number((a.n << 64n) / a.d) / 2 ** 64;

/** A linear row a·x ≤ r. */
interface Row {
  a: Q[];
  r: Q;
}

/**
 * min c·x over Σ x = demand, 0 ≤ x ≤ upper, rows; by enumerating every vertex (exact). Returns
 * the minimum and a minimiser, or null when the set is empty.
 */
function lpMin(c: Q[], upper: Q[], demand: Q, rows: Row[]): { value: Q; x: Q[] } | null {
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

// ---------------------------------------------------------------------------------------------
// The cell.

interface Col {
  price: number;
  capacity: number | null;
  local: boolean;
  organic: boolean;
}
interface Cell {
  cols: Col[];
  tauL: number;
  tauO: number;
  localByValue: boolean;
  organicByValue: boolean;
}

/** Shortfall of one target as c0 + a·x (positive part), for the given flags. */
function shortfall(cell: Cell, demand: Q, which: 'local' | 'organic'): { a: Q[]; c0: Q } {
  const tau = qf(which === 'local' ? cell.tauL : cell.tauO);
  const byValue = which === 'local' ? cell.localByValue : cell.organicByValue;
  const flag = (col: Col) => (which === 'local' ? col.local : col.organic);
  if (byValue) return { a: cell.cols.map((col) => mul(sub(tau, q(flag(col) ? 1n : 0n)), qf(col.price))), c0: ZERO };
  return { a: cell.cols.map((col) => q(flag(col) ? -1n : 0n)), c0: mul(tau, demand) };
}

/** Flagged kg as a shortfall row: −Σ flagged x. */
const kgRow = (cell: Cell, which: 'local' | 'organic'): Q[] => cell.cols.map((col) => q((which === 'local' ? col.local : col.organic) ? -1n : 0n));

/** One stage of the lexicographic order: minimise max(0, c0 + a·x) (or c0 + a·x when `signed`). */
interface Stage {
  name: string;
  a: Q[];
  c0: Q;
  signed: boolean;
}

/**
 * The stages in order and each one's optimum (given the ones before): the local target, the
 * organic target, the cost. A target's stage is its shortfall. A value target that cannot be
 * reached is, by the engine's rule (docs/engine.md §4), pursued in kg: its need is all the flagged
 * kg the quotas allow, so its stage keeps the most flagged kg; the cost is then not compared (where
 * all the free demand is flagged food, dearer flagged food replaces cheaper, which this reference
 * does not model).
 */
function reference(cell: Cell, demand: Q): { stages: Stage[]; best: Q[]; unreachable: boolean } {
  const upper = cell.cols.map((col) => (col.capacity === null || cmp(qf(col.capacity), demand) > 0 ? demand : qf(col.capacity)));
  const rows: Row[] = [];
  const stages: Stage[] = [];
  const best: Q[] = [];
  let unreachable = false;
  for (const which of ['local', 'organic'] as const) {
    const s = shortfall(cell, demand, which);
    const least = max0(add(s.c0, lpMin(s.a, upper, demand, rows)!.value));
    const byValue = which === 'local' ? cell.localByValue : cell.organicByValue;
    if (byValue && least.n > 0n) {
      unreachable = true;
      const kg = kgRow(cell, which);
      const most = lpMin(kg, upper, demand, rows)!.value;
      stages.push({ name: `${which} kg (value target out of reach)`, a: kg, c0: ZERO, signed: true });
      best.push(most);
      rows.push({ a: kg, r: most });
    } else {
      stages.push({ name: `${which} shortfall`, a: s.a, c0: s.c0, signed: false });
      best.push(least);
      rows.push({ a: s.a, r: sub(least, s.c0) });
    }
  }
  const price = cell.cols.map((col) => qf(col.price));
  stages.push({ name: 'cost', a: price, c0: ZERO, signed: true });
  best.push(lpMin(price, upper, demand, rows)!.value);
  return { stages, best, unreachable };
}

const stageValue = (st: Stage, x: Q[]) => {
  const v = add(st.c0, dot(st.a, x));
  return st.signed ? v : max0(v);
};

/** A one-kitchen, one-category plan whose 2026 cell is `cell`: 100 kg of demand. */
function planOf(cell: Cell): Plan {
  return smallPlan({
    organisations: [org('m1', { code: '0181', regionCode: '01', population: 1000 })],
    kitchens: [kitchen('k1', 'm1', { meals: { breakfast: 0, lunch: 1000, dinner: 0, snack: 0 }, attendance: 1, calendar: 'fixed', serviceDays: 1 })],
    mealProfiles: [profile('school', { red_meat: 100 }, 0)],
    suppliers: [supplier('s1')],
    offers: cell.cols.map((col, j) =>
      offer(`o${j}`, 's1', 'red_meat', col.price, {
        organic: col.organic,
        capacityKg: col.capacity,
        origin: { country: 'SE', regionCode: col.local ? '01' : '02' },
      }),
    ),
    scenarios: [
      scenario('s', 'municipal', {
        localTarget: { basis: cell.localByValue ? 'value' : 'weight', points: [{ year: 2026, share: cell.tauL }], categories: [] },
        organicTarget: { basis: cell.organicByValue ? 'value' : 'weight', points: [{ year: 2026, share: cell.tauO }], categories: [] },
      }),
    ],
  });
}

/** The engine's purchase of `cell`, measured on the reference's stages, and the optimum of each. */
function compare(cell: Cell): { names: string[]; engine: number[]; exact: number[]; tol: number[]; unreachable: boolean } {
  const plan = planOf(cell);
  const r = evaluate(plan, 's');
  const row = r.categories.find((c) => c.year === 2026)!;
  const demand = qf(row.kg);
  const x = cell.cols.map((_, j) => qf(r.offers.find((o) => o.offerId === `o${j}` && o.year === 2026)?.allocatedKg ?? 0));
  const ref = reference(cell, demand);
  const engine = ref.stages.map((st) => toNum(stageValue(st, x)));
  const exact = ref.best.map(toNum);
  // The engine's precision: a value target is met to a ten-billionth of the value, the solver's kg
  // to a billionth of the demand (worth up to a billionth of the demand at the dearest price).
  const value = toNum(dot(cell.cols.map((col) => qf(col.price)), x));
  const dear = Math.max(...cell.cols.map((c) => c.price));
  const kgTol = 1e-9 * (1 + toNum(demand));
  const valueTol = 1e-9 * (1 + value) + kgTol * dear * 4;
  const tol = ref.stages.map((st) => (st.name === 'cost' || st.name.endsWith('shortfall') && isValue(cell, st.name) ? valueTol : kgTol * 10));
  return { names: ref.stages.map((st) => st.name), engine, exact, tol, unreachable: ref.unreachable };
}
const isValue = (cell: Cell, name: string) => (name.startsWith('local') ? cell.localByValue : cell.organicByValue);

function expectOptimal(cell: Cell): void {
  const { names, engine, exact, tol, unreachable } = compare(cell);
  const label = JSON.stringify({ cell, engine, exact });
  const stages = unreachable ? 2 : 3;
  for (let i = 0; i < stages; i++) {
    // The reference is optimal, so the engine can be no better at the first stage it differs at
    // (this checks the reference) …
    expect(engine[i]!, `engine better than the exact optimum, ${names[i]}: ${label}`).toBeGreaterThanOrEqual(exact[i]! - tol[i]!);
    if (engine[i]! > exact[i]! + tol[i]!) break;
  }
  // … and it must be no worse, stage by stage.
  for (let i = 0; i < stages; i++) expect(engine[i]!, `${names[i]}: ${label}`).toBeLessThanOrEqual(exact[i]! + tol[i]!);
}

const colArb = fc.record({
  price: fc.integer({ min: 50, max: 5000 }),
  capacity: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 300 }).map((v) => v / 4)),
  local: fc.boolean(),
  organic: fc.boolean(),
});
const shareArb = fc.oneof(fc.integer({ min: 0, max: 100 }).map((v) => v / 100), fc.integer({ min: 0, max: 10_000 }).map((v) => v / 10_000));
const cellArb = (basis: { local?: boolean; organic?: boolean } = {}) =>
  fc
    .record({
      cols: fc.array(colArb, { minLength: 1, maxLength: 3 }),
      // The last offer has no capacity limit, so the demand is always covered.
      last: fc.record({ price: fc.integer({ min: 50, max: 5000 }), local: fc.boolean(), organic: fc.boolean() }),
      tauL: shareArb,
      tauO: shareArb,
      localByValue: basis.local === undefined ? fc.boolean() : fc.constant(basis.local),
      organicByValue: basis.organic === undefined ? fc.boolean() : fc.constant(basis.organic),
    })
    .map(
      (r): Cell => ({
        cols: [...r.cols, { ...r.last, capacity: null }],
        tauL: r.tauL,
        tauO: r.tauO,
        localByValue: r.localByValue,
        organicByValue: r.organicByValue,
      }),
    );

const col = (price: number, capacity: number | null, local: boolean, organic: boolean): Col => ({ price, capacity, local, organic });

describe('value targets: the engine reaches the exact lexicographic optimum of a cell', () => {
  it('weight targets (the check itself: the exact per-owner solver must agree with the reference)', () => {
    fc.assert(fc.property(cellArb({ local: false, organic: false }), expectOptimal), { numRuns: 300, seed: 42 });
  });

  // Known defects (docs/engine.md §4, "Known limitation"): the engine turns a value target into a
  // kg need and searches it, and a kg need cannot say that one kg is worth more value than another.
  // `it.fails` passes while the defect is there; once the engine is exact, make these ordinary
  // tests. On main (dbd33f2), of 2,000 random cells per mix (seed 42, ≤ 4 offers) the engine
  // missed the optimum in 104 with both targets by value (66 of them with both targets within
  // reach), 75 with local by value and organic by weight, 40 with local by weight and organic by
  // value, and 0 with both by weight.

  it.fails('both by value: the pinned counterexample (organic 51 % where 50 % is cheaper)', () => {
    // test/fixtures/counterexamples/priceRiseBothByValue.json in 2027, as one cell: the target shares
    // are those its trajectory gives (both ≈ 50 %). The engine buys 2 % more than it needs to.
    expectOptimal({ cols: [col(100, null, false, false), col(109, null, true, false), col(4269, null, true, true)], tauL: 0.9997967862964637 / 2, tauO: 0.9999999999999994 / 2, localByValue: true, organicByValue: true });
  });

  it.fails('both by value: both targets met by dear local organic food, at 17 × the cost of the optimum', () => {
    // 85 % local and 70 % organic by value: the optimum mixes cheap local (77), cheap non-local
    // organic (53) and a little dear local organic food (14,590 öre); the engine buys mostly dear
    // local organic food (257,818 öre).
    expectOptimal({ cols: [col(4823, null, true, true), col(77, null, true, false), col(4067, 25.5, true, true), col(53, null, false, true)], tauL: 0.8506, tauO: 0.6997, localByValue: true, organicByValue: true });
  });

  it.fails('local by value, organic by weight: the local target is missed though local organic food would meet both', () => {
    // 81 % local by value, 97.56 % organic by weight: all local organic food (4,718) meets both;
    // the engine keeps the non-local organic food (4,611) and reaches 40 % local by value (41 kg of
    // "unmet local demand" reported though no capacity is short). The same cell with both targets
    // by value misses the local target too.
    expectOptimal({ cols: [col(4718, null, true, true), col(3784, 69.5, false, false), col(4611, null, false, true)], tauL: 0.8104, tauO: 0.9756, localByValue: true, organicByValue: false });
  });

  it.fails('local by value, organic by weight: dear local food frees kilos for the organic target', () => {
    // 24 % local by value, 77 % organic by weight; every non-local kg but 0.25 kg is organic. The
    // fewer local kg, the more organic kg, and the dearer local food (51) reaches the local value
    // in fewer kg than the cheaper (50): the kg search fills the local need cheapest first.
    expectOptimal({ cols: [col(50, 1, true, false), col(51, 22.75, true, false), col(50, 0.25, false, false), col(50, null, false, true)], tauL: 0.24, tauO: 0.77, localByValue: true, organicByValue: false });
  });

  it.fails('local by weight, organic by value: the organic value is cheaper from dearer organic kilos', () => {
    // 96.99 % local by weight, 0.01 % organic by value: a kg of local organic food (102) for a kg
    // of local food (101) adds twice the organic value of a kg of non-local organic food (51) for a
    // kg of non-local food (50), at the same cost per kg; the kg search cannot tell them apart.
    expectOptimal({ cols: [col(102, 0.25, true, true), col(51, 1, false, true), col(50, 3, false, false), col(50, 0, false, false), col(101, null, true, false)], tauL: 0.9699, tauO: 0.0001, localByValue: false, organicByValue: true });
  });

  it.fails('random cells, both targets by value', () => {
    fc.assert(fc.property(cellArb({ local: true, organic: true }), expectOptimal), { numRuns: 300, seed: 42 });
  });

  it.fails('random cells, local by value, organic by weight', () => {
    fc.assert(fc.property(cellArb({ local: true, organic: false }), expectOptimal), { numRuns: 300, seed: 42 });
  });

  it.fails('random cells, local by weight, organic by value', () => {
    fc.assert(fc.property(cellArb({ local: false, organic: true }), expectOptimal), { numRuns: 300, seed: 42 });
  });
});
