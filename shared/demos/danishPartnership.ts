/**
 * Demo: Danish municipal partnership (Denmark, DKK). The six municipalities of Madkulturen's
 * Kommunepartnerskabet (Hjørring, Holbæk, Holstebro, Hvidovre, Ringkøbing-Skjern, Roskilde) and
 * Region Sjælland's hospital kitchens: each municipality buying alone versus a partnership that
 * tenders the local-food categories together (275,000 DKK a year per full member, 100,000 DKK
 * for one working group), and the same with shared food hubs. Derivations: docs/demos.md.
 */
import { evaluate } from '../engine';
import { createEmptyPlan } from '../model/defaults';
import type { Offer, Organisation, Plan, Scenario, Supplier } from '../model/types';
import { COMMON_SOURCES, DEMO_PLAN_DATE, DEMO_START_YEAR, categoryTarget, contract, demoScenario, points, sek, targetExcept } from './build';
import { budgetsFrom, categoryKg, headline, mealsPerServiceDay, organisationLocalShare, perYear, resultsById } from './figures';
import { hospitalKitchen, municipalKitchens, type KitchenLabels, type SectorShares } from './kitchens';
import { makeOffer, roundTonnes, wholesalerOffers } from './offers';
import type { DemoDefinition } from './types';

export const DK_PLAN_ID = 'demo-danish-partnership';
const CURRENCY = 'DKK';

/**
 * People served per inhabitant (estimates, docs/demos.md §2). Pupils are about 11 % of the
 * population, but a municipal school lunch exists only in some schools: the demo counts a quarter
 * of them (2.75 %), with the sector's 75 % take-up. Children in daycare about 5.5 %; nursing-home
 * residents about 0.7 %; home-delivered meals 0.5 % (by analogy with Sweden's 0.46 %).
 */
export const DK_SHARES: SectorShares = { school: 0.0275, preschool: 0.055, elderly_care: 0.007, home_meals: 0.005 };
/** Hospital beds in proportion to the host municipality's population: about 0.24 % (estimate). */
export const DK_BEDS_PER_INHABITANT = 0.0024;

const LABELS: KitchenLabels = {
  school: 'skolekøkken',
  preschool: 'daginstitutionskøkken',
  elderly_care: 'plejecenter',
  home_meals: 'madservice (pakkekøkken)',
  hospital: 'hospitalskøkken',
};

/** Region codes (Danmarks Statistik): Hovedstaden 1084, Sjælland 1085, Syddanmark 1083, Midtjylland 1082, Nordjylland 1081. */
const NORDJYLLAND = '1081';
const MIDTJYLLAND = '1082';
const SYDDANMARK = '1083';
const HOVEDSTADEN = '1084';
const SJAELLAND = '1085';

interface Muni {
  id: string;
  name: string;
  place: string;
  code: string;
  region: string;
  population: number;
  lat: number;
  lon: number;
}

/** Kommunekoder; populations rounded, about 2024 (estimates: replace with Danmarks Statistik FOLK1A). Centres approximate. */
const MUNICIPALITIES: readonly Muni[] = [
  { id: 'dk-hjorring', name: 'Hjørring Kommune', place: 'Hjørring', code: '860', region: NORDJYLLAND, population: 64_000, lat: 57.464, lon: 9.983 },
  { id: 'dk-holbaek', name: 'Holbæk Kommune', place: 'Holbæk', code: '316', region: SJAELLAND, population: 72_800, lat: 55.717, lon: 11.713 },
  { id: 'dk-holstebro', name: 'Holstebro Kommune', place: 'Holstebro', code: '661', region: MIDTJYLLAND, population: 59_300, lat: 56.36, lon: 8.616 },
  { id: 'dk-hvidovre', name: 'Hvidovre Kommune', place: 'Hvidovre', code: '167', region: HOVEDSTADEN, population: 54_500, lat: 55.657, lon: 12.474 },
  { id: 'dk-ringkobing-skjern', name: 'Ringkøbing-Skjern Kommune', place: 'Ringkøbing-Skjern', code: '760', region: MIDTJYLLAND, population: 56_000, lat: 56.09, lon: 8.244 },
  { id: 'dk-roskilde', name: 'Roskilde Kommune', place: 'Roskilde', code: '265', region: SJAELLAND, population: 90_300, lat: 55.642, lon: 12.08 },
];
const MEMBER_IDS = MUNICIPALITIES.map((m) => m.id);
const REGION_ID = 'dk-region-sjaelland';

