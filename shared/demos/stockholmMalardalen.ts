/**
 * Demo: Stockholm–Mälardalen (Sweden, SEK). Södertälje, whose sustainable-food work in the EU
 * project MatLust is the model, with four neighbouring municipalities and Region Stockholm's
 * hospital kitchen: each municipality procuring alone versus joint procurement through municipal
 * cooperation (kommunal avtalssamverkan). Derivations: docs/demos.md §2–§7 and `meta.notes`.
 */
import { evaluate } from '../engine';
import { createEmptyPlan } from '../model/defaults';
import type { Organisation, Plan, Supplier } from '../model/types';
import { COMMON_SOURCES, DEMO_PLAN_DATE, DEMO_START_YEAR, categoryTarget, contract, demoScenario, points, targetExcept } from './build';
import { budgetsFrom, categoryKg, headline, mealsPerServiceDay, organisationLocalShare, perYear, resultsById } from './figures';
import { hospitalKitchen, municipalKitchens, type KitchenLabels, type SectorShares } from './kitchens';
import { makeOffer, roundTonnes, wholesalerOffers } from './offers';
import type { DemoDefinition } from './types';

export const SE_PLAN_ID = 'demo-stockholm-malardalen';
const CURRENCY = 'SEK';

/**
 * People served per inhabitant (estimates, docs/demos.md §2), from national figures for about
 * 10.5 M inhabitants: compulsory-school pupils about 1.15 M (11 %); preschool children about
 * 0.52 M (5 %); nursing-home residents about 84,000 (0.8 %); home-delivered meals about 48,000
 * (Livsmedelsverket: 0.46 %).
 */
export const SE_SHARES: SectorShares = { school: 0.11, preschool: 0.05, elderly_care: 0.008, home_meals: 0.0046 };
/** Occupied hospital beds: about 25,000 patients a day (Livsmedelsverket) / 10.5 M, at 85 % occupancy ≈ 0.28 % of the population in beds. */
export const SE_BEDS_PER_INHABITANT = 0.0028;

const LABELS: KitchenLabels = {
  school: 'skolkök',
  preschool: 'förskolekök',
  elderly_care: 'äldreboende',
  home_meals: 'matdistribution (hemtjänst)',
  hospital: 'sjukhuskök',
};

interface Muni {
  id: string;
  name: string;
  place: string;
  code: string;
  county: string;
  population: number;
  lat: number;
  lon: number;
}

/** Kommunkod and län from SCB; populations rounded, about 2023 (estimates: replace with SCB's figures). Centres approximate. */
const MUNICIPALITIES: readonly Muni[] = [
  { id: 'se-sodertalje', name: 'Södertälje kommun', place: 'Södertälje', code: '0181', county: '01', population: 101_000, lat: 59.196, lon: 17.626 },
  { id: 'se-nykvarn', name: 'Nykvarns kommun', place: 'Nykvarn', code: '0140', county: '01', population: 11_600, lat: 59.178, lon: 17.431 },
  { id: 'se-salem', name: 'Salems kommun', place: 'Salem', code: '0128', county: '01', population: 17_300, lat: 59.196, lon: 17.769 },
  { id: 'se-gnesta', name: 'Gnesta kommun', place: 'Gnesta', code: '0461', county: '04', population: 11_300, lat: 59.049, lon: 17.311 },
  { id: 'se-trosa', name: 'Trosa kommun', place: 'Trosa', code: '0488', county: '04', population: 14_100, lat: 58.896, lon: 17.55 },
];
const REGION_ID = 'se-region-stockholm';
const MEMBER_IDS = MUNICIPALITIES.map((m) => m.id);

/** Mälardalsrådet's five counties: Stockholm 01, Uppsala 03, Södermanland 04, Örebro 18, Västmanland 19. */
export const SE_LOCAL_COUNTIES = ['01', '03', '04', '18', '19'];

/** Categories the joint procurement tenders together (the rest stays with each municipality). */
export const SE_POOLED = ['red_meat', 'poultry', 'eggs', 'vegetables', 'potatoes_roots', 'fruit_berries', 'grains', 'legumes'];

/**
 * Local capacities, as shares of the demo area's year-1 demand for the category (estimates; the
 * resulting tonnes are in docs/demos.md §4). Scarce where local supply to public kitchens is thin.
 */
