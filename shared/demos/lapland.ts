/**
 * Demo: Lapland (Finland, EUR). The 21 municipalities of Lapland and the Lapland wellbeing
 * services county (Lapin hyvinvointialue), after the 2023 reform moved health and social services
 * and their kitchens to the county: municipal (as before the reform) versus regional, and a
 * regional partnership model for local food (Luke project 180525). Derivations: docs/demos.md.
 */
import { evaluate } from '../engine';
import { createEmptyPlan } from '../model/defaults';
import type { Kitchen, Offer, Organisation, Plan, Scenario, Supplier } from '../model/types';
import { COMMON_SOURCES, DEMO_PLAN_DATE, DEMO_START_YEAR, categoryTarget, contract, demoScenario, points, targetExcept } from './build';
import { budgetsFrom, categoryKg, headline, mealsPerServiceDay, organisationLocalShare, perYear, resultsById } from './figures';
import { hospitalKitchen, municipalKitchens, type KitchenLabels, type SectorShares } from './kitchens';
import { CATEGORY_IDS, makeOffer, roundTonnes, wholesalerOffers } from './offers';
import type { DemoDefinition } from './types';

export const FI_PLAN_ID = 'demo-lapland';
const CURRENCY = 'EUR';

/**
 * People served per inhabitant (estimates, docs/demos.md §2), national shares applied to Lapland:
 * pupils in basic and upper-secondary education eating school lunch about 10 %; children in early
 * childhood education about 4.5 %; residents in 24-hour elderly care about 0.9 %; home-delivered
 * meals 0.26 % (Pohjois-Pohjanmaa: about 400,000 home-delivered meals a year ÷ 365 ÷ about 415,000
 * inhabitants). Lapland is older than Finland on average, so elderly care is probably understated.
 */
export const FI_SHARES: SectorShares = { school: 0.1, preschool: 0.045, elderly_care: 0.009, home_meals: 0.0026 };
/** Hospital beds, including health-centre wards: about 3 per 1,000 inhabitants (estimate). */
export const FI_BEDS_PER_INHABITANT = 0.003;

const LABELS: KitchenLabels = {
  school: 'koulukeittiö',
  preschool: 'päiväkotikeittiö',
  elderly_care: 'hoivakoti',
  home_meals: 'kotiateriat (jakelukeittiö)',
  hospital: 'sairaalakeittiö',
};

interface Muni {
  code: string;
  name: string;
  population: number;
  subregion: string;
  lat: number;
  lon: number;
}

/**
 * The 21 municipalities (kuntanumero, population and sub-region from ../shared/data/
 * lapland-municipalities.csv: seven populations verified, the others estimates that sum to about
 * the verified 176,134 at the end of 2023). Centres approximate.
 */