/** Fee tiers (estimate): four full partners, two in the local-food working group only. */
export const DK_FEE_TIERS: Readonly<Record<string, 'full' | 'group'>> = {
  'dk-hjorring': 'full',
  'dk-holbaek': 'full',
  'dk-holstebro': 'full',
  'dk-hvidovre': 'group',
  'dk-ringkobing-skjern': 'group',
  'dk-roskilde': 'full',
};

/** The categories most members exempted from SKI 50.90 to tender locally: the partnership tenders them together. */
export const DK_POOLED = ['red_meat', 'milk', 'vegetables', 'potatoes_roots', 'bread', 'eggs', 'fish'];

/** Categories with a local lot (the local target applies to them). */
export const DK_LOCAL_CATEGORIES = [...DK_POOLED];

/**
 * Local capacities, as shares of the year-1 demand of the buyers the supplier counts as local for
 * (its region's organisations; estimates, docs/demos.md §4).
 */
export const DK_CAPACITY_SHARE = {
  northMilk: 0.5,
  zealandMeat: 0.2,
  vendsysselVegetables: 0.2,
  vendsysselRoots: 0.4,
  hirtshalsFish: 0.5,
  westMeat: 0.3,
  westMilk: 0.7,
  westMilkOrganic: 0.3,
  zealandVegetables: 0.15,
  zealandRoots: 0.3,
  zealandBread: 0.7,
  capitalEggs: 0.3,
  coopVegetables: 0.3,
  coopRoots: 0.3,
} as const;

const WHOLESALER = 'dk-wholesaler';
const WHOLESALER_ORGANIC = 'dk-wholesaler-organic';
const NORTH_DAIRY = 'dk-north-dairy';
const ZEALAND_MEAT = 'dk-zealand-meat';
const VENDSYSSEL = 'dk-vendsyssel-grower';
const HIRTSHALS = 'dk-hirtshals-fish';
const WEST_MEAT = 'dk-west-meat';
const WEST_DAIRY = 'dk-west-dairy';
const ZEALAND_GROWER = 'dk-zealand-grower';
const ZEALAND_BAKERY = 'dk-zealand-bakery';
const CAPITAL_EGGS = 'dk-capital-eggs';
const COOP = 'dk-organic-coop';

/** The wholesaler's origin data: domestic staples from Syddanmark (outside every member's region; illustrative), the rest unknown. */
function wholesalerOrigin(categoryId: string) {
  return ['red_meat', 'poultry', 'milk', 'other_dairy', 'eggs', 'potatoes_roots', 'bread'].includes(categoryId) ? { country: 'DK', regionCode: SYDDANMARK } : null;
}

function organisations(): Organisation[] {
  const munis = MUNICIPALITIES.map((m): Organisation => ({
    id: m.id,
    name: m.name,
    kind: 'municipality',
    country: 'DK',
    currency: CURRENCY,
    code: m.code,
    regionCode: m.region,
    ...(m.region === SJAELLAND ? { parentRegionId: REGION_ID } : {}),
    population: m.population,
    location: { lat: m.lat, lon: m.lon },
  }));
  const region: Organisation = {
    id: REGION_ID,
    name: 'Region Sjælland',
    kind: 'region',
    regionKind: 'dk_region',
    country: 'DK',
    currency: CURRENCY,
    code: SJAELLAND,
    regionCode: SJAELLAND,
    location: { lat: 55.432, lon: 11.556 },
  };
  return [...munis, region];
}

