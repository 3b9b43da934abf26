/**
 * The assumptions behind a report's figures, as data: what the engine was told (meal weights,
 * what counts as local, prices, targets, the thresholds it compared purchases with) and where the
 * reference figures come from. Estimates are marked, because the board must know which figures
 * are the plan's own data and which are defaults taken from public sources.
 */
import { thresholdsForYear } from '../engine/thresholds';
import type { MealType, RationingRule, Sector, ShareBasis } from '../model/enums';
import { MEAL_TYPES } from '../model/enums';
import type { LocalDefinition, Plan, Scenario, SourceRef, Threshold, TrajectoryPoint } from '../model/types';

export type Assumption =
  | { key: 'mealWeight'; mealType: MealType; weight: number }
  | { key: 'localDefinition'; local: LocalDefinition }
  | { key: 'transportFactor'; kgCo2ePerTonneKm: number }
  | { key: 'defaultDistance'; km: number }
  | { key: 'deliveryCost'; minorPerKg: number }
  | { key: 'localTarget' | 'organicTarget'; scenarioId: string; basis: ShareBasis; points: TrajectoryPoint[]; categoryTargets: number }
  | { key: 'priceIndex'; scenarioId: string; rate: number; categoryRates: number }
  | { key: 'priceShock'; scenarioId: string; categoryId: string; year: number; rate: number }
  | { key: 'localPremium'; scenarioId: string; rate: number }
  | { key: 'mealsFactor'; scenarioId: string; factor: number }
  | { key: 'wasteShare'; scenarioId: string; share: number }
  | { key: 'tendering'; scenarioId: string; costMinor: number; contractYears: number }
  | { key: 'rationing'; scenarioId: string; rule: RationingRule }
  | { key: 'regional'; scenarioId: string; sectors: Sector[]; fromYear: number; regionId: string | null }
  | {
      key: 'partnership';
      scenarioId: string;
      members: number;
      pooledCategoryIds: string[];
      pooledDiscount: number;
      hubEnabled: boolean;
    }
  | { key: 'threshold'; threshold: Threshold }
  | { key: 'climateFactor'; categoryId: string; co2ePerKg: number; source: string; isEstimate: boolean }
  | { key: 'mealProfile'; profileId: string; sector: Sector; wasteShare: number; source: string; isEstimate: boolean }
  | { key: 'offerEstimates'; estimates: number; offers: number }
  | { key: 'source'; source: SourceRef };

function scenarioAssumptions(s: Scenario): Assumption[] {
  const out: Assumption[] = [
    { key: 'localTarget', scenarioId: s.id, basis: s.localTarget.basis, points: s.localTarget.points, categoryTargets: s.localTarget.categories.length },
    { key: 'organicTarget', scenarioId: s.id, basis: s.organicTarget.basis, points: s.organicTarget.points, categoryTargets: s.organicTarget.categories.length },
    { key: 'priceIndex', scenarioId: s.id, rate: s.priceIndex, categoryRates: s.categoryPriceIndex.length },
    ...s.priceShocks.map((p): Assumption => ({ key: 'priceShock', scenarioId: s.id, categoryId: p.categoryId, year: p.year, rate: p.rate })),
    { key: 'tendering', scenarioId: s.id, costMinor: s.tenderCostMinor, contractYears: s.contractYears },
    { key: 'rationing', scenarioId: s.id, rule: s.rationing },
  ];
  // What-ifs only when they change something: a neutral value would be noise to a reader.
  if (s.localPremium !== 0) out.push({ key: 'localPremium', scenarioId: s.id, rate: s.localPremium });
  if (s.mealsFactor !== 1) out.push({ key: 'mealsFactor', scenarioId: s.id, factor: s.mealsFactor });
  if (s.wasteShare !== null) out.push({ key: 'wasteShare', scenarioId: s.id, share: s.wasteShare });
  if (s.kind === 'regional') {
    out.push({ key: 'regional', scenarioId: s.id, sectors: s.regional.sectors, fromYear: s.regional.fromYear, regionId: s.regional.regionId ?? null });
  }
  if (s.kind === 'partnership') {
    out.push({
      key: 'partnership',
      scenarioId: s.id,
      members: s.partnership.memberIds.length,
      pooledCategoryIds: s.partnership.pooledCategoryIds,
      pooledDiscount: s.partnership.pooledDiscount,
      hubEnabled: s.partnership.hubEnabled,
    });
  }
  return out;
}

/** The thresholds the engine compares purchases with in any year of the chosen scenarios. */
function thresholdsUsed(plan: Plan, years: readonly number[]): Threshold[] {
  const used = new Map<string, Threshold>();
  for (const y of years) for (const { threshold } of thresholdsForYear(plan, y)) used.set(threshold.id, threshold);
  return [...used.values()].sort((a, b) => a.amountMinor - b.amountMinor || a.validFrom.localeCompare(b.validFrom));
}

export function reportAssumptions(plan: Plan, scenarioIds: readonly string[]): Assumption[] {
  const scenarios = scenarioIds.map((id) => plan.scenarios.find((s) => s.id === id)).filter((s): s is Scenario => s !== undefined);
  const years = [...new Set(scenarios.flatMap((s) => Array.from({ length: s.years }, (_, i) => s.startYear + i)))].sort((a, b) => a - b);
  const sectorsInUse = new Set(plan.kitchens.map((k) => k.sector));
  const m = plan.meta;
  return [
    ...MEAL_TYPES.map((mealType): Assumption => ({ key: 'mealWeight', mealType, weight: m.mealWeights[mealType] })),
    { key: 'localDefinition', local: m.local },
    { key: 'transportFactor', kgCo2ePerTonneKm: m.transportKgCo2ePerTonneKm },
    { key: 'defaultDistance', km: m.defaultDistanceKm },
    { key: 'deliveryCost', minorPerKg: m.deliveryCostPerKgMinor },
    ...scenarios.flatMap(scenarioAssumptions),
    ...thresholdsUsed(plan, years).map((threshold): Assumption => ({ key: 'threshold', threshold })),
    ...plan.foodCategories.map(
      (c): Assumption => ({ key: 'climateFactor', categoryId: c.id, co2ePerKg: c.co2ePerKg, source: c.source, isEstimate: c.isEstimate }),
    ),
    ...plan.mealProfiles
      .filter((p) => sectorsInUse.has(p.sector))
      .map((p): Assumption => ({ key: 'mealProfile', profileId: p.id, sector: p.sector, wasteShare: p.wasteShare, source: p.source, isEstimate: p.isEstimate })),
    { key: 'offerEstimates', estimates: plan.offers.filter((o) => o.isEstimate).length, offers: plan.offers.length },
    ...m.sources.map((source): Assumption => ({ key: 'source', source })),
  ];
}