const MUNICIPALITIES: readonly Muni[] = [
  { code: '698', name: 'Rovaniemi', population: 65_500, subregion: 'Rovaniemi', lat: 66.503, lon: 25.729 },
  { code: '851', name: 'Tornio', population: 21_300, subregion: 'Kemi-Tornio', lat: 65.848, lon: 24.146 },
  { code: '240', name: 'Kemi', population: 19_600, subregion: 'Kemi-Tornio', lat: 65.736, lon: 24.564 },
  { code: '758', name: 'Sodankylä', population: 8_152, subregion: 'Pohjois-Lappi', lat: 67.416, lon: 26.59 },
  { code: '241', name: 'Keminmaa', population: 7_691, subregion: 'Kemi-Tornio', lat: 65.801, lon: 24.544 },
  { code: '148', name: 'Inari', population: 7_121, subregion: 'Pohjois-Lappi', lat: 68.657, lon: 27.539 },
  { code: '320', name: 'Kemijärvi', population: 7_105, subregion: 'Itä-Lappi', lat: 66.713, lon: 27.431 },
  { code: '261', name: 'Kittilä', population: 6_600, subregion: 'Tunturi-Lappi', lat: 67.653, lon: 24.911 },
  { code: '273', name: 'Kolari', population: 3_900, subregion: 'Tunturi-Lappi', lat: 67.331, lon: 23.789 },
  { code: '976', name: 'Ylitornio', population: 3_700, subregion: 'Torniolaakso', lat: 66.319, lon: 23.672 },
  { code: '683', name: 'Ranua', population: 3_600, subregion: 'Rovaniemi', lat: 65.927, lon: 26.518 },
  { code: '732', name: 'Salla', population: 3_300, subregion: 'Itä-Lappi', lat: 66.832, lon: 28.668 },
  { code: '854', name: 'Pello', population: 3_100, subregion: 'Torniolaakso', lat: 66.775, lon: 23.965 },
  { code: '751', name: 'Simo', population: 2_900, subregion: 'Kemi-Tornio', lat: 65.662, lon: 25.063 },
  { code: '614', name: 'Posio', population: 2_800, subregion: 'Itä-Lappi', lat: 66.11, lon: 28.165 },
  { code: '845', name: 'Tervola', population: 2_800, subregion: 'Kemi-Tornio', lat: 66.085, lon: 24.807 },
  { code: '498', name: 'Muonio', population: 2_400, subregion: 'Tunturi-Lappi', lat: 67.958, lon: 23.68 },
  { code: '047', name: 'Enontekiö', population: 1_850, subregion: 'Tunturi-Lappi', lat: 68.384, lon: 23.632 },
  { code: '890', name: 'Utsjoki', population: 1_136, subregion: 'Pohjois-Lappi', lat: 69.908, lon: 27.027 },
  { code: '742', name: 'Savukoski', population: 1_000, subregion: 'Itä-Lappi', lat: 67.293, lon: 28.163 },
  { code: '583', name: 'Pelkosenniemi', population: 930, subregion: 'Itä-Lappi', lat: 67.11, lon: 27.511 },
];

/** Organisation id of a municipality: `fi-` and its name in lower case ASCII. */
export function fiMunicipalityId(name: string): string {
  return `fi-${name.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o')}`;
}

const COUNTY_ID = 'fi-lapha';
/** Lappi, maakunta 19: "local" means grown in the own maakunta (the Finnish local-food programme). */
const LAPLAND = '19';
const MUNICIPALITY_IDS = MUNICIPALITIES.map((m) => fiMunicipalityId(m.name));

/** Western Lapland (Länsi-Pohja central hospital in Kemi); the rest is served from Rovaniemi. */
const WEST_SUBREGIONS = ['Kemi-Tornio', 'Torniolaakso'];

/** Local capacities, as shares of Lapland's year-1 demand for the category (estimates, docs/demos.md §4). */
export const FI_CAPACITY_SHARE = {
  meat: 0.1,
  fish: 0.3,
  berries: 0.15,
  potatoes: 0.3,
  bread: 0.5,
  greenhouseVegetables: 0.1,
} as const;

/** Categories with a local lot (the local target applies to them). */
export const FI_LOCAL_CATEGORIES = ['red_meat', 'fish', 'fruit_berries', 'potatoes_roots', 'bread'];

const WHOLESALER = 'fi-wholesaler';
const WHOLESALER_ORGANIC = 'fi-wholesaler-organic';
const MEAT = 'fi-lapland-meat';
const FISH = 'fi-lapland-fish';
const BERRIES = 'fi-lapland-berries';
const POTATOES = 'fi-tornionlaakso-potatoes';
const BAKERY = 'fi-rovaniemi-bakery';
const GREENHOUSE = 'fi-lapland-greenhouse';

/** The wholesaler's origin data: dairy and bread from Pohjois-Pohjanmaa (17), meat, eggs and potatoes from Etelä-Pohjanmaa (14), illustrative; the rest unknown. */
function wholesalerOrigin(categoryId: string) {
  if (['milk', 'other_dairy', 'bread'].includes(categoryId)) return { country: 'FI', regionCode: '17' };
  if (['red_meat', 'poultry', 'eggs', 'potatoes_roots'].includes(categoryId)) return { country: 'FI', regionCode: '14' };
  return null;
}

function organisations(): Organisation[] {
  const munis = MUNICIPALITIES.map((m): Organisation => ({
    id: fiMunicipalityId(m.name),
    name: m.name,
    kind: 'municipality',
    country: 'FI',
    currency: CURRENCY,
    code: m.code,
    regionCode: LAPLAND,
    parentRegionId: COUNTY_ID,
    population: m.population,
    location: { lat: m.lat, lon: m.lon },
  }));
  const county: Organisation = {
    id: COUNTY_ID,
    name: 'Lapin hyvinvointialue',
    kind: 'region',
    regionKind: 'fi_wellbeing_county',
    country: 'FI',
    currency: CURRENCY,
    regionCode: LAPLAND,
    // Verified: Lapland's population at the end of 2023 (Statistics Finland via Yle).
    population: 176_134,
    location: { lat: 66.503, lon: 25.729 },
  };
  return [...munis, county];
}