function suppliers(): Supplier[] {
  return [
    { id: WHOLESALER, name: 'Landsdækkende fødevaregrossist, konventionelt sortiment', country: 'DK', distanceKm: 80 },
    { id: WHOLESALER_ORGANIC, name: 'Landsdækkende fødevaregrossist, økologisk sortiment', country: 'DK', distanceKm: 80 },
    { id: NORTH_DAIRY, name: 'Nordjysk mejeri', country: 'DK', regionCode: NORDJYLLAND, location: { lat: 57.3, lon: 9.8 } },
    { id: ZEALAND_MEAT, name: 'Slagteri på Sjælland', country: 'DK', regionCode: SJAELLAND, location: { lat: 55.45, lon: 11.8 } },
    { id: VENDSYSSEL, name: 'Grøntsagsavlere i Vendsyssel', country: 'DK', regionCode: NORDJYLLAND, location: { lat: 57.37, lon: 10.2 } },
    { id: HIRTSHALS, name: 'Fiskeforarbejdning i Hirtshals', country: 'DK', regionCode: NORDJYLLAND, location: { lat: 57.588, lon: 9.959 } },
    { id: WEST_MEAT, name: 'Vestjysk slagteri', country: 'DK', regionCode: MIDTJYLLAND, location: { lat: 56.25, lon: 8.75 } },
    { id: WEST_DAIRY, name: 'Vestjysk mejeri', country: 'DK', regionCode: MIDTJYLLAND, location: { lat: 56.0, lon: 8.5 } },
    { id: ZEALAND_GROWER, name: 'Grøntsagsavler på Vestsjælland', country: 'DK', regionCode: SJAELLAND, location: { lat: 55.6, lon: 11.5 } },
    { id: ZEALAND_BAKERY, name: 'Bageri i Roskilde', country: 'DK', regionCode: SJAELLAND, location: { lat: 55.65, lon: 12.09 } },
    { id: CAPITAL_EGGS, name: 'Ægproducent i Nordsjælland', country: 'DK', regionCode: HOVEDSTADEN, location: { lat: 55.93, lon: 12.3 } },
    { id: COOP, name: 'Økologisk grøntsagslaug i Midtjylland', country: 'DK', regionCode: MIDTJYLLAND, location: { lat: 56.2, lon: 9.0 } },
  ];
}

function basePlan(): Plan {
  const plan = createEmptyPlan({ id: DK_PLAN_ID, name: 'Dansk kommunepartnerskab (demo)', country: 'DK', planDate: DEMO_PLAN_DATE });
  const orgs = organisations();
  const region = orgs.find((o) => o.id === REGION_ID)!;
  const pop = (id: string) => MUNICIPALITIES.find((m) => m.id === id)!.population;
  const kitchens = [
    ...orgs.filter((o) => o.kind === 'municipality').flatMap((org) =>
      municipalKitchens({ org, country: 'DK', shares: DK_SHARES, labels: LABELS, place: MUNICIPALITIES.find((m) => m.id === org.id)!.place }),
    ),
    hospitalKitchen(region, 'DK', 'dk-region-sjaelland-hospital-01', 'Holbæk Sygehus, hospitalskøkken', Math.round(pop('dk-holbaek') * DK_BEDS_PER_INHABITANT), { lat: 55.712, lon: 11.703 }),
    hospitalKitchen(region, 'DK', 'dk-region-sjaelland-hospital-02', 'Sjællands Universitetshospital Roskilde, hospitalskøkken', Math.round(pop('dk-roskilde') * DK_BEDS_PER_INHABITANT), { lat: 55.63, lon: 12.078 }),
  ];
  return {
    ...plan,
    // Local = produced in the buyer's own region (Madkulturen's guide: administrative borders).
    meta: { ...plan.meta, local: { kind: 'same_region', radiusKm: 250, regionCodes: [], stage: 'grown' } },
    organisations: orgs,
    kitchens,
    suppliers: suppliers(),
    offers: [...wholesalerOffers(WHOLESALER, CURRENCY, false, wholesalerOrigin), ...wholesalerOffers(WHOLESALER_ORGANIC, CURRENCY, true, wholesalerOrigin)],
    scenarios: [aloneScenario(plan)],
  };
}

