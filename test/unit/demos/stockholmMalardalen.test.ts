/**
 * The Stockholm–Mälardalen demo's headline figures, pinned with their arithmetic, so that an
 * engine or data change that moves them is noticed and explained (docs/demos.md §8). Money is in
 * öre; shares are fractions.
 */
import { describe, expect, it } from 'vitest';
import { costPerMeal, evaluateAll, localShareValue } from '../../../shared/engine';
import { SE_CAPACITY_SHARE, stockholmMalardalen } from '../../../shared/demos/stockholmMalardalen';
import { categoryKgOf, expectClose, localKgOf, mealsPerDayOf, orgLocal } from './helpers';

const plan = stockholmMalardalen.build();
const results = evaluateAll(plan);
const byId = new Map(results.map((r) => [r.scenarioId, r]));
const municipal = byId.get('se-municipal')!;
const joint = byId.get('se-joint')!;
const jointLocal = byId.get('se-joint-local')!;

describe('Stockholm–Mälardalen: meals', () => {
  it('serves 30,325.36 lunch-equivalents on a school day', () => {
    // Populations 101,000 + 11,600 + 17,300 + 11,300 + 14,100 = 155,300. People, rounded per
    // municipality: pupils 17,083 (11 %), preschool children 7,765 (5 %), nursing-home residents
    // 1,242 (0.8 %), home meals 715 (0.46 %); hospital beds round(155,300 × 0.28 %) = 435.
    // 17,083 × 0.9 + 7,765 × 1.6 × 0.85 + 1,242 × 2.2 + 715 + 435 × 2.55 × 0.85
    //   = 15,374.7 + 10,560.4 + 2,732.4 + 715 + 942.8625 = 30,325.3625.
    expect(mealsPerDayOf(plan)).toBeCloseTo(30_325.3625, 6);
  });

  it('serves 6,768,034.41 meals in 2027 and 40,616,987 over 2027–2032', () => {
    // School 15,374.7 × 178 + preschool 10,560.4 × 230 + (2,732.4 + 715 + 942.8625) × 365
    //   = 2,736,696.6 + 2,428,892 + 1,602,445.8125 = 6,768,034.4125 (2027 has 365 days).
    expect(municipal.totals[0]!.meals).toBeCloseTo(6_768_034.4125, 4);
    // Six such years plus the leap days of 2028 and 2032 for the every-day kitchens:
    // 6 × 6,768,034.4125 + 2 × 4,390.2625 = 40,616,987.
    expect(municipal.horizon.meals).toBeCloseTo(40_616_987, 4);
  });
});

describe('Stockholm–Mälardalen: money and shares', () => {
  it('spends 128,135,664.70 SEK on food in 2027 when each municipality procures alone', () => {
    // About 6.77 M meals × 0.577 kg a meal ≈ 3.9 M kg at ≈ 32.8 SEK/kg (2024 midpoints × 1.02³,
    // organic at 35 % of value while the 2024 contracts run) ≈ 18.93 SEK of food a meal.
    expect(municipal.totals[0]!.foodMinor).toBe(12_813_566_470);
  });

  it.each([
    // [scenario, horizon total öre, cost per meal öre, local share by value, budget gap öre]
    // Cost per meal = total / 40,616,987 meals; local share = local value / food value.
    ['se-municipal', 90_630_214_220, 2231.3377, 0.1123, 2_841_914_220],
    ['se-joint', 89_992_830_368, 2215.6452, 0.1142, 2_204_530_368],
    ['se-joint-local', 90_124_997_535, 2218.8991, 0.1318, 2_336_697_535],
  ] as const)('%s: total %d öre, %d öre a meal, local %d, budget gap %d öre', (id, total, perMeal, local, gap) => {
    const r = byId.get(id)!;
    expect(r.horizon.totalMinor).toBe(total);
    expect(costPerMeal(r.horizon)!).toBeCloseTo(perMeal, 4);
    expect(localShareValue(r.horizon)!).toBeCloseTo(local, 4);
    // Budgets: 877,887,000 SEK over six years in every scenario (see the budget rule below).
    expect(r.horizon.budgetMinor).toBe(87_788_300_000);
    expect(r.horizon.gapMinor).toBe(gap);
  });

  it('tenders 46 lots a year together instead of 78 alone', () => {
    // Alone each of 6 buyers tenders its 13 categories (the region its 13): 78 lots × 25,000 SEK
    // / 4 years = 487,500 SEK a year. Together the 8 pooled categories are one lot each: 5 × 5 + 13
    // (region) + 8 = 46 lots, 287,500 SEK a year. Over six years 2,925,000 − 1,725,000 SEK.
    expect(municipal.horizon.tenderingMinor).toBe(292_500_000);
    expect(joint.horizon.tenderingMinor).toBe(172_500_000);
    expect(joint.horizon.logisticsMinor).toBe(municipal.horizon.logisticsMinor);
  });
});

