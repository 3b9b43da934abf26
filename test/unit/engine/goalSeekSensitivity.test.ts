/**
 * Goal seek and sensitivity on the hand-made municipal plan.
 */
import { describe, expect, it } from 'vitest';
import { goalSeek, sensitivity, SENSITIVITY_GROUPS } from '../../../shared/engine';
import type { Plan } from '../../../shared/model/types';
import { offer, org, scenario, smallPlan, supplier } from '../../fixtures/smallPlan';

/** m1 (637.159 kg of red meat and 254.864 kg of vegetables a year) with two local farms. */
function plan(budget: number): Plan {
  const base = smallPlan();
  return smallPlan({
    organisations: [org('m1', { code: '0181', regionCode: '01' })],
    foodCategories: [...base.foodCategories, { id: 'veg', name: 'Vegetables', names: {}, co2ePerKg: 0.6, source: '', isEstimate: false }],
    mealProfiles: [{ ...base.mealProfiles[0]!, grams: { red_meat: 35, veg: 14 } }],
    suppliers: [supplier('wholesale'), supplier('meat-farm'), supplier('veg-farm')],
    offers: [
      offer('w-meat', 'wholesale', 'red_meat', 10_000),
      offer('w-veg', 'wholesale', 'veg', 2_000),
      offer('l-meat', 'meat-farm', 'red_meat', 13_000, { capacityKg: 300, origin: { country: 'SE', regionCode: '01' } }),
      offer('l-veg', 'veg-farm', 'veg', 2_200, { capacityKg: 100, origin: { country: 'SE', regionCode: '01' } }),
    ],
    budgets: [{ id: 'b', organisationId: 'm1', year: 2026, amountMinor: budget }],
    scenarios: [scenario('s', 'municipal', { localTarget: { basis: 'weight', points: [{ year: 2026, share: 0.3 }], categories: [] } })],
  });
}

describe('goal seek', () => {
  it('raises categories in the order of the cheapest local premium per kg, within the budget', () => {
    // From the scenario's own allocation (30 % local by weight), extra local vegetables cost
    // 200 öre/kg more than wholesale, extra local meat 3,000 öre/kg: vegetables first. (Costs are
    // money rounded per cell, so the premium is exact to a fraction of an öre.)
    const g = goalSeek(plan(10_000_000), 's', 2026, { targetShare: 0.5 });
    const m1 = g.organisations[0]!;
    expect(m1.steps.map((s) => s.categoryId)).toEqual(['veg', 'red_meat']);
    expect(m1.steps[0]!.premiumPerKgMinor).toBeCloseTo(200, 1);
    expect(m1.steps[1]!.premiumPerKgMinor).toBeCloseTo(3_000, 1);
    // With a large budget every step fits: the share is what capacity allows.
    expect(m1.shareWithinBudget).toBeCloseTo(m1.maxShare, 12);
    expect(m1.pickedCategoryIds).toEqual(['veg', 'red_meat']);
  });

  it('stops part-way through a step when the budget runs out, and says what budget a share needs', () => {
    const g0 = goalSeek(plan(10_000_000), 's', 2026, { targetShare: 0.5 }).organisations[0]!;
    // A budget halfway through the meat step.
    const budget = Math.round((g0.steps[0]!.totalAfterMinor + g0.steps[1]!.totalAfterMinor) / 2);
    const g = goalSeek(plan(budget), 's', 2026, { targetShare: 0.5 }).organisations[0]!;
    expect(g.shareWithinBudget).toBeCloseTo((g0.steps[0]!.shareAfter + g0.steps[1]!.shareAfter) / 2, 4);
    // 50 % is beyond what capacity allows (300 + 100 kg of 892 kg = 44.8 %): no budget reaches it.
    expect(g.maxShare).toBeLessThan(0.5);
    expect(g.budgetForTargetMinor).toBeNull();
    const reachable = goalSeek(plan(budget), 's', 2026, { targetShare: 0.4 }).organisations[0]!;
    expect(reachable.budgetForTargetMinor).toBeGreaterThan(g0.steps[0]!.totalAfterMinor);
    expect(reachable.budgetForTargetMinor).toBeLessThanOrEqual(g0.steps[1]!.totalAfterMinor);
  });
});

describe('sensitivity', () => {
  it('moves each input group ±10 % and sorts by the effect on cost per meal', () => {
    const s = sensitivity(plan(10_000_000), 's', 2026);
    expect(s.rows.map((r) => r.group).sort()).toEqual([...SENSITIVITY_GROUPS].sort());
    for (let i = 1; i < s.rows.length; i++) expect(s.rows[i - 1]!.costPerMealSwing).toBeGreaterThanOrEqual(s.rows[i]!.costPerMealSwing);
    const prices = s.rows.find((r) => r.group === 'prices')!;
    // Food is the whole cost here (no delivery, tender or fees): ±10 % on prices moves cost per
    // meal by ±10 % (to the rounding of each money cell).
    expect(prices.low.costPerMealMinor!).toBeCloseTo(s.base.costPerMealMinor! * 0.9, 3);
    expect(prices.high.costPerMealMinor!).toBeCloseTo(s.base.costPerMealMinor! * 1.1, 3);
    // More local capacity: a higher local share.
    const cap = s.rows.find((r) => r.group === 'localCapacity')!;
    expect(cap.high.localShare!).toBeGreaterThanOrEqual(cap.low.localShare!);
  });
});
