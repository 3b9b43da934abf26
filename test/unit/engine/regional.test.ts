/**
 * The regional scenario, computed by hand. Municipality 'm1' lies in region 'r1'; it has a school
 * kitchen (100 lunches) and a care home (20 residents, all meals every day). From 2027 the region
 * buys for the care home. The wholesaler gives 5 % on yearly value above 50,000 SEK.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import type { Plan } from '../../../shared/model/types';
import { kitchen, offer, org, profile, scenario, smallPlan, supplier } from '../../fixtures/smallPlan';

function regionalPlan(): Plan {
  return smallPlan({
    organisations: [
      org('r1', { kind: 'region', regionKind: 'se_region', code: '01', regionCode: '01', population: 200_000 }),
      org('m1', { code: '0181', regionCode: '01', parentRegionId: 'r1', population: 100_000 }),
    ],
    kitchens: [
      kitchen('school', 'm1'),
      kitchen('care', 'm1', {
        sector: 'elderly_care',
        meals: { breakfast: 20, lunch: 20, dinner: 20, snack: 20 },
        attendance: 1,
        calendar: 'every_day',
        serviceDays: 365,
      }),
    ],
    mealProfiles: [profile('school', { red_meat: 35 }, 0.12), profile('elderly_care', { red_meat: 32 }, 0.25)],
    offers: [offer('o-wholesale', 'wholesale', 'red_meat', 10_000, { discountTiers: [{ fromValueMinor: 5_000_000, rate: 0.05 }] })],
    scenarios: [
      scenario('s-reg', 'regional', { years: 2, tenderCostMinor: 4_000_000, contractYears: 4, regional: { sectors: ['elderly_care'], fromYear: 2027 } }),
    ],
  });
}

describe('regional scenario, by hand', () => {
  it('the kitchens of the moved sectors belong to the region from the given year', () => {
    const r = evaluate(regionalPlan(), 's-reg');
    const row = (id: string, year: number) => r.organisations.find((o) => o.organisationId === id && o.year === year)!;
    // School: 100 × 178 × 0.9 = 16,020 meals. Care: 20 × (0.25 + 1 + 0.6 + 0.35) = 44
    // lunch-equivalents a day × 365 days = 16,060 meals.
    expect(row('m1', 2026).meals).toBe(32_080);
    expect(row('r1', 2026).meals).toBe(0);
    expect(row('m1', 2027).meals).toBe(16_020);
    expect(row('r1', 2027).meals).toBe(16_060);
    // Care kg: 16,060 × 32 g / 1000 / (1 − 0.25) = 685.227 kg.
    expect(row('r1', 2027).kg).toBeCloseTo(685.2266667, 6);
  });

  it('the municipality loses volume to the region, and both lose the volume discount (unit costs rise)', () => {
    const r = evaluate(regionalPlan(), 's-reg');
    const row = (id: string, year: number) => r.organisations.find((o) => o.organisationId === id && o.year === year)!;
    // 2026, one buyer: V = (637.159 + 685.227) kg × 10,000 = 13,223,857.6 öre;
    // discount 5 % × (13,223,857.6 − 5,000,000) = 411,192.9; food = 12,812,664.7 → 12,812,665.
    expect(row('m1', 2026).foodMinor).toBe(12_812_665);
    expect(row('m1', 2026).discountMinor).toBe(411_193);
    // 2027, two buyers: m1 6,371,590.9 − 5 % × 1,371,590.9 = 6,303,011; r1 6,852,266.7 −
    // 5 % × 1,852,266.7 = 6,759,653. Together 13,062,664: 249,999 more for the same food (the
    // discount on the first 5,000,000 of the second buyer, 250,000, less one unit of rounding).
    expect(row('m1', 2027).foodMinor).toBe(6_303_011);
    expect(row('r1', 2027).foodMinor).toBe(6_759_653);
    // Tendering: one lot a year at 4,000,000 / 4 = 1,000,000 for each buyer that buys the category.
    expect(row('m1', 2026).tenderingMinor).toBe(1_000_000);
    expect(row('r1', 2026).tenderingMinor).toBe(0);
    expect(row('m1', 2027).tenderingMinor).toBe(1_000_000);
    expect(row('r1', 2027).tenderingMinor).toBe(1_000_000);
    expect(r.totals[1]!.foodMinor - r.totals[0]!.foodMinor).toBe(249_999);
  });

  it('a receiving kitchen cooked for by another owner is warned about', () => {
    const plan = regionalPlan();
    plan.kitchens[1]!.kind = 'receiving';
    plan.kitchens[1]!.suppliedById = 'school';
    const r = evaluate(plan, 's-reg');
    const w = r.warnings.find((x) => x.code === 'sharedKitchenAcrossOwners')!;
    expect(w.params).toMatchObject({ kitchenId: 'care', productionKitchenId: 'school', year: 2027, ownerId: 'r1', productionOwnerId: 'm1' });
    expect(w.refs[0]).toEqual({ table: 'kitchens', id: 'care', field: 'suppliedById' });
  });

  it('a municipality without a parent region keeps its kitchens', () => {
    const plan = regionalPlan();
    delete plan.organisations[1]!.parentRegionId;
    const r = evaluate(plan, 's-reg');
    expect(r.organisations.find((o) => o.organisationId === 'm1' && o.year === 2027)!.meals).toBe(32_080);
  });

  it('a municipality whose last kitchen moved to the region claims no local capacity any more', () => {
    // m1's only kitchen is the care home; from 2027 the region buys for it. The farm (in region
    // 01, so local for both) has 400 kg a year and costs more than the wholesaler; the target is
    // 50 % local by weight. Care kg: 685.2266667 a year (as above).
    const plan = regionalPlan();
    plan.kitchens = plan.kitchens.filter((k) => k.id === 'care');
    plan.suppliers.push(supplier('farm', { regionCode: '01' }));
    plan.offers.push(offer('o-farm', 'farm', 'red_meat', 12_000, { capacityKg: 400, origin: { country: 'SE', regionCode: '01' } }));
    plan.scenarios[0]!.localTarget = { basis: 'weight', points: [{ year: 2026, share: 0.5 }], categories: [] };
    const r = evaluate(plan, 's-reg');
    const row = (id: string, year: number) => r.organisations.find((o) => o.organisationId === id && o.year === year)!;
    const farm = (year: number) => r.offers.find((o) => o.offerId === 'o-farm' && o.year === year)!;
    // 2026: m1 needs 342.613 kg local and gets them (400 kg of capacity).
    expect(row('m1', 2026).localKg).toBeCloseTo(342.6133333, 6);
    // 2027: only the region buys. Its need of 342.613 kg is the farm's only claim, so the whole
    // need is granted and nothing is denied. (A defect had m1 claim again with its 2026 demand:
    // the 400 kg were split 200/200, the region got 200 kg local and 285.2 kg counted as denied.)
    expect(row('m1', 2027).kg).toBe(0);
    expect(row('r1', 2027).localKg).toBeCloseTo(342.6133333, 6);
    expect(farm(2027).deniedKg).toBe(0);
    expect(farm(2027).allocatedKg).toBeCloseTo(342.6133333, 6);
  });
});