function suppliers(): Supplier[] {
  return [
    { id: WHOLESALER, name: 'Valtakunnallinen elintarviketukku, tavanomainen valikoima', country: 'FI', regionCode: '17', location: { lat: 65.012, lon: 25.465 } },
    { id: WHOLESALER_ORGANIC, name: 'Valtakunnallinen elintarviketukku, luomuvalikoima', country: 'FI', regionCode: '17', location: { lat: 65.012, lon: 25.465 } },
    { id: MEAT, name: 'Lappilainen teurastamo (poro ja nauta)', country: 'FI', regionCode: LAPLAND, location: { lat: 66.5, lon: 25.75 } },
    { id: FISH, name: 'Lapin järvi- ja jokikala', country: 'FI', regionCode: LAPLAND, location: { lat: 68.66, lon: 27.54 } },
    { id: BERRIES, name: 'Lapin luonnonmarjat', country: 'FI', regionCode: LAPLAND, location: { lat: 66.71, lon: 27.43 } },
    { id: POTATOES, name: 'Tornionlaakson perunanviljelijät', country: 'FI', regionCode: LAPLAND, location: { lat: 66.0, lon: 24.0 } },
    { id: BAKERY, name: 'Leipomo Rovaniemellä', country: 'FI', regionCode: LAPLAND, location: { lat: 66.5, lon: 25.72 } },
    { id: GREENHOUSE, name: 'Lappilaiset kasvihuonetuottajat', country: 'FI', regionCode: LAPLAND, location: { lat: 65.85, lon: 24.15 } },
  ];
}

/**
 * Enontekiö's central kitchen is a school production kitchen that also cooks for the municipality's
 * elderly care and home meals (docs/demos.md §3). The municipal board noted in 2022 (§233) that the
 * procurement act does not let a municipal central kitchen serve both the municipality and the
 * county: in the regional scenario the engine flags this kitchen pair on purpose.
 */
function enontekioSharedKitchen(kitchens: Kitchen[]): Kitchen[] {
  const id = fiMunicipalityId('Enontekiö');
  const school = `${id}-school-01`;
  return kitchens.map((k): Kitchen => {
    if (k.organisationId !== id) return k;
    if (k.sector === 'elderly_care' || k.sector === 'home_meals') return { ...k, kind: 'receiving', suppliedById: school };
    return k;
  });
}

function basePlan(): Plan {
  const plan = createEmptyPlan({ id: FI_PLAN_ID, name: 'Lappi (demo)', country: 'FI', planDate: DEMO_PLAN_DATE });
  const orgs = organisations();
  const county = orgs.find((o) => o.id === COUNTY_ID)!;
  const westPopulation = MUNICIPALITIES.filter((m) => WEST_SUBREGIONS.includes(m.subregion)).reduce((s, m) => s + m.population, 0);
  const restPopulation = MUNICIPALITIES.reduce((s, m) => s + m.population, 0) - westPopulation;
  const municipal = orgs.filter((o) => o.kind === 'municipality').flatMap((org) => municipalKitchens({ org, country: 'FI', shares: FI_SHARES, labels: LABELS, place: org.name }));
  const kitchens = [
    ...enontekioSharedKitchen(municipal),
    hospitalKitchen(county, 'FI', 'fi-lapha-hospital-01', 'Lapin keskussairaala, sairaalakeittiö', Math.round(restPopulation * FI_BEDS_PER_INHABITANT), { lat: 66.497, lon: 25.768 }),
    hospitalKitchen(county, 'FI', 'fi-lapha-hospital-02', 'Länsi-Pohjan keskussairaala, sairaalakeittiö', Math.round(westPopulation * FI_BEDS_PER_INHABITANT), { lat: 65.742, lon: 24.582 }),
  ];
  return {
    ...plan,
    meta: { ...plan.meta, local: { kind: 'same_region', radiusKm: 250, regionCodes: [], stage: 'grown' } },
    organisations: orgs,
    kitchens,
    suppliers: suppliers(),
    offers: [...wholesalerOffers(WHOLESALER, CURRENCY, false, wholesalerOrigin), ...wholesalerOffers(WHOLESALER_ORGANIC, CURRENCY, true, wholesalerOrigin)],
    scenarios: [municipalScenario(plan)],
  };
}

