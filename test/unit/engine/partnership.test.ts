/**
 * The partnership scenario, computed by hand. Two municipalities with one school kitchen each
 * (100 lunches: 637.159 kg of red meat a year each) pool red meat. The wholesaler gives 5 % on
 * yearly value above 100,000 SEK, which neither reaches alone; the pool adds 2 %. A food hub
 * costs 10,000 SEK a year plus 0.80 SEK/kg instead of 2 SEK/kg delivery.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import type { Plan } from '../../../shared/model/types';
import { kitchen, offer, org, scenario, smallPlan, supplier } from '../../fixtures/smallPlan';

function partnershipPlan(kind: 'partnership' | 'municipal' = 'partnership'): Plan {
  const base = smallPlan();
  return smallPlan({
    meta: { ...base.meta, deliveryCostPerKgMinor: 200 },
    organisations: [org('m1', { code: '01', regionCode: 'A', population: 30_000 }), org('m2', { code: '02', regionCode: 'A', population: 10_000 })],
    kitchens: [kitchen('k1', 'm1'), kitchen('k2', 'm2')],
    offers: [offer('o-wholesale', 'wholesale', 'red_meat', 10_000, { discountTiers: [{ fromValueMinor: 10_000_000, rate: 0.05 }] })],
    scenarios: [
      scenario('s-part', kind, {
        tenderCostMinor: 4_000_000,
        contractYears: 4,
        partnership: {
          memberIds: ['m1', 'm2'],
          pooledCategoryIds: ['red_meat'],
          fees: [
            { organisationId: 'm1', tier: 'full' },
            { organisationId: 'm2', tier: 'group' },
          ],
          feeFullMinor: 27_500_000,
          feeGroupMinor: 10_000_000,
          pooledDiscount: 0.02,
          hubEnabled: true,
          hubFixedCostMinor: 1_000_000,
          hubHandlingPerKgMinor: 50,
          hubDeliveryCostPerKgMinor: 30,
          costSplit: 'meals',
          fixedPart: 0,
        },
      }),
    ],
  });
}

describe('partnership scenario, by hand', () => {
  it('alone, each municipality pays list price, its own delivery and its own tender', () => {
    const r = evaluate(partnershipPlan('municipal'), 's-part');
    for (const o of r.organisations) {
      // 637.159 kg × 10,000 = 6,371,591 (below the tier); delivery 637.159 × 200 = 127,432;
      // one lot, 4,000,000 / 4 = 1,000,000.
      expect(o).toMatchObject({ foodMinor: 6_371_591, logisticsMinor: 127_432, tenderingMinor: 1_000_000, feesMinor: 0, discountMinor: 0 });
    }
  });

  it('pooled, the members reach the discount tier, share the hub and the tender, and pay fees', () => {
    const r = evaluate(partnershipPlan(), 's-part');
    const m1 = r.organisations.find((o) => o.organisationId === 'm1')!;
    const m2 = r.organisations.find((o) => o.organisationId === 'm2')!;
    // Pool value V = 2 × 6,371,590.9 = 12,743,181.8; tier discount 5 % × 2,743,181.8 = 137,159.1,
    // so factor 1 − 137,159.1 / 12,743,181.8 = 0.989237; pooled discount 2 % on top:
    // 6,371,590.9 × 0.989237 × 0.98 = 6,176,951 each.
    expect(m1.foodMinor).toBe(6_176_951);
    expect(m2.foodMinor).toBe(6_176_951);
    expect(m1.discountMinor).toBe(6_371_591 - 6_176_951);
    // Hub: 637.159 kg × (50 + 30) = 50,973, plus half the 1,000,000 fixed cost (equal meals).
    expect(m1.logisticsMinor).toBe(50_973 + 500_000);
    // One pooled lot: 1,000,000 a year, split by meals: 500,000 each.
    expect(m1.tenderingMinor).toBe(500_000);
    expect(m2.tenderingMinor).toBe(500_000);
    // Fees: a full member 275,000 DKK-style fee, a working-group member 100,000.
    expect(m1.feesMinor).toBe(27_500_000);
    expect(m2.feesMinor).toBe(10_000_000);
    expect(m1.totalMinor).toBe(6_176_951 + 550_973 + 500_000 + 27_500_000);
  });

  it('shared costs split by population, value, meals or a fixed part, always summing exactly', () => {
    const split = (costSplit: Plan['scenarios'][number]['partnership']['costSplit'], fixedPart = 0) => {
      const plan = partnershipPlan();
      plan.scenarios[0]!.partnership.costSplit = costSplit;
      plan.scenarios[0]!.partnership.fixedPart = fixedPart;
      plan.scenarios[0]!.partnership.hubFixedCostMinor = 1_000_001;
      plan.kitchens[1]!.meals.lunch = 200; // m2 serves twice the meals of m1
      const r = evaluate(plan, 's-part');
      return r.organisations.map((o) => o.logisticsMinor - Math.round(o.kg * 80));
    };
    // Population 30,000 : 10,000 → 750,000.75 : 250,000.25 → largest remainder 750,001 : 250,000.
    expect(split('population')).toEqual([750_001, 250_000]);
    // Meals 1 : 2 → 333,333.67 : 666,667.33 → 333,334 : 666,667.
    expect(split('meals')).toEqual([333_334, 666_667]);
    // Fixed part 30 %: round(300,000.3) = 300,000 split equally, 700,001 by meals (1 : 2):
    // 150,000 + 233,334 and 150,000 + 466,667.
    expect(split('fixed_plus_variable', 0.3)).toEqual([383_334, 616_667]);
    const byValue = split('value');
    expect(byValue[0]! + byValue[1]!).toBe(1_000_001);
  });

  it('non-members buy alone and pay no fee', () => {
    const plan = partnershipPlan();
    plan.scenarios[0]!.partnership.memberIds = ['m1'];
    plan.scenarios[0]!.partnership.fees = [{ organisationId: 'm1', tier: 'full' }];
    const r = evaluate(plan, 's-part');
    const m2 = r.organisations.find((o) => o.organisationId === 'm2')!;
    expect(m2).toMatchObject({ foodMinor: 6_371_591, logisticsMinor: 127_432, tenderingMinor: 1_000_000, feesMinor: 0 });
  });

  it('scarce local capacity is rationed pro rata, in equal shares or by priority', () => {
    const plan = partnershipPlan('municipal');
    plan.kitchens[1]!.meals.lunch = 300; // m2: 1,911.48 kg, m1: 637.16 kg
    plan.suppliers.push(supplier('farm', { regionCode: 'A' }));
    plan.offers.push(offer('o-farm', 'farm', 'red_meat', 12_000, { capacityKg: 100, origin: { country: 'SE', regionCode: 'A' } }));
    plan.scenarios[0]!.localTarget = { basis: 'weight', points: [{ year: 2026, share: 0.2 }], categories: [] };
    const local = (rule: 'pro_rata' | 'equal' | 'priority', priorityIds: string[] = []) => {
      plan.scenarios[0]!.rationing = rule;
      plan.scenarios[0]!.priorityIds = priorityIds;
      return evaluate(plan, 's-part').categories.map((c) => c.localKg);
    };
    // Needs 0.2 × 637.16 = 127.43 and 0.2 × 1,911.48 = 382.30 kg for 100 kg of capacity:
    // pro rata 25 : 75; equal 50 : 50; priority to m2: 0 : 100.
    const [a, b] = local('pro_rata');
    expect(a).toBeCloseTo(25, 9);
    expect(b).toBeCloseTo(75, 9);
    expect(local('equal').map((x) => Math.round(x * 1e9) / 1e9)).toEqual([50, 50]);
    expect(local('priority', ['m2']).map((x) => Math.round(x * 1e9) / 1e9)).toEqual([0, 100]);
  });

  it('joining a joint framework after its join-by date is warned about when the partnership pools its category', () => {
    const plan = partnershipPlan();
    plan.contracts = [
      { id: 'ski', name: 'Joint framework', buyerIds: ['m1'], supplierId: 'wholesale', categoryIds: ['red_meat'], start: '2026-03-01', initialEnd: '2028-02-29', extensions: [], leadTimeMonths: 12, joinByDate: '2025-06-01' },
    ];
    const r = evaluate(plan, 's-part');
    expect(r.warnings.find((w) => w.code === 'joinByPassed')!.params).toMatchObject({ contractId: 'ski', joinByDate: '2025-06-01', categories: 'red_meat' });
  });
});
