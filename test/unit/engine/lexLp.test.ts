/**
 * The per-owner linear programme (shared/engine/lexLp.ts) against the exact lexicographic optimum
 * computed in rational numbers by vertex enumeration (./exactLex.ts), for random cells with any mix
 * of target bases and with purchases made before (contracts) that the value rows must count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LexLp, NONE, VALUE, WEIGHT } from '../../../shared/engine/lexLp';
import { checkOptimal, qf, type ExactCol, type ExactTarget } from './exactLex';

interface Case {
  cols: ExactCol[];
  demand: number;
  local: ExactTarget | null;
  organic: ExactTarget | null;
}

function solve(c: Case): number[] {
  const order = c.cols.map((_, j) => j).sort((a, b) => c.cols[a]!.price - c.cols[b]!.price || a - b);
  const lp = new LexLp();
  lp.reset(c.cols.length);
  order.forEach((j, m) => {
    const col = c.cols[j]!;
    lp.price[m] = col.price;
    lp.upper[m] = col.upper;
    lp.local[m] = col.local ? 1 : 0;
    lp.organic[m] = col.organic ? 1 : 0;
  });
  const spec = (t: ExactTarget | null): [number, number, number] => {
    if (!t || !(t.tau > 0)) return [NONE, 0, 0];
    if (t.byValue) return [VALUE, t.tau, t.tau * t.preValue - t.preFlaggedValue];
    return [WEIGHT, t.tau, Math.max(0, t.tau * (t.preKg + c.demand) - t.preFlaggedKg)];
  };
  const [lm, lt, lb] = spec(c.local);
  const [om, ot, ob] = spec(c.organic);
  lp.solve(c.demand, lm, lt, lb, om, ot, ob, c.local?.preValue ?? c.organic?.preValue ?? 0);
  const x = new Array<number>(c.cols.length).fill(0);
  order.forEach((j, m) => (x[j] = lp.x[m]!));
  return x;
}

function expectOptimal(c: Case): void {
  const x = solve(c);
  const sum = x.reduce((s, v) => s + v, 0);
  expect(Math.abs(sum - c.demand), `Σx = ${sum}: ${JSON.stringify(c)}`).toBeLessThanOrEqual(1e-9 * (1 + c.demand));
  x.forEach((v, j) => {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(c.cols[j]!.upper);
  });
  const verdict = checkOptimal(c.cols, qf(c.demand), x.map(qf), c.local, c.organic);
  expect(verdict, `${verdict}: ${JSON.stringify({ c, x })}`).toBeNull();
}

const shareArb = fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 0, max: 100 }).map((v) => v / 100), fc.integer({ min: 0, max: 10_000 }).map((v) => v / 10_000));
const colArb = fc.record({
  price: fc.integer({ min: 50, max: 5000 }),
  upper: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 300 }).map((v) => v / 4)),
  local: fc.boolean(),
  organic: fc.boolean(),
});
/** What contracts bought before: kg, value, and how much of each was local and organic. */
const preArb = fc.oneof(
  fc.constant({ kg: 0, value: 0, lKg: 0, lVal: 0, oKg: 0, oVal: 0 }),
  fc
    .record({ kg: fc.integer({ min: 1, max: 80 }), price: fc.integer({ min: 50, max: 5000 }), l: fc.integer({ min: 0, max: 4 }), o: fc.integer({ min: 0, max: 4 }), lp: fc.integer({ min: 50, max: 5000 }), op: fc.integer({ min: 50, max: 5000 }) })
    .map((r) => ({ kg: r.kg, value: r.kg * r.price, lKg: (r.kg * r.l) / 4, lVal: ((r.kg * r.l) / 4) * r.lp, oKg: (r.kg * r.o) / 4, oVal: ((r.kg * r.o) / 4) * r.op }))
    .map((p) => ({ ...p, value: p.value + p.lVal + p.oVal, kg: p.kg + p.lKg + p.oKg })),
);
const caseArb = (basis: { local?: boolean; organic?: boolean } = {}) =>
  fc
    .record({
      cols: fc.array(colArb, { minLength: 0, maxLength: 4 }),
      last: fc.record({ price: fc.integer({ min: 50, max: 5000 }), local: fc.boolean(), organic: fc.boolean() }),
      demand: fc.oneof(fc.constant(100), fc.integer({ min: 1, max: 400 }).map((v) => v / 4)),
      tauL: shareArb,
      tauO: shareArb,
      lv: basis.local === undefined ? fc.boolean() : fc.constant(basis.local),
      ov: basis.organic === undefined ? fc.boolean() : fc.constant(basis.organic),
      pre: preArb,
    })
    .map((r): Case => {
      const target = (tau: number, byValue: boolean, which: 'l' | 'o'): ExactTarget => ({
        tau,
        byValue,
        preValue: r.pre.value,
        preFlaggedValue: which === 'l' ? r.pre.lVal : r.pre.oVal,
        preKg: r.pre.kg,
        preFlaggedKg: which === 'l' ? r.pre.lKg : r.pre.oKg,
      });
      return {
        // The last column is unlimited (as much as the demand), so the demand is always covered.
        cols: [...r.cols, { ...r.last, upper: r.demand }],
        demand: r.demand,
        local: target(r.tauL, r.lv, 'l'),
        organic: target(r.tauO, r.ov, 'o'),
      };
    });