const TARGETS = {
  /** Local share by value (estimates): 15 % of each local-lot category in 2027 rising to 35 % in 2032; overall 10 % rising to 20 %. */
  local: categoryTarget('value', points([2027, 0.1], [2032, 0.2]), DK_LOCAL_CATEGORIES, points([2027, 0.15], [2032, 0.35])),
  /** Organic share by weight (Det Økologiske Spisemærke lets the kitchen choose kg): silver 60 % in 2027, 75 % from 2030; fish has no organic offer. */
  organic: targetExcept('weight', points([2027, 0.6], [2030, 0.75]), ['fish']),
};

function aloneScenario(plan: Pick<Plan, 'meta'>): Scenario {
  return demoScenario(plan, { id: 'dk-alone', name: 'Hver kommune køber ind alene', kind: 'municipal' }, { localTarget: TARGETS.local, organicTarget: TARGETS.organic });
}

/** Each food hub's yearly fixed cost: the app's default (1.5 M SEK ≈ 975,000 DKK), one hub in each of the members' four regions. */
export const DK_HUBS = 4;

function partnershipScenario(plan: Pick<Plan, 'meta'>, withHub: boolean): Scenario {
  const s = demoScenario(
    plan,
    withHub
      ? { id: 'dk-partnership-hub', name: 'Kommunepartnerskab med fælles fødevarehubs', kind: 'partnership' }
      : { id: 'dk-partnership', name: 'Kommunepartnerskab: fælles udbud af lokale varegrupper', kind: 'partnership' },
    { localTarget: TARGETS.local, organicTarget: TARGETS.organic },
  );
  return {
    ...s,
    includedCandidateIds: withHub ? [COOP] : [],
    partnership: {
      ...s.partnership,
      memberIds: [...MEMBER_IDS],
      pooledCategoryIds: [...DK_POOLED],
      fees: MEMBER_IDS.map((organisationId) => ({ organisationId, tier: DK_FEE_TIERS[organisationId]! })),
      // Madkulturen's prices excl. VAT, per year (the yearly basis is an estimate: the source does not say).
      feeFullMinor: 27_500_000,
      feeGroupMinor: 10_000_000,
      pooledDiscount: 0,
      hubEnabled: withHub,
      hubFixedCostMinor: DK_HUBS * sek(1_500_000, CURRENCY),
      hubHandlingPerKgMinor: sek(0.8, CURRENCY),
      hubDeliveryCostPerKgMinor: sek(1.2, CURRENCY),
      costSplit: 'meals',
    },
  };
}