export const SE_CAPACITY_SHARE = {
  dairyMilk: 0.25,
  dairyMilkOrganic: 0.1,
  meat: 0.15,
  vegetables: 0.1,
  roots: 0.3,
  bread: 0.7,
  eggs: 0.5,
  millLegumes: 0.3,
  millGrains: 0.15,
} as const;

const WHOLESALER = 'se-wholesaler';
const WHOLESALER_ORGANIC = 'se-wholesaler-organic';
const DAIRY = 'se-dairy-sormland';
const MEAT = 'se-meat-malardalen';
const GROWER = 'se-grower-uppland';
const BAKERY = 'se-bakery-sodertalje';
const EGGS = 'se-eggs-sormland';
const MILL = 'se-mill-uppland';

/** The wholesaler's origin data: domestic staples from Sweden's main farming regions (outside Mälardalen), mixed and imported categories unknown. */
function wholesalerOrigin(categoryId: string) {
  switch (categoryId) {
    case 'red_meat':
    case 'milk':
    case 'other_dairy':
    case 'bread':
      return { country: 'SE', regionCode: '14' };
    case 'poultry':
    case 'eggs':
    case 'potatoes_roots':
      return { country: 'SE', regionCode: '12' };
    default:
      return null;
  }
}

function organisations(): Organisation[] {
  const munis = MUNICIPALITIES.map((m): Organisation => ({
    id: m.id,
    name: m.name,
    kind: 'municipality',
    country: 'SE',
    currency: CURRENCY,
    code: m.code,
    regionCode: m.county,
    ...(m.county === '01' ? { parentRegionId: REGION_ID } : {}),
    population: m.population,
    location: { lat: m.lat, lon: m.lon },
  }));
  const region: Organisation = {
    id: REGION_ID,
    name: 'Region Stockholm',
    kind: 'region',
    regionKind: 'se_region',
    country: 'SE',
    currency: CURRENCY,
    code: '01',
    regionCode: '01',
    location: { lat: 59.187, lon: 17.646 },
  };
  return [...munis, region];
}

function suppliers(): Supplier[] {
  return [
    { id: WHOLESALER, name: 'Livsmedelsgrossist, konventionellt sortiment', country: 'SE', distanceKm: 60 },
    { id: WHOLESALER_ORGANIC, name: 'Livsmedelsgrossist, ekologiskt sortiment', country: 'SE', distanceKm: 60 },
    { id: DAIRY, name: 'Gårdsmejeri i Sörmland', country: 'SE', regionCode: '04', location: { lat: 59.06, lon: 16.59 } },
    { id: MEAT, name: 'Slakteri i Mälardalen', country: 'SE', regionCode: '04', location: { lat: 58.996, lon: 16.207 } },
    { id: GROWER, name: 'Grönsaksodlare i Uppland', country: 'SE', regionCode: '03', location: { lat: 59.636, lon: 17.078 } },
    { id: BAKERY, name: 'Bageri i Södertälje', country: 'SE', regionCode: '01', location: { lat: 59.2, lon: 17.64 } },
    { id: EGGS, name: 'Äggproducent i Sörmland', country: 'SE', regionCode: '04', location: { lat: 58.753, lon: 17.009 } },
    { id: MILL, name: 'Kvarn och baljväxter i Uppland', country: 'SE', regionCode: '03', location: { lat: 59.858, lon: 17.639 } },
  ];
}

/** The plan without local suppliers, contracts, other scenarios and budgets: used to measure demand. */
function basePlan(): Plan {
  const plan = createEmptyPlan({ id: SE_PLAN_ID, name: 'Stockholm–Mälardalen (demo)', country: 'SE', planDate: DEMO_PLAN_DATE });
  const orgs = organisations();
  const region = orgs.find((o) => o.id === REGION_ID)!;
  const population = MUNICIPALITIES.reduce((s, m) => s + m.population, 0);
  const kitchens = [
    ...orgs.filter((o) => o.kind === 'municipality').flatMap((org) =>
      municipalKitchens({ org, country: 'SE', shares: SE_SHARES, labels: LABELS, place: MUNICIPALITIES.find((m) => m.id === org.id)!.place }),
    ),
    hospitalKitchen(region, 'SE', 'se-region-stockholm-hospital-01', 'Södertälje sjukhus, sjukhuskök', Math.round(population * SE_BEDS_PER_INHABITANT), region.location),
  ];
  return {
    ...plan,
    meta: { ...plan.meta, local: { kind: 'region_set', radiusKm: 250, regionCodes: [...SE_LOCAL_COUNTIES], stage: 'grown' } },
    organisations: orgs,
    kitchens,
    suppliers: suppliers(),
    offers: [...wholesalerOffers(WHOLESALER, CURRENCY, false, wholesalerOrigin), ...wholesalerOffers(WHOLESALER_ORGANIC, CURRENCY, true, wholesalerOrigin)],
    scenarios: [municipalScenario(plan)],
  };
}

