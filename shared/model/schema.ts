/**
 * The plan (workspace) model as zod schemas: the single source of the domain types, the
 * plan-file validation (with the JSON path of every problem) and the generated JSON Schema
 * (docs/plan-file.schema.json).
 *
 * Conventions
 * - Money is an integer number of minor units (öre, øre, cent) in the plan's currency; the field
 *   name ends in `Minor`. Prices per kg are minor units per kg.
 * - Quantities are kg unless the name says otherwise; shares are fractions in [0, 1].
 * - Dates are ISO `YYYY-MM-DD` strings; years are integers.
 * - Key order in these schemas is the key order of a written plan file: keep it stable.
 * - Additive changes only: never rename or repurpose a field that has shipped.
 */
import { z } from 'zod';
import {
  CALENDAR_KINDS,
  COST_SPLITS,
  COUNTRIES,
  CURRENCIES,
  FEE_TIERS,
  KITCHEN_KINDS,
  LOCAL_KINDS,
  LOCAL_STAGES,
  ORGANISATION_KINDS,
  RATIONING_RULES,
  REGION_KINDS,
  SCENARIO_KINDS,
  SECTORS,
  SHARE_BASES,
  THRESHOLD_KINDS,
} from './enums';

export const MAX_ID_LENGTH = 80;
export const MAX_NAME_LENGTH = 200;
/** Money above this is certainly a typing error (about 90 billion in major units). */
export const MAX_MINOR = 9_000_000_000_000;

const id = z.string().min(1).max(MAX_ID_LENGTH).regex(/^[A-Za-z0-9_.:-]+$/);
const name = z.string().trim().min(1).max(MAX_NAME_LENGTH);
const text = z.string().max(20_000);
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
const year = z.number().int().min(1990).max(2100);
const share = z.number().min(0).max(1);
const minor = z.number().int().min(0).max(MAX_MINOR);
const kg = z.number().min(0).max(1e12);
const code = z.string().trim().min(1).max(20);

export const locationSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const localDefinitionSchema = z.strictObject({
  kind: z.enum(LOCAL_KINDS),
  /** For `radius_km`: the largest distance from the buyer that still counts as local. */
  radiusKm: z.number().min(1).max(2000),
  /** For `region_set`: the region codes (län, region, maakunta) that count as local. */
  regionCodes: z.array(code).max(100),
  stage: z.enum(LOCAL_STAGES),
});

export const mealWeightsSchema = z.strictObject({
  breakfast: z.number().min(0).max(3),
  lunch: z.number().min(0).max(3),
  dinner: z.number().min(0).max(3),
  snack: z.number().min(0).max(3),
});

export const sourceSchema = z.strictObject({
  label: name,
  url: z.string().max(500).optional(),
  note: text.optional(),
});

export const planMetaSchema = z.strictObject({
  id,
  name,
  country: z.enum(COUNTRIES),
  currency: z.enum(CURRENCIES),
  /** The date the plan is made as of: contract status and lead times are judged from it. */
  planDate: isoDate,
  /** Lunch-equivalent weight of each meal type. */
  mealWeights: mealWeightsSchema,
  local: localDefinitionSchema,
  /** kg CO2e per tonne-km for deliveries (DEFRA rigid truck 7.5–17 t incl. upstream fuel). */
  transportKgCo2ePerTonneKm: z.number().min(0).max(5),
  /** Delivery distance used when neither the supplier's distance nor both locations are known. */
  defaultDistanceKm: z.number().min(0).max(5000),
  /** Delivery cost per kg bought (logistics), minor units per kg. */
  deliveryCostPerKgMinor: minor,
  notes: text,
  sources: z.array(sourceSchema).max(200),
});

export const organisationSchema = z.strictObject({
  id,
  name,
  kind: z.enum(ORGANISATION_KINDS),
  /** Set for regions: Swedish region, Danish region or Finnish wellbeing services county. */
  regionKind: z.enum(REGION_KINDS).optional(),
  country: z.enum(COUNTRIES),
  currency: z.enum(CURRENCIES),
  /** Official code: kommunkod, kommunekode, kuntanumero (or the region's code). */
  code: code.optional(),
  /** The län / region / maakunta the organisation lies in: used by "same region" local rules. */
  regionCode: code.optional(),
  /** The region organisation that takes over kitchens in a regional scenario. */
  parentRegionId: id.optional(),
  population: z.number().int().min(0).max(20_000_000).optional(),
  location: locationSchema.optional(),
});

export const mealsPerDaySchema = z.strictObject({
  breakfast: z.number().min(0).max(100_000),
  lunch: z.number().min(0).max(100_000),
  dinner: z.number().min(0).max(100_000),
  snack: z.number().min(0).max(100_000),
});

export const kitchenSchema = z.strictObject({
  id,
  name,
  organisationId: id,
  sector: z.enum(SECTORS),
  kind: z.enum(KITCHEN_KINDS),
  /** For receiving kitchens: the production kitchen that cooks for it. */
  suppliedById: id.optional(),
  /** People served per service day, by meal type. */
  meals: mealsPerDaySchema,
  /** Share of the people counted in `meals` who actually eat (absence, opting out, bed occupancy). */
  attendance: share,
  calendar: z.enum(CALENDAR_KINDS),
  /** Service days per year; used when `calendar` is `fixed`. */
  serviceDays: z.number().int().min(0).max(366),
  location: locationSchema.optional(),
});