function localOffers(demandOf: (region: string) => Map<string, number>): Offer[] {
  const c = DK_CAPACITY_SHARE;
  const cap = (region: string, categoryId: string, share: number) => roundTonnes((demandOf(region).get(categoryId) ?? 0) * share);
  const src = (what: string) => `Estimate: ${what}. Price: reference midpoint (DKK = SEK × 0.65) × (1 + typical local premium), domain brief §3.2.`;
  const o = (region: string) => ({ country: 'DK', regionCode: region });
  return [
    makeOffer({ id: 'dk-north-milk', supplierId: NORTH_DAIRY, categoryId: 'milk', currency: CURRENCY, local: true, capacityKg: cap(NORDJYLLAND, 'milk', c.northMilk), origin: o(NORDJYLLAND), source: src('a North Jutland dairy') }),
    makeOffer({ id: 'dk-zealand-meat', supplierId: ZEALAND_MEAT, categoryId: 'red_meat', currency: CURRENCY, local: true, capacityKg: cap(SJAELLAND, 'red_meat', c.zealandMeat), minVolumeKg: 15_000, origin: o(SJAELLAND), source: src('a Zealand slaughterhouse; at least 15 t a year from one buyer') }),
    makeOffer({ id: 'dk-vendsyssel-vegetables', supplierId: VENDSYSSEL, categoryId: 'vegetables', currency: CURRENCY, local: true, capacityKg: cap(NORDJYLLAND, 'vegetables', c.vendsysselVegetables), origin: o(NORDJYLLAND), source: src('seasonal field vegetables') }),
    makeOffer({ id: 'dk-vendsyssel-roots', supplierId: VENDSYSSEL, categoryId: 'potatoes_roots', currency: CURRENCY, local: true, capacityKg: cap(NORDJYLLAND, 'potatoes_roots', c.vendsysselRoots), origin: o(NORDJYLLAND), source: src('potatoes and root vegetables') }),
    makeOffer({ id: 'dk-hirtshals-fish', supplierId: HIRTSHALS, categoryId: 'fish', currency: CURRENCY, local: true, capacityKg: cap(NORDJYLLAND, 'fish', c.hirtshalsFish), origin: o(NORDJYLLAND), source: src('fresh fish landed in Hirtshals') }),
    makeOffer({ id: 'dk-west-meat', supplierId: WEST_MEAT, categoryId: 'red_meat', currency: CURRENCY, local: true, capacityKg: cap(MIDTJYLLAND, 'red_meat', c.westMeat), minVolumeKg: 15_000, origin: o(MIDTJYLLAND), source: src('a West Jutland slaughterhouse; at least 15 t a year from one buyer') }),
    makeOffer({ id: 'dk-west-milk', supplierId: WEST_DAIRY, categoryId: 'milk', currency: CURRENCY, local: true, capacityKg: cap(MIDTJYLLAND, 'milk', c.westMilk), origin: o(MIDTJYLLAND), source: src('a regional dairy') }),
    makeOffer({ id: 'dk-west-milk-organic', supplierId: WEST_DAIRY, categoryId: 'milk', currency: CURRENCY, local: true, organic: true, capacityKg: cap(MIDTJYLLAND, 'milk', c.westMilkOrganic), origin: o(MIDTJYLLAND), source: src('organic milk from the same dairy') }),
    makeOffer({ id: 'dk-zealand-vegetables', supplierId: ZEALAND_GROWER, categoryId: 'vegetables', currency: CURRENCY, local: true, capacityKg: cap(SJAELLAND, 'vegetables', c.zealandVegetables), origin: o(SJAELLAND), source: src('seasonal field vegetables') }),
    makeOffer({ id: 'dk-zealand-roots', supplierId: ZEALAND_GROWER, categoryId: 'potatoes_roots', currency: CURRENCY, local: true, capacityKg: cap(SJAELLAND, 'potatoes_roots', c.zealandRoots), origin: o(SJAELLAND), source: src('potatoes and root vegetables') }),
    makeOffer({ id: 'dk-zealand-bread', supplierId: ZEALAND_BAKERY, categoryId: 'bread', currency: CURRENCY, local: true, capacityKg: cap(SJAELLAND, 'bread', c.zealandBread), origin: o(SJAELLAND), source: src('a bakery using Zealand grain') }),
    makeOffer({ id: 'dk-capital-eggs', supplierId: CAPITAL_EGGS, categoryId: 'eggs', currency: CURRENCY, local: true, capacityKg: cap(HOVEDSTADEN, 'eggs', c.capitalEggs), origin: o(HOVEDSTADEN), source: src('an egg farm in North Zealand') }),
    makeOffer({ id: 'dk-coop-vegetables', supplierId: COOP, categoryId: 'vegetables', currency: CURRENCY, local: true, organic: true, candidate: true, capacityKg: cap(MIDTJYLLAND, 'vegetables', c.coopVegetables), origin: o(MIDTJYLLAND), source: src('candidate: organic growers’ cooperative that can deliver through a food hub') }),
    makeOffer({ id: 'dk-coop-roots', supplierId: COOP, categoryId: 'potatoes_roots', currency: CURRENCY, local: true, organic: true, candidate: true, capacityKg: cap(MIDTJYLLAND, 'potatoes_roots', c.coopRoots), origin: o(MIDTJYLLAND), source: src('candidate: organic potatoes and roots from the same cooperative') }),
  ];
}

