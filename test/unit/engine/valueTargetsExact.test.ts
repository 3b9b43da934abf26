/**
 * The allocation of one owner's cell is the lexicographic optimum of docs/engine.md §4: minimise
 * the local shortfall, then the organic shortfall, then the cost, over 0 ≤ x_j ≤ quota_j, Σ x_j =
 * demand. A value target's shortfall is the value still missing, max(0, τ·(food value) − flagged
 * value), linear in x; a weight target's is max(0, τ·demand − flagged kg). The engine solves such a
 * cell as a small linear programme (lexLp.ts); here the optimum is computed independently and
 * exactly, in rational numbers, by enumerating the vertices of each stage's polytope (./exactLex.ts:
 * each column at 0, at its quota or basic; the demand row and the stage rows tight), and the
 * engine's purchase (read back from the offers' allocated kg) is compared with it stage by
 * stage, within the engine's documented precision (a ten-billionth of the value, and a billionth
 * of the demand in kg).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import type { Plan } from '../../../shared/model/types';
import { kitchen, offer, org, profile, scenario, smallPlan, supplier } from '../../fixtures/smallPlan';
import { checkOptimal, qf, toNum, type ExactCol, type ExactTarget } from './exactLex';

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

/** The engine's purchase of `cell` (read back from the offers' allocated kg), checked against the exact optimum. */
function expectOptimal(cell: Cell): void {
  const plan = planOf(cell);
  const r = evaluate(plan, 's');
  const row = r.categories.find((c) => c.year === 2026)!;
  const demand = row.kg;
  const x = cell.cols.map((_, j) => qf(r.offers.find((o) => o.offerId === `o${j}` && o.year === 2026)?.allocatedKg ?? 0));
  const cols: ExactCol[] = cell.cols.map((col) => ({ price: col.price, upper: col.capacity ?? demand, local: col.local, organic: col.organic }));
  const target = (tau: number, byValue: boolean): ExactTarget => ({ tau, byValue, preValue: 0, preFlaggedValue: 0, preKg: 0, preFlaggedKg: 0 });
  const verdict = checkOptimal(cols, qf(demand), x, target(cell.tauL, cell.localByValue), target(cell.tauO, cell.organicByValue));
  expect(verdict, `${verdict}: ${JSON.stringify({ cell, x: x.map(toNum) })}`).toBeNull();
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

const RUNS = Number(process.env.VALUE_EXACT_RUNS ?? 300);

const col = (price: number, capacity: number | null, local: boolean, organic: boolean): Col => ({ price, capacity, local, organic });

describe('value targets: the engine reaches the exact lexicographic optimum of a cell', () => {
  it('weight targets (the check itself: the exact per-owner solver must agree with the reference)', () => {
    fc.assert(fc.property(cellArb({ local: false, organic: false }), expectOptimal), { numRuns: RUNS, seed: 42 });
  }, 600_000);

  // Once known defects (the engine turned a value target into a kg need and searched it, and a kg
  // need cannot say that one kg is worth more value than another). Before the linear programme,
  // of 2,000 random cells per mix (seed 42, ≤ 4 offers) the engine missed the optimum in 104 with
  // both targets by value, 75 with local by value and organic by weight, 40 with local by weight
  // and organic by value, and 0 with both by weight. VALUE_EXACT_RUNS raises the random runs.

  it('both by value: the pinned counterexample (organic 51 % where 50 % is cheaper)', () => {
    // test/fixtures/counterexamples/priceRiseBothByValue.json in 2027, as one cell: the target shares
    // are those its trajectory gives (both ≈ 50 %). The engine buys 2 % more than it needs to.
    expectOptimal({ cols: [col(100, null, false, false), col(109, null, true, false), col(4269, null, true, true)], tauL: 0.9997967862964637 / 2, tauO: 0.9999999999999994 / 2, localByValue: true, organicByValue: true });
  });

  it('both by value: both targets met by dear local organic food, at 17 × the cost of the optimum', () => {
    // 85 % local and 70 % organic by value: the optimum mixes cheap local (77), cheap non-local
    // organic (53) and a little dear local organic food (14,590 öre); the engine buys mostly dear
    // local organic food (257,818 öre).
    expectOptimal({ cols: [col(4823, null, true, true), col(77, null, true, false), col(4067, 25.5, true, true), col(53, null, false, true)], tauL: 0.8506, tauO: 0.6997, localByValue: true, organicByValue: true });
  });

  it('local by value, organic by weight: the local target is missed though local organic food would meet both', () => {
    // 81 % local by value, 97.56 % organic by weight: all local organic food (4,718) meets both;
    // the engine keeps the non-local organic food (4,611) and reaches 40 % local by value (41 kg of
    // "unmet local demand" reported though no capacity is short). The same cell with both targets
    // by value misses the local target too.
    expectOptimal({ cols: [col(4718, null, true, true), col(3784, 69.5, false, false), col(4611, null, false, true)], tauL: 0.8104, tauO: 0.9756, localByValue: true, organicByValue: false });
  });

  it('local by value, organic by weight: dear local food frees kilos for the organic target', () => {
    // 24 % local by value, 77 % organic by weight; every non-local kg but 0.25 kg is organic. The
    // fewer local kg, the more organic kg, and the dearer local food (51) reaches the local value
    // in fewer kg than the cheaper (50): the kg search fills the local need cheapest first.
    expectOptimal({ cols: [col(50, 1, true, false), col(51, 22.75, true, false), col(50, 0.25, false, false), col(50, null, false, true)], tauL: 0.24, tauO: 0.77, localByValue: true, organicByValue: false });
  });

  it('local by value, organic by weight: short local capacity does not buy the local share with less organic food', () => {
    // 100 kg; 20 % local by value, 60 % organic by weight. Local food: 15 kg at 100 (1,500). The
    // organic target asks for 60 kg of organic food at 80 and 25 kg of other food at 50: 7,550 in
    // all, and 1,500 / 7,550 = 19.87 % local. Cheaper other food instead of organic would lift the
    // local share to 20 % (at most 58.3 kg organic) without a kilo more local food: the rule
    // refuses that, so the local target is out of reach and the organic target is met.
    const cell: Cell = { cols: [col(100, 15, true, false), col(80, null, false, true), col(50, null, false, false)], tauL: 0.2, tauO: 0.6, localByValue: true, organicByValue: false };
    expectOptimal(cell);
    const r = evaluate(planOf(cell), 's');
    const kg = (j: number) => r.offers.find((o) => o.offerId === `o${j}` && o.year === 2026)!.allocatedKg;
    expect(kg(0)).toBeCloseTo(15, 9);
    expect(kg(1)).toBeCloseTo(60, 9);
    expect(kg(2)).toBeCloseTo(25, 9);
  });

  it('both by value: short local capacity is not out of reach when one purchase meets both targets', () => {
    // 100 kg; 30 % local and 90 % organic, both by value. 30 kg of local organic food at 10 and 70 kg
    // of other organic food at 10 meet both (1,000: 30 % local, 100 % organic). Every local kg (70,
    // with 40 kg of non-organic local food at 20) would force dear organic food into the rest to keep
    // 90 % organic (8,000, only 13.75 % local): the out-of-reach rule must not apply. The cheapest
    // fill misses the organic target slightly (12 kg of other food at 9). Found in review. The
    // optimum takes x kg at 9 too: organic value 10·(100 − x) ≥ 0.9 × (1,000 − x) gives
    // x ≤ 100 / 9.1 = 10.99, and the bill is 1,000 − x = 989.01.
    const cell: Cell = { cols: [col(9, 12, false, false), col(10, 30, true, true), col(10, null, false, true), col(20, 40, true, false), col(1000, null, false, true)], tauL: 0.3, tauO: 0.9, localByValue: true, organicByValue: true };
    expectOptimal(cell);
    const r = evaluate(planOf(cell), 's');
    expect(r.horizon.foodMinor).toBe(989);
    // Without the 12 kg at 9 the cheapest fill meets both targets at once.
    expectOptimal({ ...cell, cols: cell.cols.slice(1) });
  });

  it('local by weight, organic by value: the organic value is cheaper from dearer organic kilos', () => {
    // 96.99 % local by weight, 0.01 % organic by value: a kg of local organic food (102) for a kg
    // of local food (101) adds twice the organic value of a kg of non-local organic food (51) for a
    // kg of non-local food (50), at the same cost per kg; the kg search cannot tell them apart.
    expectOptimal({ cols: [col(102, 0.25, true, true), col(51, 1, false, true), col(50, 3, false, false), col(50, 0, false, false), col(101, null, true, false)], tauL: 0.9699, tauO: 0.0001, localByValue: false, organicByValue: true });
  });

  it('random cells, both targets by value', () => {
    fc.assert(fc.property(cellArb({ local: true, organic: true }), expectOptimal), { numRuns: RUNS, seed: 42 });
  }, 600_000);

  it('random cells, local by value, organic by weight', () => {
    fc.assert(fc.property(cellArb({ local: true, organic: false }), expectOptimal), { numRuns: RUNS, seed: 42 });
  }, 600_000);

  it('random cells, local by weight, organic by value', () => {
    fc.assert(fc.property(cellArb({ local: false, organic: true }), expectOptimal), { numRuns: RUNS, seed: 42 });
  }, 600_000);
});