export const localizedNamesSchema = z.strictObject({
  sv: z.string().max(MAX_NAME_LENGTH).optional(),
  da: z.string().max(MAX_NAME_LENGTH).optional(),
  fi: z.string().max(MAX_NAME_LENGTH).optional(),
  en: z.string().max(MAX_NAME_LENGTH).optional(),
});

export const foodCategorySchema = z.strictObject({
  id,
  name,
  names: localizedNamesSchema,
  /** kg CO2e per kg purchased (production, excluding the buyer's own delivery transport). */
  co2ePerKg: z.number().min(0).max(200),
  source: text,
  isEstimate: z.boolean(),
});

export const mealProfileSchema = z.strictObject({
  id,
  sector: z.enum(SECTORS),
  /** Purchased grams per lunch-equivalent portion, by food category id (week-averaged). */
  grams: z.record(id, z.number().min(0).max(5000)),
  /** Share of purchased food that is wasted: purchased = served / (1 − waste). */
  wasteShare: z.number().min(0).max(0.5),
  source: text,
  isEstimate: z.boolean(),
});

export const originSchema = z.strictObject({
  country: z.enum(COUNTRIES).or(z.string().regex(/^[A-Z]{2}$/)).optional(),
  regionCode: code.optional(),
  municipalityCode: code.optional(),
  location: locationSchema.optional(),
});

export const supplierSchema = z.strictObject({
  id,
  name,
  /** Where the supplier processes and dispatches from. */
  country: z.enum(COUNTRIES).or(z.string().regex(/^[A-Z]{2}$/)),
  municipalityCode: code.optional(),
  regionCode: code.optional(),
  location: locationSchema.optional(),
  /** Delivery distance to the buyers, when known better than from the two locations. */
  distanceKm: z.number().min(0).max(5000).optional(),
});

export const discountTierSchema = z.strictObject({
  /** The tier's rate applies to the part of the year's purchase value above this amount. */
  fromValueMinor: minor,
  rate: z.number().min(0).max(0.5),
});

export const offerSchema = z.strictObject({
  id,
  supplierId: id,
  categoryId: id,
  pricePerKgMinor: minor,
  /** The year the price is quoted for; later years apply the scenario's price index. */
  priceYear: year,
  organic: z.boolean(),
  /** kg a year the supplier can deliver in this category; null when not limited. */
  capacityKg: kg.nullable(),
  /** Smallest yearly volume the supplier takes from one buyer. */
  minVolumeKg: kg,
  discountTiers: z.array(discountTierSchema).max(10),
  /** Where the food is grown; null when not known (it then counts against data coverage). */
  origin: originSchema.nullable(),
  /** A candidate supplier not yet contracted: only used where a scenario includes it. */
  candidate: z.boolean(),
  source: text,
  isEstimate: z.boolean(),
});

export const extensionOptionSchema = z.strictObject({
  months: z.number().int().min(1).max(60),
  /** The option must be decided this many months before it would start. */
  noticeMonths: z.number().int().min(0).max(24),
  /** Whether the plan assumes this option is used. */
  use: z.boolean(),
});

export const contractSchema = z.strictObject({
  id,
  name,
  buyerIds: z.array(id).min(1).max(200),
  supplierId: id,
  categoryIds: z.array(id).min(1).max(100),
  start: isoDate,
  initialEnd: isoDate,
  extensions: z.array(extensionOptionSchema).max(10),
  /** Months a new tender takes, from start of preparation to the new contract's start. */
  leadTimeMonths: z.number().int().min(0).max(48),
  /** For a joint framework: the date by which a buyer must commit to be included. */
  joinByDate: isoDate.optional(),
});

export const budgetSchema = z.strictObject({
  id,
  organisationId: id,
  year,
  amountMinor: minor,
});

export const thresholdSchema = z.strictObject({
  id,
  country: z.enum(COUNTRIES),
  kind: z.enum(THRESHOLD_KINDS),
  amountMinor: minor,
  currency: z.enum(CURRENCIES),
  validFrom: isoDate,
  validTo: isoDate.optional(),
  source: text,
});

export const trajectoryPointSchema = z.strictObject({ year, share });

export const categoryTrajectorySchema = z.strictObject({
  categoryId: id,
  basis: z.enum(SHARE_BASES),
  points: z.array(trajectoryPointSchema).min(1).max(50),
});

/** A target share over the years: linear between points, flat before the first and after the last. */
export const trajectorySchema = z.strictObject({
  basis: z.enum(SHARE_BASES),
  points: z.array(trajectoryPointSchema).max(50),
  categories: z.array(categoryTrajectorySchema).max(200),
});

export const priceShockSchema = z.strictObject({
  /** A category id, or `*` for every category. */
  categoryId: z.union([id, z.literal('*')]),
  year,
  /** One-off rise (0.12 = +12 %) applied from `year` on, on top of the index. */
  rate: z.number().min(-0.5).max(2),
});