const col = (price: number, upper: number, local: boolean, organic: boolean): ExactCol => ({ price, upper, local, organic });
const plain = (tau: number, byValue: boolean): ExactTarget => ({ tau, byValue, preValue: 0, preFlaggedValue: 0, preKg: 0, preFlaggedKg: 0 });

describe('LexLp: the exact lexicographic optimum of one cell', () => {
  it('the cells pinned in valueTargetsExact.test.ts', () => {
    expectOptimal({ cols: [col(100, 100, false, false), col(109, 100, true, false), col(4269, 100, true, true)], demand: 100, local: plain(0.9997967862964637 / 2, true), organic: plain(0.9999999999999994 / 2, true) });
    expectOptimal({ cols: [col(4823, 100, true, true), col(77, 100, true, false), col(4067, 25.5, true, true), col(53, 100, false, true)], demand: 100, local: plain(0.8506, true), organic: plain(0.6997, true) });
    expectOptimal({ cols: [col(4718, 100, true, true), col(3784, 69.5, false, false), col(4611, 100, false, true)], demand: 100, local: plain(0.8104, true), organic: plain(0.9756, false) });
    expectOptimal({ cols: [col(50, 1, true, false), col(51, 22.75, true, false), col(50, 0.25, false, false), col(50, 100, false, true)], demand: 100, local: plain(0.24, true), organic: plain(0.77, false) });
    expectOptimal({ cols: [col(102, 0.25, true, true), col(51, 1, false, true), col(50, 3, false, false), col(50, 0, false, false), col(101, 100, true, false)], demand: 100, local: plain(0.9699, false), organic: plain(0.0001, true) });
  });

  it('a value target held back by contracts: dearer local food replaces cheaper, then the organic target', () => {
    // 60 kg of non-local food at 100 already bought; 40 kg free, all of it local (50 or 80, the
    // dearer one organic, 10 kg of it). 50 % local by value is out of reach (at most 3,200 of
    // 9,200); the local mix of most value is 10 kg at 80 and 30 kg at 50.
    const pre = { preValue: 6000, preFlaggedValue: 0, preKg: 60, preFlaggedKg: 0 };
    expectOptimal({ cols: [col(50, 40, true, false), col(80, 10, true, true)], demand: 40, local: { tau: 0.5, byValue: true, ...pre }, organic: { tau: 0.1, byValue: false, ...pre } });
  });

  for (const [name, basis] of [
    ['both by value', { local: true, organic: true }],
    ['local by value, organic by weight', { local: true, organic: false }],
    ['local by weight, organic by value', { local: false, organic: true }],
    ['both by weight', { local: false, organic: false }],
  ] as const) {
    it(`random cells, ${name}`, () => {
      fc.assert(fc.property(caseArb(basis), expectOptimal), { numRuns: Number(process.env.LEXLP_RUNS ?? 300) });
    }, 600_000);
  }
});