/** Categories with a local lot: the local target applies to them (docs/demos.md §5). */
export const SE_LOCAL_CATEGORIES = ['red_meat', 'milk', 'vegetables', 'potatoes_roots', 'bread', 'eggs'];

const TARGETS = {
  /**
   * Local share by value (estimates): 20 % of each local-lot category in 2027 rising to 40 % in
   * 2032; the overall figure shown beside it is 10 % rising to 20 %.
   */
  local: categoryTarget('value', points([2027, 0.1], [2032, 0.2]), SE_LOCAL_CATEGORIES, points([2027, 0.2], [2032, 0.4])),
  /** The higher local target: 60 % of each local-lot category in 2032, legumes and grains added (the candidate mill); overall 35 %. */
  localHigher: categoryTarget('value', points([2027, 0.1], [2032, 0.35]), [...SE_LOCAL_CATEGORIES, 'legumes', 'grains'], points([2027, 0.2], [2032, 0.6])),
  /** Organic share by value: 45 % in 2027 rising to the national 60 % by 2030 (Livsmedelsstrategin); fish has no organic offer. */
  organic: targetExcept('value', points([2027, 0.45], [2030, 0.6]), ['fish']),
};

function municipalScenario(plan: Pick<Plan, 'meta'>) {
  return demoScenario(plan, { id: 'se-municipal', name: 'Varje kommun upphandlar själv', kind: 'municipal' }, { localTarget: TARGETS.local, organicTarget: TARGETS.organic });
}

function jointScenario(plan: Pick<Plan, 'meta'>, id: string, name: string, higherLocal: boolean) {
  const s = demoScenario(plan, { id, name, kind: 'partnership' }, { localTarget: higherLocal ? TARGETS.localHigher : TARGETS.local, organicTarget: TARGETS.organic });
  return {
    ...s,
    includedCandidateIds: higherLocal ? [MILL] : [],
    partnership: {
      ...s.partnership,
      memberIds: [...MEMBER_IDS],
      pooledCategoryIds: [...SE_POOLED],
      // Kommunal avtalssamverkan has no membership fee; the host's work is in the tendering cost.
      fees: MEMBER_IDS.map((organisationId) => ({ organisationId, tier: 'none' as const })),
      feeFullMinor: 0,
      feeGroupMinor: 0,
      // No extra discount is assumed: the pooled gain is only the wholesaler's volume brackets.
      pooledDiscount: 0,
      hubEnabled: false,
      costSplit: 'meals' as const,
    },
  };
}

