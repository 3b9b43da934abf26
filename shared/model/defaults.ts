/**
 * Factories for new plans, records and scenarios, filled with the reference defaults. Every
 * money default is set in SEK and converted to the plan's currency (domain brief §3.2 rates);
 * all of them are estimates that the user is expected to review.
 */
import { CATEGORY_REFERENCE } from '../reference/foodCategories';
import { defaultMealProfiles } from '../reference/mealProfiles';
import { SEK_PER_CURRENCY } from '../reference/sanity';
import { DEFAULT_MEAL_WEIGHTS, sectorDefaults } from '../reference/sectors';
import { DEFAULT_THRESHOLDS } from '../reference/thresholds';
import type { Country, Currency, ScenarioKind, Sector } from './enums';
import { COUNTRY_CURRENCY } from './enums';
import type { Kitchen, Plan, Scenario, Trajectory } from './types';

/** Converts a SEK amount (major units) to whole minor units of `currency`. */
export function sekToMinor(sek: number, currency: Currency): number {
  return Math.round((sek / SEK_PER_CURRENCY[currency]) * 100);
}

export interface NewPlanOptions {
  id: string;
  name: string;
  country: Country;
  planDate: string;
}

export function createEmptyPlan({ id, name, country, planDate }: NewPlanOptions): Plan {
  const currency = COUNTRY_CURRENCY[country];
  return {
    meta: {
      id,
      name,
      country,
      currency,
      planDate,
      mealWeights: { ...DEFAULT_MEAL_WEIGHTS },
      local: { kind: 'same_region', radiusKm: 250, regionCodes: [], stage: 'grown' },
      transportKgCo2ePerTonneKm: 0.429,
      defaultDistanceKm: 150,
      deliveryCostPerKgMinor: sekToMinor(2, currency),
      notes: '',
      sources: [],
    },
    organisations: [],
    kitchens: [],
    foodCategories: CATEGORY_REFERENCE.map((r) => ({ ...r.category, names: { ...r.category.names } })),
    mealProfiles: defaultMealProfiles(country),
    suppliers: [],
    offers: [],
    contracts: [],
    budgets: [],
    thresholds: DEFAULT_THRESHOLDS.filter((t) => t.country === country).map((t) => ({ ...t })),
    scenarios: [],
  };
}

export function emptyTrajectory(basis: Trajectory['basis'] = 'value'): Trajectory {
  return { basis, points: [], categories: [] };
}

export function createScenario(
  plan: Pick<Plan, 'meta'>,
  opts: { id: string; name: string; kind: ScenarioKind; startYear: number },
): Scenario {
  const currency = plan.meta.currency;
  const dk = plan.meta.country === 'DK';
  return {
    id: opts.id,
    name: opts.name,
    kind: opts.kind,
    startYear: opts.startYear,
    years: 6,
    localTarget: emptyTrajectory(plan.meta.country === 'FI' ? 'weight' : 'value'),
    organicTarget: emptyTrajectory(plan.meta.country === 'FI' ? 'weight' : 'value'),
    priceIndex: 0.02,
    categoryPriceIndex: [],
    priceShocks: [],
    localPremium: 0,
    mealsFactor: 1,
    wasteShare: null,
    tenderCostMinor: sekToMinor(150_000, currency),
    contractYears: 4,
    rationing: 'pro_rata',
    priorityIds: [],
    excludedSupplierIds: [],
    includedCandidateIds: [],
    fixedShares: [],
    regional: { sectors: ['elderly_care', 'home_meals', 'hospital'], fromYear: opts.startYear },
    partnership: {
      memberIds: [],
      pooledCategoryIds: [],
      fees: [],
      feeFullMinor: dk ? 27_500_000 : 0,
      feeGroupMinor: dk ? 10_000_000 : 0,
      pooledDiscount: 0,
      hubEnabled: false,
      hubFixedCostMinor: sekToMinor(1_500_000, currency),
      hubHandlingPerKgMinor: sekToMinor(0.8, currency),
      hubDeliveryCostPerKgMinor: sekToMinor(1.2, currency),
      costSplit: 'meals',
      fixedPart: 0.3,
    },
  };
}

export function createKitchen(
  opts: { id: string; name: string; organisationId: string; sector: Sector; country: Country },
): Kitchen {
  const d = sectorDefaults(opts.sector, opts.country);
  return {
    id: opts.id,
    name: opts.name,
    organisationId: opts.organisationId,
    sector: opts.sector,
    kind: 'production',
    meals: { breakfast: 0, lunch: 0, dinner: 0, snack: 0 },
    attendance: d.attendance,
    calendar: d.calendar,
    serviceDays: d.serviceDays,
  };
}