export const categoryRateSchema = z.strictObject({ categoryId: id, rate: z.number().min(-0.5).max(1) });

export const fixedShareSchema = z.strictObject({
  supplierId: id,
  categoryId: id,
  share,
});

export const memberFeeSchema = z.strictObject({ organisationId: id, tier: z.enum(FEE_TIERS) });

export const regionalSettingsSchema = z.strictObject({
  /** Sectors whose kitchens move to the region. */
  sectors: z.array(z.enum(SECTORS)).max(6),
  fromYear: year,
  /** The region that takes them over; when absent, each municipality's `parentRegionId`. */
  regionId: id.optional(),
});

export const partnershipSettingsSchema = z.strictObject({
  memberIds: z.array(id).max(500),
  pooledCategoryIds: z.array(id).max(200),
  fees: z.array(memberFeeSchema).max(500),
  feeFullMinor: minor,
  feeGroupMinor: minor,
  /** Extra discount expected on pooled purchases, on top of the offers' tiers. */
  pooledDiscount: z.number().min(0).max(0.5),
  /** Shared logistics (a food hub): used for pooled categories when enabled. */
  hubEnabled: z.boolean(),
  hubFixedCostMinor: minor,
  hubHandlingPerKgMinor: minor,
  hubDeliveryCostPerKgMinor: minor,
  costSplit: z.enum(COST_SPLITS),
  /** For `fixed_plus_variable`: the share of shared costs split equally between members. */
  fixedPart: share,
});

export const scenarioSchema = z.strictObject({
  id,
  name,
  kind: z.enum(SCENARIO_KINDS),
  startYear: year,
  years: z.number().int().min(1).max(15),
  localTarget: trajectorySchema,
  organicTarget: trajectorySchema,
  /** Yearly food price index applied from each offer's price year. */
  priceIndex: z.number().min(-0.2).max(0.5),
  categoryPriceIndex: z.array(categoryRateSchema).max(200),
  priceShocks: z.array(priceShockSchema).max(200),
  /** What-if: extra price on offers that count as local for some buyer (0.1 = +10 %). */
  localPremium: z.number().min(-0.5).max(2),
  /** What-if: multiplies every kitchen's meals per day. */
  mealsFactor: z.number().min(0).max(5),
  /** What-if: replaces every meal profile's waste share when set. */
  wasteShare: z.number().min(0).max(0.5).nullable(),
  tenderCostMinor: minor,
  /** Average contract length: a lot is tendered once every this many years. */
  contractYears: z.number().min(1).max(10),
  rationing: z.enum(RATIONING_RULES),
  /** For `priority` rationing: organisations in order of priority. */
  priorityIds: z.array(id).max(500),
  excludedSupplierIds: z.array(id).max(2000),
  includedCandidateIds: z.array(id).max(2000),
  fixedShares: z.array(fixedShareSchema).max(500),
  regional: regionalSettingsSchema,
  partnership: partnershipSettingsSchema,
});

export const PLAN_FORMAT = 'maltid-plan';
export const PLAN_FORMAT_VERSION = 1;

export const planSchema = z.strictObject({
  meta: planMetaSchema,
  organisations: z.array(organisationSchema).max(2000),
  kitchens: z.array(kitchenSchema).max(50_000),
  foodCategories: z.array(foodCategorySchema).max(500),
  mealProfiles: z.array(mealProfileSchema).max(100),
  suppliers: z.array(supplierSchema).max(20_000),
  offers: z.array(offerSchema).max(100_000),
  contracts: z.array(contractSchema).max(20_000),
  budgets: z.array(budgetSchema).max(100_000),
  thresholds: z.array(thresholdSchema).max(1000),
  scenarios: z.array(scenarioSchema).max(200),
});

/**
 * Purchase lines in a plan file (optional; docs/plan-file.md "Purchase lines"). They are not part
 * of the plan (a year can be a million lines): the app keeps them in their own tables and the
 * command line appends imported batches here. Rows are arrays in the order of `fields`.
 */
export const PURCHASE_FIELDS = ['batch', 'line', 'date', 'buyer', 'costCentre', 'supplier', 'product', 'category', 'quantity', 'unit', 'kg', 'amountMinor', 'organic', 'origin'] as const;

export const purchaseBatchSchema = z.strictObject({
  id,
  /** The file the lines were imported from. */
  sourceFile: z.string().max(500),
  /** ISO date-time of the import. */
  importedAt: z.string().max(40),
  rowCount: z.number().int().min(0),
});

export const purchaseCellSchema = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);

export const purchasesFileSchema = z.strictObject({
  batches: z.array(purchaseBatchSchema).max(10_000),
  fields: z.array(z.enum(PURCHASE_FIELDS)).min(1).max(PURCHASE_FIELDS.length),
  rows: z.array(z.array(purchaseCellSchema)).max(20_000_000),
});

export const planFileSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  formatVersion: z.literal(PLAN_FORMAT_VERSION),
  plan: planSchema,
  purchases: purchasesFileSchema.optional(),
});