function localOffers(demand: Map<string, number>) {
  const cap = (categoryId: string, share: number) => roundTonnes((demand.get(categoryId) ?? 0) * share);
  const c = SE_CAPACITY_SHARE;
  const src = (what: string) => `Estimate: ${what}. Price: reference midpoint × (1 + typical local premium), domain brief §3.2.`;
  return [
    makeOffer({ id: 'se-dairy-milk', supplierId: DAIRY, categoryId: 'milk', currency: CURRENCY, local: true, capacityKg: cap('milk', c.dairyMilk), origin: { country: 'SE', regionCode: '04' }, source: src('a farm dairy delivering a quarter of the area’s milk') }),
    makeOffer({ id: 'se-dairy-milk-organic', supplierId: DAIRY, categoryId: 'milk', currency: CURRENCY, local: true, organic: true, capacityKg: cap('milk', c.dairyMilkOrganic), origin: { country: 'SE', regionCode: '04' }, source: src('organic milk from the same dairy') }),
    makeOffer({ id: 'se-meat-red', supplierId: MEAT, categoryId: 'red_meat', currency: CURRENCY, local: true, capacityKg: cap('red_meat', c.meat), minVolumeKg: 20_000, origin: { country: 'SE', regionCode: '04' }, source: src('a regional slaughterhouse; it takes at least 20 t a year from one buyer') }),
    makeOffer({ id: 'se-grower-vegetables', supplierId: GROWER, categoryId: 'vegetables', currency: CURRENCY, local: true, capacityKg: cap('vegetables', c.vegetables), minVolumeKg: 5_000, origin: { country: 'SE', regionCode: '03' }, source: src('seasonal field vegetables; at least 5 t a year from one buyer') }),
    makeOffer({ id: 'se-grower-roots', supplierId: GROWER, categoryId: 'potatoes_roots', currency: CURRENCY, local: true, capacityKg: cap('potatoes_roots', c.roots), origin: { country: 'SE', regionCode: '03' }, source: src('potatoes and root vegetables, washed and peeled') }),
    makeOffer({ id: 'se-bakery-bread', supplierId: BAKERY, categoryId: 'bread', currency: CURRENCY, local: true, capacityKg: cap('bread', c.bread), origin: { country: 'SE', regionCode: '01' }, source: src('a regional bakery using grain from the area') }),
    makeOffer({ id: 'se-eggs', supplierId: EGGS, categoryId: 'eggs', currency: CURRENCY, local: true, capacityKg: cap('eggs', c.eggs), origin: { country: 'SE', regionCode: '04' }, source: src('an egg farm') }),
    makeOffer({ id: 'se-mill-legumes', supplierId: MILL, categoryId: 'legumes', currency: CURRENCY, local: true, candidate: true, capacityKg: cap('legumes', c.millLegumes), origin: { country: 'SE', regionCode: '03' }, source: src('candidate: Swedish peas and fava beans from a new mill, not contracted yet') }),
    makeOffer({ id: 'se-mill-grains', supplierId: MILL, categoryId: 'grains', currency: CURRENCY, local: true, candidate: true, capacityKg: cap('grains', c.millGrains), origin: { country: 'SE', regionCode: '03' }, source: src('candidate: flour and grains from the same mill') }),
  ];
}

/** What each municipality's food contract holds: conventional meat, fish and vegetables; dairy, eggs, fruit, flour and dry goods bought organic (whole product groups switched, estimate). */
const CONVENTIONAL_LOTS = ['red_meat', 'poultry', 'fish', 'vegetables', 'potatoes_roots', 'legumes'];
const ORGANIC_LOTS = ['other_dairy', 'eggs', 'fruit_berries', 'grains', 'other'];

function contracts() {
  const sodertalje = { start: '2024-03-01', initialEnd: '2026-02-28', extensions: [{ months: 12, noticeMonths: 9, use: true }, { months: 12, noticeMonths: 9, use: true }], leadTimeMonths: 9 };
  const nykvarnSalem = { start: '2024-09-01', initialEnd: '2026-08-31', extensions: [{ months: 12, noticeMonths: 9, use: true }, { months: 12, noticeMonths: 9, use: false }], leadTimeMonths: 9 };
  return [
    contract({ id: 'se-c-sodertalje-food', name: 'Livsmedel 2024–2028, Södertälje (2 + 1 + 1 år)', buyerIds: ['se-sodertalje'], supplierId: WHOLESALER, categoryIds: CONVENTIONAL_LOTS, ...sodertalje }),
    contract({ id: 'se-c-sodertalje-organic', name: 'Livsmedel 2024–2028, Södertälje: ekologiska varugrupper', buyerIds: ['se-sodertalje'], supplierId: WHOLESALER_ORGANIC, categoryIds: ORGANIC_LOTS, ...sodertalje }),
    contract({ id: 'se-c-nykvarn-salem-food', name: 'Livsmedel 2024–2027, Nykvarn och Salem (2 + 1 + 1 år)', buyerIds: ['se-nykvarn', 'se-salem'], supplierId: WHOLESALER, categoryIds: CONVENTIONAL_LOTS, ...nykvarnSalem }),
    contract({ id: 'se-c-nykvarn-salem-organic', name: 'Livsmedel 2024–2027, Nykvarn och Salem: ekologiska varugrupper', buyerIds: ['se-nykvarn', 'se-salem'], supplierId: WHOLESALER_ORGANIC, categoryIds: ORGANIC_LOTS, ...nykvarnSalem }),
    contract({
      id: 'se-c-sormland-framework',
      name: 'Ramavtal livsmedel via inköpscentral 2025–2029, Gnesta och Trosa',
      buyerIds: ['se-gnesta', 'se-trosa'],
      supplierId: WHOLESALER,
      categoryIds: ['poultry', 'fish', 'grains', 'legumes', 'other'],
      start: '2025-04-01',
      initialEnd: '2029-03-31',
      leadTimeMonths: 12,
      joinByDate: '2024-06-30',
    }),
    contract({ id: 'se-c-milk', name: 'Mjölk 2025–2027, Nykvarn och Salem', buyerIds: ['se-nykvarn', 'se-salem'], supplierId: DAIRY, categoryIds: ['milk'], start: '2025-01-01', initialEnd: '2027-12-31', leadTimeMonths: 6 }),
    contract({
      id: 'se-c-bread',
      name: 'Bröd 2025–2027, Södertälje (2 + 1 år)',
      buyerIds: ['se-sodertalje'],
      supplierId: BAKERY,
      categoryIds: ['bread'],
      start: '2025-09-01',
      initialEnd: '2027-08-31',
      extensions: [{ months: 12, noticeMonths: 6, use: false }],
      leadTimeMonths: 6,
    }),
    contract({
      id: 'se-c-region',
      name: 'Livsmedel sjukhusköket 2023–2027, Region Stockholm',
      buyerIds: [REGION_ID],
      supplierId: WHOLESALER,
      categoryIds: ['red_meat', 'poultry', 'fish', 'milk', 'other_dairy', 'eggs', 'vegetables', 'potatoes_roots', 'fruit_berries', 'bread', 'grains', 'legumes', 'other'],
      start: '2023-09-01',
      initialEnd: '2027-08-31',
      leadTimeMonths: 18,
    }),
  ];
}

