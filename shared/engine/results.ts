/**
 * The result rows of a scenario, built once from the computation's typed arrays. Money sums are
 * sums of integers, so every total equals the sum of its parts exactly; kg and CO2e are float
 * sums, added in a fixed order (categories into an organisation-year, organisations into a year,
 * years into the horizon).
 */
import { unitOf } from './owners';
import type { Computation } from './compute';
import { thresholdsForYear } from './thresholds';
import type {
  CategoryYear,
  Figures,
  OfferUtilisation,
  OrganisationYear,
  ThresholdCrossing,
  TrajectoryRow,
  YearTotals,
} from './types';

export function emptyFigures(): Figures {
  return {
    meals: 0,
    kg: 0,
    foodMinor: 0,
    logisticsMinor: 0,
    tenderingMinor: 0,
    feesMinor: 0,
    totalMinor: 0,
    localKg: 0,
    localValueMinor: 0,
    organicKg: 0,
    organicValueMinor: 0,
    knownOriginKg: 0,
    knownOriginValueMinor: 0,
    co2eFoodKg: 0,
    co2eTransportKg: 0,
    discountMinor: 0,
    uncoveredKg: 0,
    unmetLocalKg: 0,
  };
}

const ADDITIVE: readonly (keyof Figures)[] = Object.keys(emptyFigures()) as (keyof Figures)[];

export function addFigures(into: Figures, f: Figures): void {
  for (const k of ADDITIVE) into[k] += f[k];
}

/** Picks the additive figures out of a row that has more fields. */
export function figuresOf(f: Figures): Figures {
  const out = emptyFigures();
  addFigures(out, f);
  return out;
}

export interface Rows {
  organisations: OrganisationYear[];
  categories: CategoryYear[];
  totals: YearTotals[];
  horizon: Figures & { budgetMinor: number | null; gapMinor: number | null };
  offers: OfferUtilisation[];
  trajectory: TrajectoryRow[];
  thresholds: ThresholdCrossing[];
}

export function buildRows(comp: Computation): Rows {
  const { plan, ix, own, alloc, costs, demand } = comp;
  const { nOrg, nCat } = ix;
  const { nY, years } = own;
  const cells = alloc.cells;
  const co2 = plan.foodCategories.map((c) => c.co2ePerKg);

  const budgets = new Map<number, number>();
  for (const b of plan.budgets) {
    const o = ix.orgIdx.get(b.organisationId)!;
    const yi = b.year - years[0]!;
    if (yi >= 0 && yi < nY) budgets.set(o * nY + yi, (budgets.get(o * nY + yi) ?? 0) + b.amountMinor);
  }

  const categories: CategoryYear[] = [];
  const organisations: OrganisationYear[] = [];
  for (let o = 0; o < nOrg; o++) {
    const orgId = plan.organisations[o]!.id;
    for (let y = 0; y < nY; y++) {
      const f = emptyFigures();
      for (let c = 0; c < nCat; c++) {
        const i = (c * nY + y) * nOrg + o;
        const kg = cells.kg[i]!;
        if (kg <= 0) continue;
        const food = cells.foodMinor[i]!;
        const discount = cells.listMinor[i]! - food;
        const co2Food = kg * co2[c]!;
        categories.push({
          organisationId: orgId,
          categoryId: plan.foodCategories[c]!.id,
          year: years[y]!,
          kg,
          foodMinor: food,
          localKg: cells.localKg[i]!,
          localValueMinor: cells.localValueMinor[i]!,
          organicKg: cells.organicKg[i]!,
          organicValueMinor: cells.organicValueMinor[i]!,
          knownOriginKg: cells.knownOriginKg[i]!,
          knownOriginValueMinor: cells.knownOriginValueMinor[i]!,
          co2eFoodKg: co2Food,
          co2eTransportKg: cells.co2eTransportKg[i]!,
          unmetLocalKg: cells.unmetLocalKg[i]!,
          uncoveredKg: cells.uncoveredKg[i]!,
          discountMinor: discount,
          logisticsMinor: costs.cellLogisticsMinor[i]!,
        });
        f.kg += kg;
        f.foodMinor += food;
        f.localKg += cells.localKg[i]!;
        f.localValueMinor += cells.localValueMinor[i]!;
        f.organicKg += cells.organicKg[i]!;
        f.organicValueMinor += cells.organicValueMinor[i]!;
        f.knownOriginKg += cells.knownOriginKg[i]!;
        f.knownOriginValueMinor += cells.knownOriginValueMinor[i]!;
        f.co2eFoodKg += co2Food;
        f.co2eTransportKg += cells.co2eTransportKg[i]!;
        f.discountMinor += discount;
        f.uncoveredKg += cells.uncoveredKg[i]!;
        f.unmetLocalKg += cells.unmetLocalKg[i]!;
      }
      f.meals = demand.meals[o * nY + y]!;
      f.logisticsMinor = costs.logisticsMinor[o * nY + y]!;
      f.tenderingMinor = costs.tenderingMinor[o * nY + y]!;
      f.feesMinor = costs.feesMinor[o * nY + y]!;
      f.totalMinor = f.foodMinor + f.logisticsMinor + f.tenderingMinor + f.feesMinor;
      const budget = budgets.get(o * nY + y);
      organisations.push({
        organisationId: orgId,
        year: years[y]!,
        ...f,
        budgetMinor: budget ?? null,
        gapMinor: budget === undefined ? null : f.totalMinor - budget,
      });
    }
  }

  const totals: YearTotals[] = years.map((year) => ({ year, ...emptyFigures(), budgetMinor: null, gapMinor: null }));
  for (const row of organisations) {
    const t = totals[row.year - years[0]!]!;
    addFigures(t, row);
    if (row.budgetMinor !== null) {
      t.budgetMinor = (t.budgetMinor ?? 0) + row.budgetMinor;
      t.gapMinor = (t.gapMinor ?? 0) + row.gapMinor!;
    }
  }
  const horizon: Rows['horizon'] = { ...emptyFigures(), budgetMinor: null, gapMinor: null };
  for (const t of totals) {
    addFigures(horizon, t);
    if (t.budgetMinor !== null) {
      horizon.budgetMinor = (horizon.budgetMinor ?? 0) + t.budgetMinor;
      horizon.gapMinor = (horizon.gapMinor ?? 0) + t.gapMinor!;
    }
  }

  const offers: OfferUtilisation[] = [];
  for (let j = 0; j < ix.nOffer; j++) {
    for (let y = 0; y < nY; y++) {
      // Offers that deliver this year, and capacity-limited offers the scenario may use (their
      // spare capacity matters); an unlimited offer that delivers nothing has nothing to show.
      const allocated = alloc.allocatedKg[j * nY + y]!;
      const cap = alloc.capacityKg[j * nY + y]!;
      if (allocated <= 0 && (alloc.eligible[j] !== 1 || cap === Infinity)) continue;
      offers.push({
        offerId: plan.offers[j]!.id,
        supplierId: plan.offers[j]!.supplierId,
        categoryId: plan.offers[j]!.categoryId,
        year: years[y]!,
        allocatedKg: allocated,
        capacityKg: cap === Infinity ? null : cap,
        deniedKg: alloc.deniedKg[j * nY + y]!,
      });
    }
  }

  return { organisations, categories, totals, horizon, offers, trajectory: trajectoryRows(comp), thresholds: thresholdRows(comp) };
}