/** SKI 50.90 holds the categories the members did not exempt: poultry, legumes and dry goods conventional; dairy, fruit and flour organic. */
const SKI_CONVENTIONAL = ['poultry', 'legumes', 'other'];
const SKI_ORGANIC = ['other_dairy', 'fruit_berries', 'grains'];
const SKI_BUYERS = ['dk-hjorring', 'dk-holbaek', 'dk-holstebro', 'dk-hvidovre', 'dk-roskilde'];

function contracts() {
  const ski = { start: '2024-03-01', initialEnd: '2028-02-29', leadTimeMonths: 12, joinByDate: '2023-09-01' };
  const rks = { start: '2025-01-01', initialEnd: '2026-12-31', extensions: [{ months: 12, noticeMonths: 6, use: true }, { months: 12, noticeMonths: 6, use: true }], leadTimeMonths: 9 };
  return [
    contract({ id: 'dk-c-ski-5090', name: 'SKI 50.90 Fødevarer 2024–2028 (konventionelt)', buyerIds: SKI_BUYERS, supplierId: WHOLESALER, categoryIds: SKI_CONVENTIONAL, ...ski }),
    contract({ id: 'dk-c-ski-5090-organic', name: 'SKI 50.90 Fødevarer 2024–2028 (økologisk)', buyerIds: SKI_BUYERS, supplierId: WHOLESALER_ORGANIC, categoryIds: SKI_ORGANIC, ...ski }),
    contract({ id: 'dk-c-rks-food', name: 'Fødevarer 2025–2028, Ringkøbing-Skjern (2 + 1 + 1 år)', buyerIds: ['dk-ringkobing-skjern'], supplierId: WHOLESALER, categoryIds: [...SKI_CONVENTIONAL, 'fish'], ...rks }),
    contract({ id: 'dk-c-rks-organic', name: 'Fødevarer 2025–2028, Ringkøbing-Skjern (økologisk)', buyerIds: ['dk-ringkobing-skjern'], supplierId: WHOLESALER_ORGANIC, categoryIds: SKI_ORGANIC, ...rks }),
    contract({ id: 'dk-c-rks-milk', name: 'Mælk 2025–2027, Ringkøbing-Skjern', buyerIds: ['dk-ringkobing-skjern'], supplierId: WEST_DAIRY, categoryIds: ['milk'], start: '2025-07-01', initialEnd: '2027-06-30', leadTimeMonths: 6 }),
    contract({
      id: 'dk-c-roskilde-bread',
      name: 'Brød 2026–2028, Roskilde (2 + 1 år)',
      buyerIds: ['dk-roskilde'],
      supplierId: ZEALAND_BAKERY,
      categoryIds: ['bread'],
      start: '2026-04-01',
      initialEnd: '2028-03-31',
      extensions: [{ months: 12, noticeMonths: 6, use: false }],
      leadTimeMonths: 6,
    }),
    contract({
      id: 'dk-c-hvidovre-fresh',
      name: 'Kød, mejeri og frugt og grønt 2024–2027, Hvidovre',
      buyerIds: ['dk-hvidovre'],
      supplierId: WHOLESALER,
      categoryIds: ['red_meat', 'milk', 'vegetables', 'potatoes_roots', 'eggs', 'fish'],
      start: '2024-07-01',
      initialEnd: '2027-06-30',
      leadTimeMonths: 9,
    }),
    contract({
      id: 'dk-c-holbaek-fresh',
      name: 'Frugt og grønt 2023–2027, Holbæk (3 + 1 år)',
      buyerIds: ['dk-holbaek'],
      supplierId: WHOLESALER,
      categoryIds: ['vegetables', 'potatoes_roots'],
      start: '2023-09-01',
      initialEnd: '2026-08-31',
      extensions: [{ months: 12, noticeMonths: 6, use: true }],
      leadTimeMonths: 9,
    }),
    contract({
      id: 'dk-c-region',
      name: 'Fødevarer til hospitalskøkkener 2023–2027, Region Sjælland (3 + 1 år)',
      buyerIds: [REGION_ID],
      supplierId: WHOLESALER,
      categoryIds: ['red_meat', 'poultry', 'fish', 'milk', 'other_dairy', 'eggs', 'vegetables', 'potatoes_roots', 'fruit_berries', 'bread', 'grains', 'legumes', 'other'],
      start: '2023-10-01',
      initialEnd: '2026-09-30',
      extensions: [{ months: 12, noticeMonths: 6, use: true }],
      leadTimeMonths: 9,
    }),
  ];
}