const NOTES = [
  'Demo built from public figures; every figure below is an estimate unless a source is named. Full derivations: docs/demos.md in the Måltid repository.',
  'Area: Södertälje, Nykvarn and Salem (Stockholm county) and Gnesta and Trosa (Södermanland), with Region Stockholm represented only by the hospital kitchen that serves the area (Södertälje sjukhus). Populations are rounded figures for about 2023 and must be replaced with SCB statistics; municipal centres are approximate.',
  'Meals: people served = population × sector share (school 11 %, preschool 5 %, nursing homes 0.8 %, home-delivered meals 0.46 %; hospital beds 0.28 %), from national totals for 10.5 M inhabitants (Livsmedelsverket: about 48,000 home-meal recipients and 25,000 hospital patients a day). Service days, attendance and lunch-equivalents are the sector defaults (school 178 days, 90 %; preschool 230 days, 85 %, 1.6 lunch-equivalents; nursing home every day, 2.2; hospital every day, 85 % occupancy, 2.55 with two snacks).',
  'Kitchens: one record per typical kitchen (Hudiksvall: 280 school lunches, 77 preschool children, 30 nursing-home residents), at most 16 per municipality and sector (a record then stands for a group). Every third school and nursing-home kitchen cooks and the next two receive from it; every fourth preschool cooks and the rest receive from school kitchens; home meals are packed from a nursing-home kitchen.',
  'Prices: midpoint of the 2024 reference range in SEK/kg (organic: plus the midpoint of the organic premium; local: plus the typical local premium of domain brief §3.2), quoted for 2024 and indexed 2 % a year. The wholesaler gives volume brackets of 2 % above 1 M SEK, 4 % above 5 M and 6 % above 20 M a year and category (the brief’s example; no public source). Delivery costs 2 SEK/kg; tendering 25,000 SEK per lot, once every 4 years.',
  'Suppliers: the wholesaler is unlimited and gives origin for domestic staples only (illustrative regions outside Mälardalen); local producers are illustrative, not real firms, with capacities set as a stated share of the area’s year-1 demand (milk 25 %, organic milk 10 %, red meat 15 %, vegetables 10 %, potatoes and roots 30 %, bread 70 %, eggs 50 %; candidate mill: legumes 30 %, grains 15 %). Local means grown in one of Mälardalsrådet’s five counties (01, 03, 04, 18, 19).',
  'Contracts are illustrative, with staggered ends from 2027 to 2029 and lead times of 6–18 months. Budgets: each organisation’s total cost in 2027 in the municipal scenario × 1.02, then +2 % a year, rounded to thousands.',
  'Scenarios: each municipality alone; joint procurement of eight categories by all five municipalities (kommunal avtalssamverkan: no fee, no extra discount assumed); the same with a higher local target (35 % by value in 2032) and the candidate mill included.',
].join('\n\n');

