/**
 * The Danish partnership demo's headline figures, pinned with their arithmetic (docs/demos.md §8).
 * Money is in øre; shares are fractions.
 */
import { describe, expect, it } from 'vitest';
import { costPerMeal, evaluateAll, localShareValue } from '../../../shared/engine';
import { DK_CAPACITY_SHARE, danishPartnership } from '../../../shared/demos/danishPartnership';
import { categoryKgOf, expectClose, mealsPerDayOf, orgLocal } from './helpers';

const plan = danishPartnership.build();
const results = evaluateAll(plan);
const byId = new Map(results.map((r) => [r.scenarioId, r]));
const alone = byId.get('dk-alone')!;
const partnership = byId.get('dk-partnership')!;
const hub = byId.get('dk-partnership-hub')!;

describe('Danish partnership: meals', () => {
  it('serves 46,825.87 lunch-equivalents on a school day', () => {
    // Populations 64,000 + 72,800 + 59,300 + 54,500 + 56,000 + 90,300 = 396,900. People, rounded
    // per municipality: pupils with a lunch scheme 10,915 (2.75 %), daycare children 21,831
    // (5.5 %), nursing-home residents 2,779 (0.7 %), home meals 1,986 (0.5 %); hospital beds
    // round(72,800 × 0.24 %) + round(90,300 × 0.24 %) = 175 + 217 = 392.
    // 10,915 × 0.75 + 21,831 × 1.6 × 0.85 + 2,779 × 2.2 + 1,986 + 392 × 2.55 × 0.85
    //   = 8,186.25 + 29,690.16 + 6,113.8 + 1,986 + 849.66 = 46,825.87.
    expect(mealsPerDayOf(plan)).toBeCloseTo(46_825.87, 6);
  });

  it('serves 11,732,539.7 meals in 2027 and 70,413,137.12 over 2027–2032', () => {
    // 8,186.25 × 200 school days + 29,690.16 × 230 + (6,113.8 + 1,986 + 849.66) × 365
    //   = 1,637,250 + 6,828,736.8 + 3,266,552.9 = 11,732,539.7.
    expect(alone.totals[0]!.meals).toBeCloseTo(11_732_539.7, 4);
    // 6 × 11,732,539.7 + the leap days of 2028 and 2032: 2 × 8,949.46 = 70,413,137.12.
    expect(alone.horizon.meals).toBeCloseTo(70_413_137.12, 4);
  });
});

describe('Danish partnership: money and shares', () => {
  it('spends 141,707,878.02 DKK on food in 2027 when each municipality buys alone', () => {
    // About 11.73 M meals × 0.516 kg a meal (no lunch milk in Danish schools) ≈ 6.05 M kg at
    // ≈ 23.4 DKK/kg ≈ 12.08 DKK of food a meal.
    expect(alone.totals[0]!.foodMinor).toBe(14_170_787_802);
  });

  it.each([
    // [scenario, horizon total øre, cost per meal øre, local share by value, budget gap øre]
    // Cost per meal = total / 70,413,137.12 meals.
    ['dk-alone', 99_034_505_239, 1406.4777, 0.0679, 2_552_005_239],
    ['dk-partnership', 98_524_541_779, 1399.2352, 0.0684, 2_042_041_779],
    ['dk-partnership-hub', 101_012_987_801, 1434.5759, 0.0807, 4_530_487_801],
  ] as const)('%s: total %d øre, %d øre a meal, local %d, budget gap %d øre', (id, total, perMeal, local, gap) => {
    const r = byId.get(id)!;
    expect(r.horizon.totalMinor).toBe(total);
    expect(costPerMeal(r.horizon)!).toBeCloseTo(perMeal, 4);
    expect(localShareValue(r.horizon)!).toBeCloseTo(local, 4);
    expect(r.horizon.budgetMinor).toBe(96_482_500_000);
    expect(r.horizon.gapMinor).toBe(gap);
  });

  it('charges the fees, tenders fewer lots and adds the hubs’ fixed cost', () => {
    // Fees: 4 full × 275,000 + 2 group × 100,000 = 1,300,000 DKK a year, 7,800,000 over six years.
    expect(partnership.horizon.feesMinor).toBe(780_000_000);
    // Lots a year: alone 7 buyers × 13 = 91; together 6 × 6 unpooled + 13 (region) + 7 pooled = 56.
    // One lot costs 16,250 DKK / 4 years = 4,062.50 DKK a year.
    expect(alone.horizon.tenderingMinor).toBe(91 * 406_250 * 6);
    expect(partnership.horizon.tenderingMinor).toBe(56 * 406_250 * 6);
    // Hubs: handling 0.52 + delivery 0.78 = 1.30 DKK/kg, the same as direct delivery, so the hubs
    // add only their fixed cost: 4 × 975,000 DKK a year × 6 = 23,400,000 DKK.
    expect(hub.horizon.logisticsMinor - partnership.horizon.logisticsMinor).toBe(2_340_000_000);
  });
});