const NOTES = [
  'Demo built from public figures; every figure below is an estimate unless a source is named. Full derivations: docs/demos.md in the Måltid repository.',
  'Partners: the six municipalities of Madkulturen’s Kommunepartnerskabet (Hjørring, Holbæk, Holstebro, Hvidovre, Ringkøbing-Skjern, Roskilde; named in “Mad mellem mennesker”), with Region Sjælland represented by the hospital kitchens at Holbæk and Roskilde. Kommunepartnerskabet is a knowledge partnership, not a purchasing body: the joint tender in the partnership scenarios is an assumption that shows what such a partnership could do with the categories its members exempted from SKI 50.90. Populations are rounded figures for about 2024 (replace with Danmarks Statistik FOLK1A); centres are approximate.',
  'Meals: people served = population × sector share (school lunch 2.75 %: a quarter of the pupils, as municipal school lunch exists only in some schools; daycare 5.5 %; nursing homes 0.7 %; home-delivered meals 0.5 %; hospital beds 0.24 % of the host municipality). Sector defaults: school 200 days, 75 % take-up, no lunch milk; daycare 230 days, 85 %, 1.6 lunch-equivalents; nursing home every day, 2.2; hospital every day, 85 % occupancy, 2.55. For scale: the national 800,000 public meals a day for 5.9 M inhabitants.',
  'Kitchens: one record per typical kitchen (Hudiksvall: 280 school lunches, 77 children, 30 residents), at most 16 per municipality and sector (a record then stands for a group). Every third school and nursing-home kitchen cooks for the next two; every fourth daycare kitchen cooks and the rest receive from school kitchens; home meals are packed from a nursing-home kitchen.',
  'Prices: midpoint of the 2024 reference range in SEK/kg × 0.65 (organic: plus the midpoint of the organic premium; local: plus the typical local premium), quoted for 2024 and indexed 2 % a year. Wholesaler volume brackets 2/4/6 % above 650,000 / 3.25 M / 13 M DKK a year and category (the brief’s example). Delivery 1.30 DKK/kg; tendering 16,250 DKK per lot once every 4 years. Fees: 275,000 DKK a year per full partner, 100,000 DKK for one working group, excl. VAT (Madkulturen; per year is an estimate).',
  'Suppliers: the wholesaler is unlimited (origin given for domestic staples only, illustrative); local producers are illustrative, with capacities set as a stated share of the year-1 demand of the buyers in their region. Local means produced in the buyer’s own region. The organic cooperative is a candidate used only with the food hubs.',
  'Contracts are illustrative: SKI 50.90 (4 years from 1 March 2024; join before publication) for five members, Ringkøbing-Skjern’s own wholesaler contract, local milk and bread contracts, and staggered fresh-food contracts ending 2027–2028. Budgets: each organisation’s total cost in 2027 when buying alone × 1.02, then +2 % a year, rounded to thousands.',
  'Scenarios: each municipality alone; the partnership tendering meat, milk, vegetables, potatoes, bread, eggs and fish together (fees as above, no extra discount assumed); the same with four shared food hubs (975,000 DKK a year each, 0.52 DKK/kg handling and 0.78 DKK/kg delivery instead of 1.30 DKK/kg: the app’s defaults) and the candidate cooperative.',
].join('\n\n');