const SOURCES = [
  ...COMMON_SOURCES,
  { label: 'Mälardalsrådet: spreading Södertälje’s sustainable food work (MatLust)', url: 'https://www.malardalsradet.se/', note: 'Seed: 16 municipalities and 2 regions; seminar on procurement models including kommunal avtalssamverkan; five counties.' },
  { label: 'Livsmedelsverket: Fakta om offentliga måltider', url: 'https://www.livsmedelsverket.se/matvanor-halsa--miljo/maltider-i-vard-skola-och-omsorg/om-offentliga-maltider/fakta-om-offentliga-maltider', note: 'About 3 M public meals a day; 48,000 home-meal recipients; 25,000 hospital patients a day (Delfi Foodserviceguide 2016).' },
  { label: 'Skolförordningen 2011:185, 3 kap.', note: 'At least 178 school days a year.' },
  { label: 'Upphandlingsmyndigheten: lokalproducerat och upphandlingsregelverket', url: 'https://www.upphandlingsmyndigheten.se/branscher/upphandling-av-livsmedel-och-maltidstjanster/upphandling-av-narproducerade-livsmedel/', note: '“Local” is a follow-up figure, not a tender requirement.' },
  { label: 'SCB: kommunkoder and population', url: 'https://www.scb.se/', note: 'Codes are SCB’s; the populations in this demo are rounded estimates to be replaced with SCB’s figures.' },
];

function build(): Plan {
  const base = basePlan();
  // Pass 1: the area's demand per category in 2027, to state capacities as shares of it.
  const demand = categoryKg(evaluate(base, 'se-municipal'), DEMO_START_YEAR);
  const plan: Plan = {
    ...base,
    meta: { ...base.meta, notes: NOTES, sources: SOURCES.map((s) => ({ ...s })) },
    offers: [...base.offers, ...localOffers(demand)],
    contracts: contracts(),
    scenarios: [
      municipalScenario(base),
      jointScenario(base, 'se-joint', 'Gemensam upphandling (kommunal avtalssamverkan)', false),
      jointScenario(base, 'se-joint-local', 'Gemensam upphandling, högre lokalt mål', true),
    ],
  };
  // Pass 2: budgets from the municipal scenario's 2027 cost × 1.02, +2 % a year.
  return { ...plan, budgets: budgetsFrom(evaluate(plan, 'se-municipal'), 1.02, 0.02) };
}

function noteFigures(plan: Plan): Record<string, number> {
  const r = resultsById(plan);
  const municipal = r.get('se-municipal')!;
  const joint = r.get('se-joint')!;
  const jointLocal = r.get('se-joint-local')!;
  const m = headline(municipal, 'value');
  const j = headline(joint, 'value');
  const l = headline(jointLocal, 'value');
  return {
    mealsPerDay: Math.round(mealsPerServiceDay(plan)),
    costPerMealMunicipal: m.costPerMeal,
    costPerMealJoint: j.costPerMeal,
    costPerMealJointLocal: l.costPerMeal,
    jointSavingPerYear: perYear(joint, m.totalMinor - j.totalMinor),
    jointDiscountGainPerYear: perYear(joint, joint.horizon.discountMinor - municipal.horizon.discountMinor),
    jointTenderingSavingPerYear: perYear(joint, municipal.horizon.tenderingMinor - joint.horizon.tenderingMinor),
    localShareMunicipal: m.localShare,
    localShareJoint: j.localShare,
    localShareJointLocal: l.localShare,
    localShareGnestaMunicipal: organisationLocalShare(municipal, 'se-gnesta', 'value'),
    localShareGnestaJoint: organisationLocalShare(joint, 'se-gnesta', 'value'),
    localShareSodertaljeMunicipal: organisationLocalShare(municipal, 'se-sodertalje', 'value'),
    localShareSodertaljeJoint: organisationLocalShare(joint, 'se-sodertalje', 'value'),
    unmetLocalKgLastYear: jointLocal.totals.at(-1)!.unmetLocalKg,
    budgetGapMunicipal: m.budgetGap,
    budgetGapJoint: j.budgetGap,
    budgetGapJointLocal: l.budgetGap,
  };
}

export const stockholmMalardalen: DemoDefinition = { id: 'stockholm-malardalen', country: 'SE', build, noteFigures };