describe('Stockholm–Mälardalen: derived inputs follow their stated rules', () => {
  it('sets local capacities as stated shares of the 2027 demand, in whole tonnes', () => {
    const kg = (categoryId: string) => plan.organisations.reduce((s, o) => s + categoryKgOf(municipal, o.id, categoryId, 2027), 0);
    const cap = (offerId: string) => plan.offers.find((o) => o.id === offerId)!.capacityKg;
    const tonnes = (x: number) => Math.round(x / 1000) * 1000;
    expect(cap('se-dairy-milk')).toBe(tonnes(kg('milk') * SE_CAPACITY_SHARE.dairyMilk));
    expect(cap('se-meat-red')).toBe(tonnes(kg('red_meat') * SE_CAPACITY_SHARE.meat));
    expect(cap('se-grower-vegetables')).toBe(tonnes(kg('vegetables') * SE_CAPACITY_SHARE.vegetables));
    expect(cap('se-mill-legumes')).toBe(tonnes(kg('legumes') * SE_CAPACITY_SHARE.millLegumes));
  });

  it('sets budgets at the municipal scenario’s 2027 cost × 1.02, +2 % a year, in whole thousands', () => {
    for (const row of municipal.organisations.filter((o) => o.year === 2027)) {
      for (let i = 0; i < 6; i++) {
        const budget = plan.budgets.find((b) => b.organisationId === row.organisationId && b.year === 2027 + i)!;
        expect(budget.amountMinor, `${row.organisationId} ${2027 + i}`).toBe(Math.round((row.totalMinor * 1.02 * 1.02 ** i) / 100_000) * 100_000);
      }
    }
  });
});

describe('Stockholm–Mälardalen: the note', () => {
  const f = stockholmMalardalen.noteFigures(plan);

  it('quotes figures recomputed here from the engine', () => {
    const years = 6;
    const expected: Record<string, number> = {
      mealsPerDay: Math.round(mealsPerDayOf(plan)),
      costPerMealMunicipal: costPerMeal(municipal.horizon)!,
      costPerMealJoint: costPerMeal(joint.horizon)!,
      costPerMealJointLocal: costPerMeal(jointLocal.horizon)!,
      jointSavingPerYear: (municipal.horizon.totalMinor - joint.horizon.totalMinor) / years,
      jointDiscountGainPerYear: (joint.horizon.discountMinor - municipal.horizon.discountMinor) / years,
      jointTenderingSavingPerYear: (municipal.horizon.tenderingMinor - joint.horizon.tenderingMinor) / years,
      localShareMunicipal: localShareValue(municipal.horizon)!,
      localShareJoint: localShareValue(joint.horizon)!,
      localShareJointLocal: localShareValue(jointLocal.horizon)!,
      localShareGnestaMunicipal: orgLocal(municipal, 'se-gnesta', 'value'),
      localShareGnestaJoint: orgLocal(joint, 'se-gnesta', 'value'),
      localShareSodertaljeMunicipal: orgLocal(municipal, 'se-sodertalje', 'value'),
      localShareSodertaljeJoint: orgLocal(joint, 'se-sodertalje', 'value'),
      unmetLocalKgLastYear: jointLocal.totals.find((t) => t.year === 2032)!.unmetLocalKg,
      budgetGapMunicipal: municipal.horizon.gapMinor!,
      budgetGapJoint: joint.horizon.gapMinor!,
      budgetGapJointLocal: jointLocal.horizon.gapMinor!,
    };
    expect(Object.keys(f).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) expectClose(f[name]!, value, name);
  });

  it('says what the figures say', () => {
    // "… pay {{costPerMealJoint}} … against {{costPerMealMunicipal}}: {{jointSavingPerYear}} a year
    // less, mostly from volume discounts and the rest from fewer tenders".
    expect(f.costPerMealJoint!).toBeLessThan(f.costPerMealMunicipal!);
    expect(f.jointSavingPerYear!).toBeGreaterThan(0);
    expect(f.jointDiscountGainPerYear!).toBeGreaterThan(f.jointTenderingSavingPerYear!);
    expect(f.jointTenderingSavingPerYear!).toBeGreaterThan(0);
    // "The local share by value barely moves" (less than one percentage point).
    expect(Math.abs(f.localShareJoint! - f.localShareMunicipal!)).toBeLessThan(0.01);
    // "Gnesta rises … because together the municipalities reach the slaughterhouse's minimum
    // volume": Gnesta buys no local red meat alone (under 20 t a year), some together.
    expect(f.localShareGnestaJoint!).toBeGreaterThan(f.localShareGnestaMunicipal!);
    expect(categoryKgOf(municipal, 'se-gnesta', 'red_meat', 2030)).toBeLessThan(20_000);
    expect(localKgOf(municipal, 'se-gnesta', 'red_meat')).toBe(0);
    expect(localKgOf(joint, 'se-gnesta', 'red_meat')).toBeGreaterThan(0);
    // "… while Södertälje goes from … to …" (down: the scarce capacity is shared among five).
    expect(f.localShareSodertaljeJoint!).toBeLessThan(f.localShareSodertaljeMunicipal!);
    expect(localKgOf(joint, 'se-sodertalje', 'red_meat')).toBeLessThan(localKgOf(municipal, 'se-sodertalje', 'red_meat'));
    // "With a higher local target and the new mill, the local share reaches …, yet … cannot deliver".
    expect(f.localShareJointLocal!).toBeGreaterThan(f.localShareJoint!);
    expect(f.unmetLocalKgLastYear!).toBeGreaterThan(0);
    // "Budgets … do not hold …: exceeded by … alone, … together and … with the higher target".
    expect(f.budgetGapMunicipal!).toBeGreaterThan(0);
    expect(f.budgetGapJoint!).toBeGreaterThan(0);
    expect(f.budgetGapJointLocal!).toBeGreaterThan(0);
  });
});