const SOURCES = [
  ...COMMON_SOURCES,
  { label: 'Madkulturen: Kommunepartnerskabet', url: 'http://madkulturen.dk/servicemenu/projekter/kommunepartnerskabet/', note: '800,000 public meals a day; public food purchases 4 bn DKK a year; four working groups; 275,000 DKK full partner, 100,000 DKK one group, excl. VAT.' },
  { label: 'Madkulturen and partners: Mad mellem mennesker', url: 'http://docplayer.dk/391112-Mad-mellem-mennesker.html', note: 'Names the six partner municipalities: Hjørring, Holbæk, Holstebro, Hvidovre, Ringkøbing-Skjern, Roskilde; food hubs as one of four efforts.' },
  { label: 'SKI: 50.90 Fødevarer', url: 'https://www.ski.dk/', note: 'Four years from 1 March 2024, sole supplier, join before publication; municipalities may exempt categories (85 exemptions in 2024).' },
  { label: 'Madkulturen: Hvad er lokale varer?', url: 'https://klogefødevareindkøb.dk/', note: 'No fixed definition of local; administrative borders are one choice. Do not write a place of origin into a tender.' },
  { label: 'Danmarks Statistik: FOLK1A and municipality codes', url: 'https://www.statistikbanken.dk/FOLK1A', note: 'Codes are Danmarks Statistik’s; the populations in this demo are rounded estimates to be replaced.' },
];

function build(): Plan {
  const base = basePlan();
  // Pass 1: each region's demand per category in 2027, to state capacities as shares of it.
  const first = evaluate(base, 'dk-alone');
  const orgsIn = (region: string) => base.organisations.filter((o) => o.regionCode === region).map((o) => o.id);
  const demandOf = (region: string) => categoryKg(first, DEMO_START_YEAR, orgsIn(region));
  const plan: Plan = {
    ...base,
    meta: { ...base.meta, notes: NOTES, sources: SOURCES.map((s) => ({ ...s })) },
    offers: [...base.offers, ...localOffers(demandOf)],
    contracts: contracts(),
    scenarios: [aloneScenario(base), partnershipScenario(base, false), partnershipScenario(base, true)],
  };
  // Pass 2: budgets from buying alone: 2027 cost × 1.02, +2 % a year.
  return { ...plan, budgets: budgetsFrom(evaluate(plan, 'dk-alone'), 1.02, 0.02) };
}

function noteFigures(plan: Plan): Record<string, number> {
  const r = resultsById(plan);
  const alone = r.get('dk-alone')!;
  const partnership = r.get('dk-partnership')!;
  const hub = r.get('dk-partnership-hub')!;
  const a = headline(alone, 'value');
  const p = headline(partnership, 'value');
  const h = headline(hub, 'value');
  return {
    mealsPerDay: Math.round(mealsPerServiceDay(plan)),
    costPerMealAlone: a.costPerMeal,
    costPerMealPartnership: p.costPerMeal,
    costPerMealHub: h.costPerMeal,
    feesPerYear: perYear(partnership, partnership.horizon.feesMinor),
    feesPerMeal: partnership.horizon.feesMinor / partnership.horizon.meals,
    partnershipSavingPerYear: perYear(partnership, a.totalMinor - p.totalMinor),
    discountGainPerYear: perYear(partnership, partnership.horizon.discountMinor - alone.horizon.discountMinor),
    hubExtraCostPerYear: perYear(hub, h.totalMinor - p.totalMinor),
    localShareAlone: a.localShare,
    localSharePartnership: p.localShare,
    localShareHub: h.localShare,
    localShareHvidovrePartnership: organisationLocalShare(partnership, 'dk-hvidovre', 'value'),
    localShareHolstebroPartnership: organisationLocalShare(partnership, 'dk-holstebro', 'value'),
    localShareHolstebroHub: organisationLocalShare(hub, 'dk-holstebro', 'value'),
    budgetGapAlone: a.budgetGap,
    budgetGapPartnership: p.budgetGap,
    budgetGapHub: h.budgetGap,
  };
}

export const danishPartnership: DemoDefinition = { id: 'danish-partnership', country: 'DK', build, noteFigures };