const TARGETS = {
  /** Local share by weight (estimates): 15 % of each local-lot category in 2027 rising to 30 % in 2032; overall 5 % rising to 10 %. */
  local: categoryTarget('weight', points([2027, 0.05], [2032, 0.1]), FI_LOCAL_CATEGORIES, points([2027, 0.15], [2032, 0.3])),
  /** The partnership's target: 50 % of each local-lot category in 2032, greenhouse vegetables added; overall 15 %. */
  localPartnership: categoryTarget('weight', points([2027, 0.05], [2032, 0.15]), [...FI_LOCAL_CATEGORIES, 'vegetables'], points([2027, 0.15], [2032, 0.5])),
  /** Organic share by weight: 12 % in 2027 (the national level) rising to the national 25 % by 2030; fish has no organic offer. */
  organic: targetExcept('weight', points([2027, 0.12], [2030, 0.25]), ['fish']),
};

function municipalScenario(plan: Pick<Plan, 'meta'>): Scenario {
  return demoScenario(plan, { id: 'fi-municipal', name: 'Kunnat järjestävät ruokapalvelut (ennen sote-uudistusta)', kind: 'municipal' }, { localTarget: TARGETS.local, organicTarget: TARGETS.organic });
}

function regionalScenario(plan: Pick<Plan, 'meta'>): Scenario {
  const s = demoScenario(plan, { id: 'fi-regional', name: 'Hyvinvointialue järjestää sote-ruokapalvelut', kind: 'regional' }, { localTarget: TARGETS.local, organicTarget: TARGETS.organic });
  return { ...s, regional: { sectors: ['elderly_care', 'home_meals', 'hospital'], fromYear: DEMO_START_YEAR, regionId: COUNTY_ID } };
}

/**
 * The partnership model: the county and all 21 municipalities buy every category together (as
 * the joint in-house company Lapin Ateriapalvelut Oy was meant to), with a higher local target
 * and the greenhouse growers found in market dialogue. Pooling every category keeps the county's
 * volume in each purchase: the engine's partnership scenario leaves kitchens with their
 * organisation (it cannot also move sectors to the county), so a partial pool would buy the
 * unpooled categories of the care kitchens at municipal volumes.
 */
function partnershipScenario(plan: Pick<Plan, 'meta'>): Scenario {
  const s = demoScenario(plan, { id: 'fi-partnership', name: 'Maakunnallinen kumppanuusmalli lähiruoalle', kind: 'partnership' }, { localTarget: TARGETS.localPartnership, organicTarget: TARGETS.organic });
  const members = [...MUNICIPALITY_IDS, COUNTY_ID];
  return {
    ...s,
    includedCandidateIds: [GREENHOUSE],
    partnership: {
      ...s.partnership,
      memberIds: members,
      pooledCategoryIds: [...CATEGORY_IDS],
      fees: members.map((organisationId) => ({ organisationId, tier: 'none' as const })),
      feeFullMinor: 0,
      feeGroupMinor: 0,
      pooledDiscount: 0,
      hubEnabled: false,
      costSplit: 'meals',
    },
  };
}