function trajectoryRows(comp: Computation): TrajectoryRow[] {
  const { plan, ix, own, alloc, localTargets, organicTargets } = comp;
  const { nOrg, nCat } = ix;
  const { nY, years } = own;
  const cells = alloc.cells;
  const contractIds = plan.contracts.map((c) => c.id);
  const rows: TrajectoryRow[] = [];
  for (const measure of ['local', 'organic'] as const) {
    const targets = measure === 'local' ? localTargets : organicTargets;
    const kgArr = measure === 'local' ? cells.localKg : cells.organicKg;
    const valArr = measure === 'local' ? cells.localValueMinor : cells.organicValueMinor;
    for (let y = 0; y < nY; y++) {
      let allKg = 0, allFood = 0, allPartKg = 0, allPartVal = 0;
      const allHeld = new Set<number>();
      for (let c = 0; c < nCat; c++) {
        let kg = 0, food = 0, partKg = 0, partVal = 0;
        const base = (c * nY + y) * nOrg;
        for (let o = 0; o < nOrg; o++) {
          kg += cells.kg[base + o]!;
          food += cells.foodMinor[base + o]!;
          partKg += kgArr[base + o]!;
          partVal += valArr[base + o]!;
        }
        allKg += kg;
        allFood += food;
        allPartKg += partKg;
        allPartVal += partVal;
        const held = measure === 'local' ? [...alloc.heldBackBy[c * nY + y]!].sort((a, b) => a - b) : [];
        for (const h of held) allHeld.add(h);
        const byValue = targets.byValue[c] === 1;
        rows.push({
          measure,
          categoryId: plan.foodCategories[c]!.id,
          year: years[y]!,
          basis: byValue ? 'value' : 'weight',
          targetShare: targets.share[c * nY + y]!,
          achievedShare: byValue ? (food > 0 ? partVal / food : 0) : kg > 0 ? partKg / kg : 0,
          heldBackBy: held.map((h) => contractIds[h]!),
        });
      }
      const byValue = targets.generalBasis === 'value';
      rows.push({
        measure,
        categoryId: '*',
        year: years[y]!,
        basis: targets.generalBasis,
        targetShare: targets.general[y]!,
        achievedShare: byValue ? (allFood > 0 ? allPartVal / allFood : 0) : allKg > 0 ? allPartKg / allKg : 0,
        heldBackBy: [...allHeld].sort((a, b) => a - b).map((h) => contractIds[h]!),
      });
    }
  }
  return rows;
}

function thresholdRows(comp: Computation): ThresholdCrossing[] {
  const { plan, ix, own, alloc, scenario } = comp;
  const { nOrg, nCat } = ix;
  const { nY, years, nUnits, pool } = own;
  const out: ThresholdCrossing[] = [];
  const value = new Float64Array(nUnits);
  for (let y = 0; y < nY; y++) {
    const applicable = thresholdsForYear(plan, years[y]!);
    if (applicable.length === 0) continue;
    for (let c = 0; c < nCat; c++) {
      value.fill(0);
      const base = (c * nY + y) * nOrg;
      for (let o = 0; o < nOrg; o++) {
        const v = alloc.cells.foodMinor[base + o]!;
        if (v > 0) value[unitOf(own, o, c)]! += v;
      }
      for (let u = 0; u < nUnits; u++) {
        const v = value[u]!;
        if (v <= 0) continue;
        for (const { threshold } of applicable) {
          if (v >= threshold.amountMinor) {
            out.push({
              buyerId: u === pool ? scenario.id : plan.organisations[u]!.id,
              categoryId: plan.foodCategories[c]!.id,
              year: years[y]!,
              thresholdId: threshold.id,
              valueMinor: v,
              amountMinor: threshold.amountMinor,
            });
          }
        }
      }
    }
  }
  return out;
}
