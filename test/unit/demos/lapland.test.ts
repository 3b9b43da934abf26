/**
 * The Lapland demo's headline figures, pinned with their arithmetic (docs/demos.md §8). Money is
 * in cents; shares are fractions (by weight, the Finnish basis).
 */
import { describe, expect, it } from 'vitest';
import { costPerMeal, evaluateAll, localShareWeight } from '../../../shared/engine';
import { FI_CAPACITY_SHARE, lapland } from '../../../shared/demos/lapland';
import { categoryKgOf, expectClose, localKgOf, mealsPerDayOf, orgLocal } from './helpers';

const plan = lapland.build();
const results = evaluateAll(plan);
const byId = new Map(results.map((r) => [r.scenarioId, r]));
const municipal = byId.get('fi-municipal')!;
const regional = byId.get('fi-regional')!;
const partnership = byId.get('fi-partnership')!;

describe('Lapland: organisations and meals', () => {
  it('has the 21 municipalities of the reference data and the wellbeing services county', () => {
    const munis = plan.organisations.filter((o) => o.kind === 'municipality');
    expect(munis).toHaveLength(21);
    // The reference populations (7 verified, 14 estimates) add up to 176,485; the verified
    // total at the end of 2023, 176,134, is the county's.
    expect(munis.reduce((s, o) => s + o.population!, 0)).toBe(176_485);
    const county = plan.organisations.find((o) => o.kind === 'region')!;
    expect([county.id, county.regionKind, county.population]).toEqual(['fi-lapha', 'fi_wellbeing_county', 176_134]);
    for (const o of munis) expect([o.regionCode, o.parentRegionId]).toEqual(['19', 'fi-lapha']);
  });

  it('serves 31,785.31 lunch-equivalents on a school day', () => {
    // People, rounded per municipality: pupils 17,649 (10 %), children 7,945 (4.5 %), elderly-care
    // residents 1,587 (0.9 %), home meals 458 (0.26 %); beds 0.3 % of each central hospital's
    // catchment: round(115,394 × 0.003) + round(61,091 × 0.003) = 346 + 183 = 529.
    // 17,649 × 0.9 + 7,945 × 1.6 × 0.85 + 1,587 × 2.2 + 458 + 529 × 2.55 × 0.85
    //   = 15,884.1 + 10,805.2 + 3,491.4 + 458 + 1,146.6075 = 31,785.3075.
    expect(mealsPerDayOf(plan)).toBeCloseTo(31_785.3075, 6);
  });

  it('serves 7,331,449.54 meals in 2027 and 43,998,889.24 over 2027–2032', () => {
    // 15,884.1 × 188 school days + 10,805.2 × 230 + (3,491.4 + 458 + 1,146.6075) × 365
    //   = 2,986,210.8 + 2,485,196 + 1,860,042.7375 = 7,331,449.5375.
    expect(municipal.totals[0]!.meals).toBeCloseTo(7_331_449.5375, 4);
    // 6 × 7,331,449.5375 + the leap days of 2028 and 2032: 2 × 5,096.0075 = 43,998,889.24.
    expect(municipal.horizon.meals).toBeCloseTo(43_998_889.24, 4);
  });
});