function localOffers(demand: Map<string, number>): Offer[] {
  const c = FI_CAPACITY_SHARE;
  const cap = (categoryId: string, share: number) => roundTonnes((demand.get(categoryId) ?? 0) * share);
  const src = (what: string) => `Estimate: ${what}. Price: reference midpoint (EUR = SEK ÷ 11.4) × (1 + typical local premium), domain brief §3.2.`;
  const origin = { country: 'FI', regionCode: LAPLAND };
  return [
    makeOffer({
      id: 'fi-lapland-meat',
      supplierId: MEAT,
      categoryId: 'red_meat',
      currency: CURRENCY,
      local: true,
      // Reindeer and local beef: the top of the red-meat range (130 SEK/kg) and the top of the local premium (25 %).
      baseSek: 130,
      localPremium: 0.25,
      capacityKg: cap('red_meat', c.meat),
      minVolumeKg: 5_000,
      origin: { ...origin },
      source: 'Estimate: reindeer and local beef from a Lapland slaughterhouse, priced at the top of the red-meat range × 1.25 (domain brief §3.2); at least 5 t a year from one buyer.',
    }),
    makeOffer({ id: 'fi-lapland-fish', supplierId: FISH, categoryId: 'fish', currency: CURRENCY, local: true, capacityKg: cap('fish', c.fish), origin: { ...origin }, source: src('whitefish and vendace from Lapland lakes and rivers') }),
    makeOffer({ id: 'fi-lapland-berries', supplierId: BERRIES, categoryId: 'fruit_berries', currency: CURRENCY, local: true, capacityKg: cap('fruit_berries', c.berries), origin: { ...origin }, source: src('frozen wild lingonberries and bilberries') }),
    makeOffer({ id: 'fi-tornionlaakso-potatoes', supplierId: POTATOES, categoryId: 'potatoes_roots', currency: CURRENCY, local: true, capacityKg: cap('potatoes_roots', c.potatoes), origin: { ...origin }, source: src('Tornio valley potatoes (Lapin puikula) and root vegetables') }),
    makeOffer({ id: 'fi-rovaniemi-bread', supplierId: BAKERY, categoryId: 'bread', currency: CURRENCY, local: true, capacityKg: cap('bread', c.bread), origin: { ...origin }, source: src('a Rovaniemi bakery using northern grain') }),
    makeOffer({ id: 'fi-lapland-greenhouse-vegetables', supplierId: GREENHOUSE, categoryId: 'vegetables', currency: CURRENCY, local: true, candidate: true, capacityKg: cap('vegetables', c.greenhouseVegetables), origin: { ...origin }, source: src('candidate: Lapland greenhouse vegetables, found in market dialogue, not contracted yet') }),
  ];
}

const byName = (...names: string[]) => names.map(fiMunicipalityId);
const CONVENTIONAL_LOTS = ['poultry', 'milk', 'other_dairy', 'eggs', 'vegetables', 'grains', 'legumes', 'other'];

function contracts() {
  return [
    contract({
      id: 'fi-c-hansel',
      name: 'Hansel: elintarvikkeet 2024–2028 (puitejärjestely)',
      buyerIds: [COUNTY_ID, ...byName('Rovaniemi', 'Kemi', 'Tornio', 'Keminmaa', 'Simo', 'Tervola', 'Ranua', 'Kemijärvi')],
      supplierId: WHOLESALER,
      categoryIds: CONVENTIONAL_LOTS,
      start: '2024-02-01',
      initialEnd: '2028-01-31',
      leadTimeMonths: 12,
      joinByDate: '2023-04-14',
    }),
    contract({
      id: 'fi-c-north',
      name: 'Pohjois- ja Itä-Lapin yhteishankinta: elintarvikkeet 2025–2027 (2 + 1 + 1 v)',
      buyerIds: byName('Inari', 'Sodankylä', 'Utsjoki', 'Kittilä', 'Kolari', 'Muonio', 'Enontekiö', 'Pello', 'Ylitornio', 'Salla', 'Posio', 'Savukoski', 'Pelkosenniemi'),
      supplierId: WHOLESALER,
      categoryIds: [...CONVENTIONAL_LOTS, 'red_meat'],
      start: '2025-01-01',
      initialEnd: '2026-12-31',
      extensions: [
        { months: 12, noticeMonths: 6, use: true },
        { months: 12, noticeMonths: 6, use: false },
      ],
      leadTimeMonths: 12,
    }),
    contract({
      id: 'fi-c-rovaniemi-bread',
      name: 'Leipä 2025–2028, Rovaniemi (2 + 1 v)',
      buyerIds: byName('Rovaniemi'),
      supplierId: BAKERY,
      categoryIds: ['bread'],
      start: '2025-08-01',
      initialEnd: '2027-07-31',
      extensions: [{ months: 12, noticeMonths: 6, use: true }],
      leadTimeMonths: 6,
    }),
    contract({ id: 'fi-c-tornio-potatoes', name: 'Peruna ja juurekset 2026–2027, Tornio', buyerIds: byName('Tornio'), supplierId: POTATOES, categoryIds: ['potatoes_roots'], start: '2026-01-01', initialEnd: '2027-12-31', leadTimeMonths: 6 }),
    contract({ id: 'fi-c-north-fish', name: 'Kala 2024–2027, Inari ja Utsjoki', buyerIds: byName('Inari', 'Utsjoki'), supplierId: FISH, categoryIds: ['fish'], start: '2024-06-01', initialEnd: '2027-05-31', leadTimeMonths: 6 }),
  ];
}

