/**
 * Index of a (checked) plan: every record gets a dense integer index, and the per-offer and
 * per-kitchen fields the hot loops read are copied into typed arrays. It does not depend on the
 * scenario, so it is kept per plan table value (./memo.ts, `planIndex`) and shared by every
 * evaluation of plans with the same tables; it holds no reference to the plan object itself.
 */
import { SECTORS, type Country, type Sector } from '../model/enums';
import type { DiscountTier, MealProfile, Organisation, Plan } from '../model/types';
import { serviceDays } from './calendar';
import { keep, kept } from './memo';

export const SECTOR_COUNT = SECTORS.length;
export const sectorIndex: Record<Sector, number> = Object.fromEntries(SECTORS.map((s, i) => [s, i])) as Record<Sector, number>;

export interface PlanIndex {
  /** Record ids by index. */
  orgIds: string[];
  catIds: string[];
  orgIdx: Map<string, number>;
  catIdx: Map<string, number>;
  supIdx: Map<string, number>;
  offerIdx: Map<string, number>;
  kitchenIdx: Map<string, number>;
  nOrg: number;
  nCat: number;
  nSup: number;
  nOffer: number;
  orgCountry: Country[];
  /** Per offer. */
  offerSup: Int32Array;
  offerCat: Int32Array;
  offerCapacity: Float64Array; // Infinity when not limited
  offerMinVolume: Float64Array;
  offerOrganic: Uint8Array;
  offerCandidate: Uint8Array;
  offerBasePrice: Float64Array;
  offerPriceYear: Int32Array;
  /** Tiers sorted by `fromValueMinor`; empty array when the offer has none. */
  offerTiers: DiscountTier[][];
  /** Offer indices per category, in plan order. */
  offersByCat: Int32Array[];
  /** First offer (plan order) of supplier s in category c: key s * nCat + c. */
  firstOfferOf: Map<number, number>;
  /** Meal profile per sector index (undefined when missing). */
  profileBySector: (MealProfile | undefined)[];
  /**
   * Kitchens aggregated per (organisation, sector): lunch-equivalents × attendance per service
   * day, split by how the days are counted. `constMeals` already holds meals a year (fixed and
   * school calendars); the others multiply by the days of the year.
   */
  constMeals: Float64Array;
  everyDayMeals: Float64Array;
  weekdayMeals: Float64Array;
  /** Whether any kitchen exists for (organisation, sector). */
  hasKitchens: Uint8Array;
}

export function buildPlanIndex(plan: Plan): PlanIndex {
  const indexOf = <T extends { id: string }>(rows: readonly T[]) => {
    const m = new Map<string, number>();
    rows.forEach((r, i) => m.set(r.id, i));
    return m;
  };
  const orgIdx = indexOf(plan.organisations);
  const catIdx = indexOf(plan.foodCategories);
  const supIdx = indexOf(plan.suppliers);
  const offerIdx = indexOf(plan.offers);
  const kitchenIdx = indexOf(plan.kitchens);
  const nOrg = plan.organisations.length;
  const nCat = plan.foodCategories.length;
  const nOffer = plan.offers.length;

  const offerSup = new Int32Array(nOffer);
  const offerCat = new Int32Array(nOffer);
  const offerCapacity = new Float64Array(nOffer);
  const offerMinVolume = new Float64Array(nOffer);
  const offerOrganic = new Uint8Array(nOffer);
  const offerCandidate = new Uint8Array(nOffer);
  const offerBasePrice = new Float64Array(nOffer);
  const offerPriceYear = new Int32Array(nOffer);
  const offerTiers: DiscountTier[][] = [];
  const byCat: number[][] = Array.from({ length: nCat }, () => []);
  const firstOfferOf = new Map<number, number>();
  plan.offers.forEach((o, i) => {
    const s = supIdx.get(o.supplierId)!;
    const c = catIdx.get(o.categoryId)!;
    offerSup[i] = s;
    offerCat[i] = c;
    offerCapacity[i] = o.capacityKg === null ? Infinity : o.capacityKg;
    offerMinVolume[i] = o.minVolumeKg;
    offerOrganic[i] = o.organic ? 1 : 0;
    offerCandidate[i] = o.candidate ? 1 : 0;
    offerBasePrice[i] = o.pricePerKgMinor;
    offerPriceYear[i] = o.priceYear;
    offerTiers.push(o.discountTiers.length ? [...o.discountTiers].sort((a, b) => a.fromValueMinor - b.fromValueMinor) : []);
    byCat[c]!.push(i);
    const key = s * nCat + c;
    if (!firstOfferOf.has(key)) firstOfferOf.set(key, i);
  });

  const profileBySector: (MealProfile | undefined)[] = new Array<MealProfile | undefined>(SECTOR_COUNT).fill(undefined);
  for (const p of plan.mealProfiles) {
    const si = sectorIndex[p.sector];
    if (!profileBySector[si]) profileBySector[si] = p;
  }

  const w = plan.meta.mealWeights;
  const constMeals = new Float64Array(nOrg * SECTOR_COUNT);
  const everyDayMeals = new Float64Array(nOrg * SECTOR_COUNT);
  const weekdayMeals = new Float64Array(nOrg * SECTOR_COUNT);
  const hasKitchens = new Uint8Array(nOrg * SECTOR_COUNT);
  const orgCountry = plan.organisations.map((o: Organisation) => o.country);
  for (const k of plan.kitchens) {
    const o = orgIdx.get(k.organisationId)!;
    const cell = o * SECTOR_COUNT + sectorIndex[k.sector];
    hasKitchens[cell] = 1;
    const perDay = (k.meals.breakfast * w.breakfast + k.meals.lunch * w.lunch + k.meals.dinner * w.dinner + k.meals.snack * w.snack) * k.attendance;
    switch (k.calendar) {
      case 'fixed':
      case 'school':
        // The same number of days every year.
        constMeals[cell]! += perDay * serviceDays(k.calendar, k.serviceDays, orgCountry[o]!, 2000);
        break;
      case 'every_day':
        everyDayMeals[cell]! += perDay;
        break;
      case 'weekdays':
        weekdayMeals[cell]! += perDay;
        break;
    }
  }

  return {
    orgIds: plan.organisations.map((o) => o.id),
    catIds: plan.foodCategories.map((c) => c.id),
    orgIdx,
    catIdx,
    supIdx,
    offerIdx,
    kitchenIdx,
    nOrg,
    nCat,
    nSup: plan.suppliers.length,
    nOffer,
    orgCountry,
    offerSup,
    offerCat,
    offerCapacity,
    offerMinVolume,
    offerOrganic,
    offerCandidate,
    offerBasePrice,
    offerPriceYear,
    offerTiers,
    offersByCat: byCat.map((l) => Int32Array.from(l)),
    firstOfferOf,
    profileBySector,
    constMeals,
    everyDayMeals,
    weekdayMeals,
    hasKitchens,
  };
}

const planIndexKept = kept<PlanIndex>();

/** The index of the plan's tables, built once per table value (./memo.ts). */
export function planIndex(plan: Plan): PlanIndex {
  return keep(planIndexKept, [plan.organisations, plan.kitchens, plan.foodCategories, plan.mealProfiles, plan.suppliers, plan.offers, plan.meta], () => buildPlanIndex(plan));
}