describe('Lapland: money and shares', () => {
  it('spends 11,917,860.80 EUR on food in 2027 in the municipal model', () => {
    // About 7.33 M meals × 0.591 kg a meal ≈ 4.33 M kg at ≈ 2.75 EUR/kg ≈ 1.63 EUR of food a meal.
    expect(municipal.totals[0]!.foodMinor).toBe(1_191_786_080);
  });

  it.each([
    // [scenario, horizon total cents, cost per meal cents, local share by weight, budget gap cents]
    // Cost per meal = total / 43,998,889.24 meals.
    ['fi-municipal', 8_449_904_389, 192.0481, 0.0696, 194_604_389],
    ['fi-regional', 8_429_642_913, 191.5876, 0.0679, 174_342_913],
    ['fi-partnership', 8_218_005_856, 186.7776, 0.0924, -37_294_144],
  ] as const)('%s: total %d cents, %d cents a meal, local %d, budget gap %d cents', (id, total, perMeal, local, gap) => {
    const r = byId.get(id)!;
    expect(r.horizon.totalMinor).toBe(total);
    expect(costPerMeal(r.horizon)!).toBeCloseTo(perMeal, 4);
    expect(localShareWeight(r.horizon)!).toBeCloseTo(local, 4);
    expect(r.horizon.budgetMinor).toBe(8_255_300_000);
    expect(r.horizon.gapMinor).toBe(gap);
  });

  it('tenders 13 lots a year together instead of 286', () => {
    // Alone or regional: 22 buyers × 13 categories = 286 lots; one lot costs 2,192.98 EUR / 4
    // years = 548.25 EUR a year (rounded per lot). Together: 13 lots.
    expect(municipal.horizon.tenderingMinor).toBe(286 * 54_825 * 6);
    expect(regional.horizon.tenderingMinor).toBe(286 * 54_825 * 6);
    expect(partnership.horizon.tenderingMinor).toBe(13 * 54_825 * 6);
  });
});

describe('Lapland: the regional model and Enontekiö’s central kitchen', () => {
  it('moves elderly care, home meals and hospitals to the county from 2027', () => {
    const meals = (r: typeof regional, id: string) => r.organisations.find((o) => o.organisationId === id && o.year === 2027)!.meals;
    // In the regional model the county serves the care and hospital meals: 3,491.4 + 458 +
    // 1,146.6075 = 5,096.0075 a day, every day of 2027 = 1,860,042.7375 meals.
    expect(meals(regional, 'fi-lapha')).toBeCloseTo(1_860_042.7375, 4);
    // In the municipal model only the hospitals: 1,146.6075 × 365 = 418,511.7375.
    expect(meals(municipal, 'fi-lapha')).toBeCloseTo(418_511.7375, 4);
  });

  it('flags the two Enontekiö kitchens cooked for by the school central kitchen, and only in the regional model', () => {
    const flagged = regional.warnings.filter((w) => w.code === 'sharedKitchenAcrossOwners').map((w) => [w.params.kitchenId, w.params.productionKitchenId]);
    expect(flagged).toEqual([
      ['fi-enontekio-elderly_care-01', 'fi-enontekio-school-01'],
      ['fi-enontekio-home_meals-01', 'fi-enontekio-school-01'],
    ]);
    for (const r of [municipal, partnership]) expect(r.warnings.some((w) => w.code === 'sharedKitchenAcrossOwners')).toBe(false);
  });
});

describe('Lapland: derived inputs follow their stated rules', () => {
  it('sets capacities as stated shares of Lapland’s 2027 demand', () => {
    const kg = (categoryId: string) => plan.organisations.reduce((s, o) => s + categoryKgOf(municipal, o.id, categoryId, 2027), 0);
    const cap = (offerId: string) => plan.offers.find((o) => o.id === offerId)!.capacityKg;
    const tonnes = (x: number) => Math.round(x / 1000) * 1000;
    expect(cap('fi-lapland-meat')).toBe(tonnes(kg('red_meat') * FI_CAPACITY_SHARE.meat));
    expect(cap('fi-lapland-fish')).toBe(tonnes(kg('fish') * FI_CAPACITY_SHARE.fish));
    expect(cap('fi-lapland-greenhouse-vegetables')).toBe(tonnes(kg('vegetables') * FI_CAPACITY_SHARE.greenhouseVegetables));
  });

  it('sets budgets at the regional model’s 2027 cost × 1.02, +2 % a year, in whole thousands', () => {
    for (const row of regional.organisations.filter((o) => o.year === 2027)) {
      const budget = plan.budgets.find((b) => b.organisationId === row.organisationId && b.year === 2032)!;
      expect(budget.amountMinor, row.organisationId).toBe(Math.round((row.totalMinor * 1.02 * 1.02 ** 5) / 100_000) * 100_000);
    }
  });
});