describe('Danish partnership: derived inputs follow their stated rules', () => {
  it('sets capacities as stated shares of the 2027 demand of the region’s buyers', () => {
    const kgIn = (region: string, categoryId: string) =>
      plan.organisations.filter((o) => o.regionCode === region).reduce((s, o) => s + categoryKgOf(alone, o.id, categoryId, 2027), 0);
    const cap = (offerId: string) => plan.offers.find((o) => o.id === offerId)!.capacityKg;
    const tonnes = (x: number) => Math.round(x / 1000) * 1000;
    expect(cap('dk-west-meat')).toBe(tonnes(kgIn('1082', 'red_meat') * DK_CAPACITY_SHARE.westMeat));
    expect(cap('dk-hirtshals-fish')).toBe(tonnes(kgIn('1081', 'fish') * DK_CAPACITY_SHARE.hirtshalsFish));
    expect(cap('dk-zealand-bread')).toBe(tonnes(kgIn('1085', 'bread') * DK_CAPACITY_SHARE.zealandBread));
  });

  it('sets budgets at the buying-alone 2027 cost × 1.02, +2 % a year, in whole thousands', () => {
    for (const row of alone.organisations.filter((o) => o.year === 2027)) {
      const budget = plan.budgets.find((b) => b.organisationId === row.organisationId && b.year === 2030)!;
      expect(budget.amountMinor, row.organisationId).toBe(Math.round((row.totalMinor * 1.02 * 1.02 ** 3) / 100_000) * 100_000);
    }
  });
});

describe('Danish partnership: the note', () => {
  const f = danishPartnership.noteFigures(plan);

  it('quotes figures recomputed here from the engine', () => {
    const years = 6;
    const expected: Record<string, number> = {
      mealsPerDay: Math.round(mealsPerDayOf(plan)),
      costPerMealAlone: costPerMeal(alone.horizon)!,
      costPerMealPartnership: costPerMeal(partnership.horizon)!,
      costPerMealHub: costPerMeal(hub.horizon)!,
      feesPerYear: partnership.horizon.feesMinor / years,
      feesPerMeal: partnership.horizon.feesMinor / partnership.horizon.meals,
      partnershipSavingPerYear: (alone.horizon.totalMinor - partnership.horizon.totalMinor) / years,
      discountGainPerYear: (partnership.horizon.discountMinor - alone.horizon.discountMinor) / years,
      hubExtraCostPerYear: (hub.horizon.totalMinor - partnership.horizon.totalMinor) / years,
      localShareAlone: localShareValue(alone.horizon)!,
      localSharePartnership: localShareValue(partnership.horizon)!,
      localShareHub: localShareValue(hub.horizon)!,
      localShareHvidovrePartnership: orgLocal(partnership, 'dk-hvidovre', 'value'),
      localShareHolstebroPartnership: orgLocal(partnership, 'dk-holstebro', 'value'),
      localShareHolstebroHub: orgLocal(hub, 'dk-holstebro', 'value'),
      budgetGapAlone: alone.horizon.gapMinor!,
      budgetGapPartnership: partnership.horizon.gapMinor!,
      budgetGapHub: hub.horizon.gapMinor!,
    };
    expect(Object.keys(f).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) expectClose(f[name]!, value, name);
  });

  it('says what the figures say', () => {
    // "… {{partnershipSavingPerYear}} a year less, even after {{feesPerYear}} … because the joint
    // volume earns {{discountGainPerYear}} a year more in volume discounts".
    expect(f.costPerMealPartnership!).toBeLessThan(f.costPerMealAlone!);
    expect(f.partnershipSavingPerYear!).toBeGreaterThan(0);
    expect(f.discountGainPerYear!).toBeGreaterThan(f.feesPerYear!);
    // "Buying together does not by itself bring more local food" (within one percentage point);
    // "almost no producers in Hvidovre's region" (under 1 %).
    expect(Math.abs(f.localSharePartnership! - f.localShareAlone!)).toBeLessThan(0.01);
    expect(f.localShareHvidovrePartnership!).toBeLessThan(0.01);
    // "Four shared food hubs … lift the local share … but … add {{hubExtraCostPerYear}} a year".
    expect(f.localShareHub!).toBeGreaterThan(f.localSharePartnership!);
    expect(f.localShareHolstebroHub!).toBeGreaterThan(f.localShareHolstebroPartnership!);
    expect(f.hubExtraCostPerYear!).toBeGreaterThan(0);
    expect(f.costPerMealHub!).toBeGreaterThan(f.costPerMealPartnership!);
    // "Budgets … are exceeded in every scenario".
    expect(f.budgetGapAlone!).toBeGreaterThan(0);
    expect(f.budgetGapPartnership!).toBeGreaterThan(0);
    expect(f.budgetGapHub!).toBeGreaterThan(0);
  });
});
