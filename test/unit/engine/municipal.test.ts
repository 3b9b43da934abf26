/**
 * The municipal scenario, computed by hand. One Swedish municipality 'm1' (region '01'), one
 * school kitchen of 100 lunches a day, one category (red meat, 35 g a portion, 12 % waste), a
 * wholesaler at 100 SEK/kg and a local farm at 120 SEK/kg with 200 kg a year.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, localShareValue, localShareWeight } from '../../../shared/engine';
import type { Plan } from '../../../shared/model/types';
import { offer, org, scenario, smallPlan, supplier } from '../../fixtures/smallPlan';

function handPlan(over: Partial<Plan['scenarios'][number]> = {}): Plan {
  const base = smallPlan();
  return smallPlan({
    meta: { ...base.meta, deliveryCostPerKgMinor: 200, transportKgCo2ePerTonneKm: 0.429 },
    organisations: [org('m1', { code: '0181', regionCode: '01', population: 100_000 })],
    suppliers: [supplier('wholesale', { distanceKm: 300 }), supplier('farm', { regionCode: '01', distanceKm: 20 })],
    offers: [
      offer('o-wholesale', 'wholesale', 'red_meat', 10_000),
      offer('o-farm', 'farm', 'red_meat', 12_000, { capacityKg: 200, origin: { country: 'SE', regionCode: '01' } }),
    ],
    budgets: [{ id: 'b1', organisationId: 'm1', year: 2026, amountMinor: 10_000_000 }],
    scenarios: [scenario('s-muni', 'municipal', { tenderCostMinor: 15_000_000, contractYears: 4, ...over })],
  });
}

const weightTarget = (share: number) => ({ basis: 'weight' as const, points: [{ year: 2026, share }], categories: [] });

describe('municipal scenario, by hand', () => {
  it('meals are lunch-equivalents × service days × attendance, and kg are grams bought for them', () => {
    const r = evaluate(handPlan(), 's-muni');
    const o = r.organisations[0]!;
    // 100 lunches × 178 school days × 0.9 attendance = 16,020 meals.
    expect(o.meals).toBe(16_020);
    // 16,020 × 35 g / 1000 / (1 − 0.12) = 637.159 kg purchased.
    expect(o.kg).toBeCloseTo(637.1590909, 6);
    // No target: all from the cheapest offer, 637.159 kg × 10,000 öre = 6,371,591 öre.
    expect(o.foodMinor).toBe(6_371_591);
  });

  it('a weight target takes the local kg it asks for and the rest from the cheapest offer', () => {
    const r = evaluate(handPlan({ localTarget: weightTarget(0.2) }), 's-muni');
    const o = r.organisations[0]!;
    // Need 0.2 × 637.159 = 127.432 kg from the farm at 120 SEK/kg, 509.727 kg at 100 SEK/kg:
    // 127.432 × 12,000 + 509.727 × 10,000 = 1,529,181.8 + 5,097,272.7 = 6,626,454.5 → 6,626,455 öre.
    expect(o.foodMinor).toBe(6_626_455);
    expect(o.localValueMinor).toBe(1_529_182);
    expect(localShareWeight(o)).toBeCloseTo(0.2, 12);
    // Logistics: 637.159 kg × 200 öre = 127,432. Tendering: one lot, 15,000,000 / 4 years = 3,750,000.
    expect(o.logisticsMinor).toBe(127_432);
    expect(o.tenderingMinor).toBe(3_750_000);
    // Total 6,626,455 + 127,432 + 3,750,000 = 10,503,887; over the 10,000,000 budget by 503,887.
    expect(o.totalMinor).toBe(10_503_887);
    expect(o.gapMinor).toBe(503_887);
    expect(r.warnings.some((w) => w.code === 'budgetExceeded' && w.params.gapMinor === 503_887)).toBe(true);
    // CO2e: food 637.159 × 16 = 10,194.5 kg; transport (127.432 kg × 20 km + 509.727 kg × 300 km)
    // / 1000 × 0.429 = 66.695 kg.
    expect(o.co2eFoodKg).toBeCloseTo(10_194.545454, 5);
    expect(o.co2eTransportKg).toBeCloseTo(66.695265, 5);
    // The farm is local and its origin known; the wholesaler's origin is unknown: coverage = 20 % by weight.
    expect(o.knownOriginKg).toBeCloseTo(127.431818, 5);
  });

  it('a value target is met by value: local spend reaches τ of the food bill', () => {
    const r = evaluate(handPlan({ localTarget: { basis: 'value', points: [{ year: 2026, share: 0.25 }], categories: [] } }), 's-muni');
    const o = r.organisations[0]!;
    // x kg local so that 0.75 × 12,000 x = 0.25 × 10,000 (637.159 − x)  →  x = 138.513 kg;
    // food = 138.513 × 12,000 + 498.646 × 10,000 = 6,648,617; local = 1,662,154.
    expect(o.foodMinor).toBe(6_648_617);
    expect(o.localValueMinor).toBe(1_662_154);
    expect(localShareValue(o)).toBeCloseTo(0.25, 6);
  });

  it('local demand no capacity can serve is reported as unmet, with a warning', () => {
    const r = evaluate(handPlan({ localTarget: weightTarget(0.5) }), 's-muni');
    const c = r.categories[0]!;
    // Need 0.5 × 637.159 = 318.580 kg; the farm has 200 kg: 118.580 kg unmet.
    expect(c.localKg).toBeCloseTo(200, 9);
    expect(c.unmetLocalKg).toBeCloseTo(118.5795454, 6);
    expect(r.offers.find((u) => u.offerId === 'o-farm')!.allocatedKg).toBeCloseTo(200, 9);
    const w = r.warnings.find((x) => x.code === 'localCapacityShortfall')!;
    expect(w.params).toMatchObject({ categoryId: 'red_meat', year: 2026, organisations: 1 });
    expect(w.refs).toContainEqual({ table: 'foodCategories', id: 'red_meat' });
    const t = r.trajectory.find((x) => x.measure === 'local' && x.categoryId === 'red_meat')!;
    expect(t.targetShare).toBe(0.5);
    expect(t.achievedShare).toBeCloseTo(200 / 637.1590909, 9);
  });

  it('a running contract holds the local share back until a new supplier can take over', () => {
    const plan = handPlan({ localTarget: weightTarget(0.6) });
    plan.offers[1]!.capacityKg = 1_000;
    plan.contracts = [
      { id: 'ct1', name: 'Meat', buyerIds: ['m1'], supplierId: 'wholesale', categoryIds: ['red_meat'], start: '2024-07-01', initialEnd: '2026-06-30', extensions: [], leadTimeMonths: 6 },
    ];
    const r = evaluate(plan, 's-muni');
    // Bound 181 of 365 days of 2026 (to 2026-06-30): 0.49589 × 637.159 = 315.961 kg from the
    // wholesaler; the 321.198 kg left can all be local: 321.198 / 637.159 = 0.5041 < 0.6.
    const t = r.trajectory.find((x) => x.measure === 'local' && x.categoryId === 'red_meat')!;
    expect(t.achievedShare).toBeCloseTo(0.5041095890, 9);
    expect(t.heldBackBy).toEqual(['ct1']);
    expect(r.categories[0]!.unmetLocalKg).toBe(0);
    expect(r.warnings.some((w) => w.code === 'contractHoldsBack' && w.params.contracts === 'ct1')).toBe(true);
    // latestTenderStart = 2026-07-01 − 6 months; a new supplier from the day after the end.
    expect(r.contracts[0]).toMatchObject({ plannedEnd: '2026-06-30', latestTenderStart: '2026-01-01', newSupplierFrom: '2026-07-01' });
  });

  it('contract options: planned end with the used options, decide-by dates, and the 48-month warning', () => {
    const plan = handPlan();
    plan.contracts = [
      {
        id: 'ct1',
        name: 'Meat 2+1+1',
        buyerIds: ['m1'],
        supplierId: 'wholesale',
        categoryIds: ['red_meat'],
        start: '2025-07-01',
        initialEnd: '2027-06-30',
        extensions: [
          { months: 12, noticeMonths: 9, use: true },
          { months: 12, noticeMonths: 9, use: false },
          { months: 1, noticeMonths: 1, use: true },
        ],
        leadTimeMonths: 10,
      },
    ];
    const r = evaluate(plan, 's-muni');
    expect(r.contracts[0]).toEqual({
      contractId: 'ct1',
      start: '2025-07-01',
      initialEnd: '2027-06-30',
      // Only the leading used options count: the third is after an unused one.
      plannedEnd: '2028-06-30',
      maxEnd: '2029-07-31',
      options: [
        { index: 0, optionStart: '2027-07-01', decideBy: '2026-10-01' },
        { index: 1, optionStart: '2028-07-01', decideBy: '2027-10-01' },
        { index: 2, optionStart: '2029-07-01', decideBy: '2029-06-01' },
      ],
      latestTenderStart: '2027-09-01',
      newSupplierFrom: '2028-07-01',
    });
    // 2025-07-01 + 48 months = 2029-07-01, and the options run to 2029-07-31.
    expect(r.warnings.some((w) => w.code === 'frameworkOver48Months' && w.params.contractId === 'ct1')).toBe(true);
  });

  it('a purchase above a threshold valid in the year is reported per buyer, category and year', () => {
    const plan = handPlan();
    plan.kitchens[0]!.meals.lunch = 2_000;
    plan.thresholds = [
      { id: 'se-direct-award', country: 'SE', kind: 'direct_award', amountMinor: 70_000_000, currency: 'SEK', validFrom: '2022-02-01', source: '' },
      { id: 'se-eu-2024', country: 'SE', kind: 'eu_sub_central_goods_services', amountMinor: 238_958_500, currency: 'SEK', validFrom: '2024-01-01', validTo: '2025-12-31', source: '' },
    ];
    const r = evaluate(plan, 's-muni');
    // 2,000 lunches: 12,743.18 kg × 10,000 öre = 127,431,818 öre: above the 700,000 SEK direct
    // award limit, below the EU threshold (carried forward from 2024–2025).
    expect(r.thresholds).toEqual([
      { buyerId: 'm1', categoryId: 'red_meat', year: 2026, thresholdId: 'se-direct-award', valueMinor: 127_431_818, amountMinor: 70_000_000 },
    ]);
    expect(r.warnings.find((w) => w.code === 'thresholdCrossed')!.params).toMatchObject({ buyerId: 'm1', thresholdId: 'se-direct-award', firstYear: 2026 });
  });

  it('excluded suppliers are left out and candidates only count when included', () => {
    const plan = handPlan();
    plan.suppliers.push(supplier('newcomer'));
    plan.offers.push(offer('o-new', 'newcomer', 'red_meat', 9_000, { candidate: true }));
    expect(evaluate(plan, 's-muni').organisations[0]!.foodMinor).toBe(6_371_591);
    plan.scenarios[0]!.includedCandidateIds = ['newcomer'];
    // 637.159 kg × 9,000 = 5,734,432.
    expect(evaluate(plan, 's-muni').organisations[0]!.foodMinor).toBe(5_734_432);
    plan.scenarios[0]!.excludedSupplierIds = ['newcomer', 'wholesale'];
    // Only the farm is left: 200 kg; the rest is uncovered and warned about.
    const r = evaluate(plan, 's-muni');
    expect(r.categories[0]!.uncoveredKg).toBeCloseTo(437.159090, 5);
    expect(r.warnings.some((w) => w.code === 'uncoveredDemand')).toBe(true);
  });

  it('a fixed share sends that share of the demand to the supplier', () => {
    const r = evaluate(handPlan({ fixedShares: [{ supplierId: 'farm', categoryId: 'red_meat', share: 0.1 }] }), 's-muni');
    // 0.1 × 637.159 = 63.716 kg at 12,000 + 573.443 kg at 10,000 = 764,591 + 5,734,432 = 6,499,023.
    expect(r.organisations[0]!.foodMinor).toBe(6_499_023);
    expect(r.offers.find((u) => u.offerId === 'o-farm')!.allocatedKg).toBeCloseTo(63.7159090, 6);
  });
});