describe('Lapland: the note', () => {
  const f = lapland.noteFigures(plan);

  it('quotes figures recomputed here from the engine', () => {
    const years = 6;
    const expected: Record<string, number> = {
      mealsPerDay: Math.round(mealsPerDayOf(plan)),
      costPerMealMunicipal: costPerMeal(municipal.horizon)!,
      costPerMealRegional: costPerMeal(regional.horizon)!,
      costPerMealPartnership: costPerMeal(partnership.horizon)!,
      regionalSavingPerYear: (municipal.horizon.totalMinor - regional.horizon.totalMinor) / years,
      partnershipSavingPerYear: (regional.horizon.totalMinor - partnership.horizon.totalMinor) / years,
      partnershipTenderingSavingPerYear: (regional.horizon.tenderingMinor - partnership.horizon.tenderingMinor) / years,
      localShareMunicipal: localShareWeight(municipal.horizon)!,
      localShareRegional: localShareWeight(regional.horizon)!,
      localSharePartnership: localShareWeight(partnership.horizon)!,
      localShareKolariMunicipal: orgLocal(municipal, 'fi-kolari', 'weight'),
      localShareKolariRegional: orgLocal(regional, 'fi-kolari', 'weight'),
      localShareKolariPartnership: orgLocal(partnership, 'fi-kolari', 'weight'),
      unmetLocalKgLastYear: partnership.totals.find((t) => t.year === 2032)!.unmetLocalKg,
      budgetGapMunicipal: municipal.horizon.gapMinor!,
      budgetGapRegional: regional.horizon.gapMinor!,
      budgetMarginPartnership: -partnership.horizon.gapMinor!,
    };
    expect(Object.keys(f).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) expectClose(f[name]!, value, name);
  });

  it('says what the figures say', () => {
    // "changes the food bill little: … {{regionalSavingPerYear}} a year less" (under 1 % of a
    // year's cost), "mainly from the county's larger volume discounts".
    expect(f.regionalSavingPerYear!).toBeGreaterThan(0);
    expect(f.regionalSavingPerYear!).toBeLessThan(0.01 * (municipal.horizon.totalMinor / 6));
    expect((regional.horizon.discountMinor - municipal.horizon.discountMinor) / 6).toBeGreaterThan(0.5 * f.regionalSavingPerYear!);
    // "Kolari falls below the Lapland meat producer's minimum of 5 tonnes a year".
    expect(categoryKgOf(municipal, 'fi-kolari', 'red_meat', 2030)).toBeGreaterThanOrEqual(5_000);
    expect(categoryKgOf(regional, 'fi-kolari', 'red_meat', 2030)).toBeLessThan(5_000);
    expect(localKgOf(municipal, 'fi-kolari', 'red_meat')).toBeGreaterThan(0);
    expect(localKgOf(regional, 'fi-kolari', 'red_meat')).toBe(0);
    expect(f.localShareKolariRegional!).toBeLessThan(f.localShareKolariMunicipal!);
    // The partnership: cheaper than the regional model, partly from fewer tenders, and more local.
    expect(f.partnershipSavingPerYear!).toBeGreaterThan(f.partnershipTenderingSavingPerYear!);
    expect(f.partnershipTenderingSavingPerYear!).toBeGreaterThan(0);
    expect(f.localSharePartnership!).toBeGreaterThan(Math.max(f.localShareMunicipal!, f.localShareRegional!));
    expect(f.localShareKolariPartnership!).toBeGreaterThan(f.localShareKolariMunicipal!);
    expect(f.unmetLocalKgLastYear!).toBeGreaterThan(0);
    // "… over budget in the municipal model and … in the regional model, while the partnership
    // stays … under".
    expect(f.budgetGapMunicipal!).toBeGreaterThan(0);
    expect(f.budgetGapRegional!).toBeGreaterThan(0);
    expect(f.budgetMarginPartnership!).toBeGreaterThan(0);
  });
});
