/**
 * The closed vocabularies of the domain. Each list is the single source for its type, the
 * plan-file schema and the UI's option lists (whose labels live in the i18n resources).
 */

export const COUNTRIES = ['SE', 'DK', 'FI'] as const;
export type Country = (typeof COUNTRIES)[number];

export const CURRENCIES = ['SEK', 'DKK', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The currency each country's public bodies budget in. */
export const COUNTRY_CURRENCY: Record<Country, Currency> = { SE: 'SEK', DK: 'DKK', FI: 'EUR' };

export const SECTORS = ['school', 'preschool', 'elderly_care', 'home_meals', 'hospital', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export const KITCHEN_KINDS = ['production', 'receiving', 'serving'] as const;
export type KitchenKind = (typeof KITCHEN_KINDS)[number];

export const MEAL_TYPES = ['breakfast', 'lunch', 'dinner', 'snack'] as const;
export type MealType = (typeof MEAL_TYPES)[number];

export const ORGANISATION_KINDS = ['municipality', 'region'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Swedish region, Danish region, Finnish wellbeing services county. */
export const REGION_KINDS = ['se_region', 'dk_region', 'fi_wellbeing_county'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export const SCENARIO_KINDS = ['municipal', 'regional', 'partnership'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/** How a service year is counted: a fixed number of days, or a calendar rule for the year. */
export const CALENDAR_KINDS = ['fixed', 'school', 'weekdays', 'every_day'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

/** What "local" means in a workspace (there is no legal definition in any of the three countries). */
export const LOCAL_KINDS = ['radius_km', 'same_municipality', 'same_region', 'region_set', 'domestic'] as const;
export type LocalKind = (typeof LOCAL_KINDS)[number];

/** Whether "local" is judged by where food is grown, where it is processed, or both. */
export const LOCAL_STAGES = ['grown', 'processed', 'both'] as const;
export type LocalStage = (typeof LOCAL_STAGES)[number];

export const SHARE_BASES = ['value', 'weight'] as const;
export type ShareBasis = (typeof SHARE_BASES)[number];

export const COST_SPLITS = ['meals', 'value', 'population', 'fixed_plus_variable'] as const;
export type CostSplit = (typeof COST_SPLITS)[number];

export const RATIONING_RULES = ['pro_rata', 'priority', 'equal'] as const;
export type RationingRule = (typeof RATIONING_RULES)[number];

export const FEE_TIERS = ['none', 'group', 'full'] as const;
export type FeeTier = (typeof FEE_TIERS)[number];

export const THRESHOLD_KINDS = [
  'direct_award',
  'national_goods_services',
  'eu_sub_central_goods_services',
  'small_lots_rule',
] as const;
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number];

export const LANGUAGES = ['sv', 'da', 'fi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