const NOTES = [
  'Demo built from public figures; every figure below is an estimate unless a source is named. Full derivations: docs/demos.md in the Måltid repository.',
  'Area: the 21 municipalities of Lapland (maakunta 19) with their kuntanumero, sub-region and population (seven verified, the rest estimates summing to about the verified 176,134 at the end of 2023), and Lapin hyvinvointialue, which has run health and social services, and their kitchens, since 1 January 2023. The kitchens are recorded as before the reform (care kitchens with their municipality); the regional scenario moves elderly care, home meals and hospitals to the county from 2027. Centres are approximate.',
  'Meals: people served = population × sector share (school lunch 10 %, early childhood education 4.5 %, 24-hour elderly care 0.9 %, home-delivered meals 0.26 % from Pohjois-Pohjanmaa’s 400,000 a year; hospital and health-centre beds 0.3 %, split between the central hospitals in Rovaniemi and Kemi by catchment). Sector defaults: school 188 days, 90 %; early childhood 230 days, 85 %, 1.6 lunch-equivalents; elderly care every day, 2.2; hospital every day, 85 % occupancy, 2.55.',
  'Kitchens: one record per typical kitchen (Hudiksvall: 280 school lunches, 77 children, 30 residents), at most 16 per municipality and sector. Every third school and elderly-care kitchen cooks for the next two; every fourth day-care kitchen cooks and the rest receive from school kitchens; home meals are packed from an elderly-care kitchen. In Enontekiö the school central kitchen also cooks for elderly care and home meals, as the municipal board described in 2022: the regional scenario warns about it on purpose.',
  'Prices: midpoint of the 2024 reference range in SEK/kg ÷ 11.4 (organic: plus the midpoint of the organic premium; local: plus the typical local premium; Lapland meat, being reindeer and local beef, at the top of the range plus 25 %), quoted for 2024 and indexed 2 % a year. Wholesaler volume brackets 2/4/6 % above about 87,700 / 438,600 / 1.75 M EUR a year and category (the brief’s example). Delivery 0.18 EUR/kg; tendering 2,193 EUR per lot once every 4 years.',
  'Suppliers: the wholesaler (Oulu) is unlimited and gives origin for domestic staples only (illustrative regions); Lapland producers are illustrative, with capacities set as a stated share of Lapland’s year-1 demand (meat 10 %, fish 30 %, berries 15 %, potatoes 30 %, bread 50 %; candidate greenhouse vegetables 10 %). Local means grown in Lapland (maakunta 19).',
  'Contracts are illustrative: a Hansel framework (1 Feb 2024 – 31 Jan 2028, commitment by 14 Apr 2023 as in Hollola’s case) for the county and eight municipalities, a joint contract of the northern and eastern municipalities, and local bread, potato and fish contracts ending 2027–2028. Budgets follow the legal division since 2023: each organisation’s total cost in 2027 in the regional scenario × 1.02, then +2 % a year, rounded to thousands; compare the scenarios by their total budget gap.',
  'Scenarios: municipal, as before the reform; regional (the county runs elderly care, home meals and hospitals from 2027); the partnership model, in which the county and all municipalities buy every category together with a higher local target (50 % of the local-lot categories by 2032, greenhouse vegetables added) and the candidate greenhouse growers.',
].join('\n\n');

