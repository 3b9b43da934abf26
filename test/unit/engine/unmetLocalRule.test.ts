/**
 * The unmet local demand the engine reports when a local target measured by value is out of reach
 * (docs/engine.md §4, "A value target out of reach"; lexLp.ts localOutOfReach). The rule buys
 * every local kilo the quotas allow, the rest as the organic target asks, and reports the local
 * food the market could not supply: the value still missing, τ × food value − local value,
 * turned into kg at (1 − τ) × cheapest local price + τ × dearest non-local price used, and capped
 * at the free demand less the local kg bought (allocate.ts solveOwners, swapRate). Every figure
 * here is computed by hand in the comments.
 *
 * One kitchen, one category, 100 kg of demand (1,000 lunches × 100 g, attendance 1, one service
 * day, no waste), three offers from three suppliers (prices in minor units per kg):
 *   L  local, not organic,     60, capacity c (the local quota: one owner, so all of it)
 *   O  not local, organic,     40, no limit
 *   N  not local, not organic, 20, no limit
 * Local target 50 % by value; organic target 40 % by weight (40 kg).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import type { Plan, Scenario } from '../../../shared/model/types';
import { kitchen, offer, org, profile, scenario, smallPlan, supplier } from '../../fixtures/smallPlan';

const TAU_L = 0.5;
const TAU_O = 0.4;

function planOf(localCapacityKg: number, over: Partial<Scenario> = {}): Plan {
  return smallPlan({
    organisations: [org('m1', { code: '0181', regionCode: '01', population: 1000 })],
    kitchens: [kitchen('k1', 'm1', { meals: { breakfast: 0, lunch: 1000, dinner: 0, snack: 0 }, attendance: 1, calendar: 'fixed', serviceDays: 1 })],
    mealProfiles: [profile('school', { red_meat: 100 }, 0)],
    suppliers: [supplier('sL'), supplier('sO'), supplier('sN')],
    offers: [
      offer('L', 'sL', 'red_meat', 60, { capacityKg: localCapacityKg, origin: { country: 'SE', regionCode: '01' } }),
      offer('O', 'sO', 'red_meat', 40, { organic: true, origin: { country: 'SE', regionCode: '02' } }),
      offer('N', 'sN', 'red_meat', 20, { origin: { country: 'SE', regionCode: '02' } }),
    ],
    scenarios: [
      scenario('s', 'municipal', {
        localTarget: { basis: 'value', points: [{ year: 2026, share: TAU_L }], categories: [] },
        organicTarget: { basis: 'weight', points: [{ year: 2026, share: TAU_O }], categories: [] },
        ...over,
      }),
    ],
  });
}

function run(plan: Plan) {
  const r = evaluate(plan, 's');
  const row = r.categories.find((c) => c.categoryId === 'red_meat' && c.year === 2026)!;
  const kg = (id: string) => r.offers.find((o) => o.offerId === id && o.year === 2026)?.allocatedKg ?? 0;
  const warning = r.warnings.find((w) => w.code === 'localCapacityShortfall');
  return { r, row, kg, warning };
}

describe('unmet local demand under the out-of-reach rule (local target by value)', () => {
  it('local capacity too small: every local kg is bought and the missing value is reported in kg at the swap rate', () => {
    // c = 10 kg. Out of reach even with the cheapest rest (10 kg L + 90 kg N): 600 local of
    // 600 + 1,800 = 2,400 is 25 % < 50 %. So the rule buys all 10 kg L (600), the 40 kg O the
    // organic target asks (1,600) and 50 kg N (1,000): food value 3,200, local share 600 / 3,200
    // = 18.75 %.
    //   value deficit  = 0.5 × 3,200 − 600 = 1,000
    //   swap rate      = (1 − 0.5) × 60 (cheapest local) + 0.5 × 40 (dearest non-local used: O) = 50
    //   unmet local kg = 1,000 / 50 = 20, under the cap free − local kg = 100 − 10 = 90.
    // (Check: 30 kg L, 20 kg O, 50 kg N is 1,800 of 3,600 = 50 %.)
    // A strictly lexicographic purchase would drop the organic food instead (10 kg L + 90 kg N, 25 %
    // local, no organic) and report (1,200 − 600) / (0.5 × 60 + 0.5 × 20) = 15 kg: the rule refuses it.
    const { row, kg, warning } = run(planOf(10));
    expect(row.kg).toBeCloseTo(100, 9);
    expect(kg('L')).toBeCloseTo(10, 9);
    expect(kg('O')).toBeCloseTo(40, 9);
    expect(kg('N')).toBeCloseTo(50, 9);
    expect(row.localKg).toBeCloseTo(10, 9);
    expect(row.foodMinor).toBe(3_200);
    expect(row.localValueMinor).toBe(600);
    expect(row.localValueMinor / row.foodMinor).toBeCloseTo(0.1875, 12);
    expect(row.unmetLocalKg).toBeCloseTo(20, 9);
    expect(warning).toBeDefined();
    expect(warning!.params).toMatchObject({ categoryId: 'red_meat', year: 2026, organisations: 1 });
    expect(warning!.params.unmetKg as number).toBeCloseTo(20, 6);
  });

  it('the cap: value missing beyond what the free demand could swap is capped at free − local kg', () => {
    // The same plan with c = 10 kg and a fixed share of 80 % with N: 80 kg N (1,600) are bought
    // before the free demand, which is 20 kg. Out of reach: even with the cheapest rest (10 kg L +
    // 10 kg N) 600 of 1,600 + 600 + 200 = 2,400 is 25 % < 50 %. The rule buys all 10 kg L (600)
    // and, the organic target asking 40 kg (more than is left), 10 kg O (400): food value
    // 1,600 + 600 + 400 = 2,600, local 600 (23.08 %).
    //   value deficit  = 0.5 × 2,600 − 600 = 700
    //   swap rate      = 0.5 × 60 + 0.5 × 40 (dearest non-local used in the free purchase: O) = 50
    //   700 / 50 = 14 kg, capped at free − local kg = 20 − 10 = 10: unmet local kg = 10.
    const { row, kg, warning } = run(planOf(10, { fixedShares: [{ supplierId: 'sN', categoryId: 'red_meat', share: 0.8 }] }));
    expect(kg('L')).toBeCloseTo(10, 9);
    expect(kg('O')).toBeCloseTo(10, 9);
    expect(kg('N')).toBeCloseTo(80, 9);
    expect(row.localKg).toBeCloseTo(10, 9);
    expect(row.foodMinor).toBe(2_600);
    expect(row.localValueMinor).toBe(600);
    expect(row.unmetLocalKg).toBeCloseTo(10, 9);
    expect(warning).toBeDefined();
    expect(warning!.params.unmetKg as number).toBeCloseTo(10, 6);
  });

  it('local capacity enough: the target is within reach, met exactly, and nothing is unmet', () => {
    // c = 50 kg. Within reach: all 50 kg L (3,000) with 40 kg O (1,600) and 10 kg N (200) is
    // 3,000 / 4,800 = 62.5 % ≥ 50 %. The cheapest purchase meeting both targets takes 40 kg O and
    // x kg L, the rest N: 60x ≥ 0.5 × (60x + 1,600 + 20 × (60 − x)) = 20x + 1,400, so x = 35 kg
    // (not the whole 50 kg capacity), 25 kg N. Food 2,100 + 1,600 + 500 = 4,200; local 2,100 = 50 %.
    const { row, kg, warning } = run(planOf(50));
    expect(kg('L')).toBeCloseTo(35, 9);
    expect(kg('O')).toBeCloseTo(40, 9);
    expect(kg('N')).toBeCloseTo(25, 9);
    expect(row.localKg).toBeCloseTo(35, 9);
    expect(row.foodMinor).toBe(4_200);
    expect(row.localValueMinor).toBe(2_100);
    expect(row.localValueMinor / row.foodMinor).toBeGreaterThanOrEqual(TAU_L);
    expect(row.unmetLocalKg).toBe(0);
    expect(warning).toBeUndefined();
  });
});