const SOURCES = [
  ...COMMON_SOURCES,
  { label: 'Luonnonvarakeskus (Luke), project 180525', note: 'Julkisten ruokapalveluiden maakunnallinen kumppanuusmalli lähiruuan edistämiseksi, 2022–2023: all 21 Lapland municipalities; dividing SOTE food services between municipalities and the county; market dialogue.' },
  { label: 'Lapin hyvinvointialue: ruokapalvelut jatkuvat ennallaan', url: 'https://lapha.fi/ajankohtaista/ruokapalvelut-jatkuvat-ennallaan-lapin-hyvinvointialueelle-siirryttaessa/', note: 'SOTE food services moved to the county on 1 January 2023; contracts were transferred as they were.' },
  { label: 'Enontekiön kunnanhallitus 25.10.2022 § 233', url: 'https://enontekio.cloudnc.fi/', note: 'A municipal central kitchen may not produce food services for both the municipality and the wellbeing services county.' },
  { label: 'Statistics Finland via Yle: Lapland population at the end of 2023', note: '176,134 inhabitants (verified); municipal populations: see the Måltid reference data, partly estimates.' },
  { label: 'Pohjois-Pohjanmaan hyvinvointialue: ateria- ja puhtauspalvelut', url: 'https://pohjois-pohjanmaanhyvinvointialue.fi/', note: 'About 11.5 M SOTE meals and 400,000 home-delivered meals a year: basis of the home-meal share.' },
  { label: 'Hollola: Hansel food framework', url: 'https://hollola.cloudnc.fi/', note: 'Commitment by 14.4.2023 for the period starting 1.2.2024 (about 10 months).' },
  { label: 'Opetushallitus: working days', url: 'https://www.oph.fi/sv/utbildning-och-examina/arbetstider', note: '190 working days a year, minus weekday holidays.' },
  { label: 'Luomuliitto; national organic programme', url: 'https://www.luomuliitto.fi/ammattikeittioiden-luomukysynta-otettava-todesta/', note: '25 % of public food-service raw material kilos organic by 2030; about 12 % then.' },
];

function build(): Plan {
  const base = basePlan();
  // Pass 1: Lapland's demand per category in 2027, to state capacities as shares of it.
  const demand = categoryKg(evaluate(base, 'fi-municipal'), DEMO_START_YEAR);
  const plan: Plan = {
    ...base,
    meta: { ...base.meta, notes: NOTES, sources: SOURCES.map((s) => ({ ...s })) },
    offers: [...base.offers, ...localOffers(demand)],
    contracts: contracts(),
    scenarios: [municipalScenario(base), regionalScenario(base), partnershipScenario(base)],
  };
  // Pass 2: budgets as divided since the reform (the regional scenario): 2027 cost × 1.02, +2 % a year.
  return { ...plan, budgets: budgetsFrom(evaluate(plan, 'fi-regional'), 1.02, 0.02) };
}

function noteFigures(plan: Plan): Record<string, number> {
  const r = resultsById(plan);
  const municipal = r.get('fi-municipal')!;
  const regional = r.get('fi-regional')!;
  const partnership = r.get('fi-partnership')!;
  const m = headline(municipal, 'weight');
  const g = headline(regional, 'weight');
  const p = headline(partnership, 'weight');
  const kolari = fiMunicipalityId('Kolari');
  return {
    mealsPerDay: Math.round(mealsPerServiceDay(plan)),
    costPerMealMunicipal: m.costPerMeal,
    costPerMealRegional: g.costPerMeal,
    costPerMealPartnership: p.costPerMeal,
    regionalSavingPerYear: perYear(regional, m.totalMinor - g.totalMinor),
    partnershipSavingPerYear: perYear(partnership, g.totalMinor - p.totalMinor),
    partnershipTenderingSavingPerYear: perYear(partnership, regional.horizon.tenderingMinor - partnership.horizon.tenderingMinor),
    localShareMunicipal: m.localShare,
    localShareRegional: g.localShare,
    localSharePartnership: p.localShare,
    localShareKolariMunicipal: organisationLocalShare(municipal, kolari, 'weight'),
    localShareKolariRegional: organisationLocalShare(regional, kolari, 'weight'),
    localShareKolariPartnership: organisationLocalShare(partnership, kolari, 'weight'),
    unmetLocalKgLastYear: partnership.totals.at(-1)!.unmetLocalKg,
    budgetGapMunicipal: m.budgetGap,
    budgetGapRegional: g.budgetGap,
    // The partnership stays under its budgets: the note quotes the margin as a positive amount.
    budgetMarginPartnership: -p.budgetGap,
  };
}

export const lapland: DemoDefinition = { id: 'lapland', country: 'FI', build, noteFigures };
