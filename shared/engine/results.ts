/**
 * The result rows of a scenario, built once from the computation's typed arrays. Money sums are
 * sums of integers, so every total equals the sum of its parts exactly; kg and CO2e are float
 * sums, added in a fixed order (categories into an organisation-year, organisations into a year,
 * years into the horizon).
 */
import type { Plan } from '../model/types';
import { keep, kept } from './memo';
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

export function addFigures(into: Figures, f: Figures): void {
  // Every field of Figures, spelt out (a loop over the keys reads and writes them by name).
  into.meals += f.meals;
  into.kg += f.kg;
  into.foodMinor += f.foodMinor;
  into.logisticsMinor += f.logisticsMinor;
  into.tenderingMinor += f.tenderingMinor;
  into.feesMinor += f.feesMinor;
  into.totalMinor += f.totalMinor;
  into.localKg += f.localKg;
  into.localValueMinor += f.localValueMinor;
  into.organicKg += f.organicKg;
  into.organicValueMinor += f.organicValueMinor;
  into.knownOriginKg += f.knownOriginKg;
  into.knownOriginValueMinor += f.knownOriginValueMinor;
  into.co2eFoodKg += f.co2eFoodKg;
  into.co2eTransportKg += f.co2eTransportKg;
  into.discountMinor += f.discountMinor;
  into.uncoveredKg += f.uncoveredKg;
  into.unmetLocalKg += f.unmetLocalKg;
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
  /** The threshold crossings per buyer and threshold, in the warnings' order. */
  crossed: CrossedThreshold[];
}

/** Budgets per (organisation, year index), kept per budgets table, index and scenario years. */
const budgetsKept = kept<Map<string, Float64Array>>();

/** budget[o * nY + y]: the organisation's budget for the year (summed), NaN without one. */
function budgetTable(plan: Computation['plan'], ix: Computation['ix'], years: readonly number[]): Float64Array {
  const byYears = keep(budgetsKept, [plan.budgets, ix], () => new Map<string, Float64Array>());
  const key = years.join(',');
  let t = byYears.get(key);
  if (t === undefined) {
    const nY = years.length;
    const out = new Float64Array(ix.nOrg * nY).fill(NaN);
    for (const b of plan.budgets) {
      const o = ix.orgIdx.get(b.organisationId)!;
      const yi = b.year - years[0]!;
      if (yi >= 0 && yi < nY) {
        const at = o * nY + yi;
        out[at] = (out[at] !== out[at] ? 0 : out[at]!) + b.amountMinor;
      }
    }
    byYears.set(key, out);
    t = out;
  }
  return t;
}

/** `perCell`: false builds no category, offer and threshold rows (left empty); everything else is the same. */
export function buildRows(comp: Computation, perCell = true): Rows {
  const { plan, ix, own, alloc, costs, demand } = comp;
  const { nOrg, nCat, orgIds, catIds } = ix;
  const { nY, years } = own;
  const cells = alloc.cells;
  const co2 = plan.foodCategories.map((c) => c.co2ePerKg);
  const budgets = budgetTable(plan, ix, years);
  const { kg: cKg, foodMinor: cFood, listMinor: cList, localKg: cLocalKg, localValueMinor: cLocalVal, organicKg: cOrgKg, organicValueMinor: cOrgVal } = cells;
  const { knownOriginKg: cKnownKg, knownOriginValueMinor: cKnownVal, co2eTransportKg: cCo2, unmetLocalKg: cUnmet, uncoveredKg: cUncovered } = cells;
  const cellLogistics = costs.cellLogisticsMinor;
  const { logisticsMinor, tenderingMinor, feesMinor } = costs;
  const meals = demand.meals;

  // Sums in a fixed order, as before: categories into an organisation-year (from 0, in category
  // order), organisations into a year, years into the horizon.
  const categories: CategoryYear[] = [];
  const organisations: OrganisationYear[] = [];
  for (let o = 0; o < nOrg; o++) {
    const orgId = orgIds[o]!;
    for (let y = 0; y < nY; y++) {
      const year = years[y]!;
      let fKg = 0, fFood = 0, fLocalKg = 0, fLocalVal = 0, fOrgKg = 0, fOrgVal = 0, fKnownKg = 0, fKnownVal = 0;
      let fCo2Food = 0, fCo2Transport = 0, fDiscount = 0, fUncovered = 0, fUnmet = 0;
      for (let c = 0; c < nCat; c++) {
        const i = (c * nY + y) * nOrg + o;
        const kg = cKg[i]!;
        if (kg <= 0) continue;
        const food = cFood[i]!;
        const discount = cList[i]! - food;
        const co2Food = kg * co2[c]!;
        const localKg = cLocalKg[i]!;
        const localVal = cLocalVal[i]!;
        const orgKg = cOrgKg[i]!;
        const orgVal = cOrgVal[i]!;
        const knownKg = cKnownKg[i]!;
        const knownVal = cKnownVal[i]!;
        const co2T = cCo2[i]!;
        const unmet = cUnmet[i]!;
        const uncovered = cUncovered[i]!;
        if (perCell) categories.push({
          organisationId: orgId,
          categoryId: catIds[c]!,
          year,
          kg,
          foodMinor: food,
          localKg,
          localValueMinor: localVal,
          organicKg: orgKg,
          organicValueMinor: orgVal,
          knownOriginKg: knownKg,
          knownOriginValueMinor: knownVal,
          co2eFoodKg: co2Food,
          co2eTransportKg: co2T,
          unmetLocalKg: unmet,
          uncoveredKg: uncovered,
          discountMinor: discount,
          logisticsMinor: cellLogistics[i]!,
        });
        fKg += kg;
        fFood += food;
        fLocalKg += localKg;
        fLocalVal += localVal;
        fOrgKg += orgKg;
        fOrgVal += orgVal;
        fKnownKg += knownKg;
        fKnownVal += knownVal;
        fCo2Food += co2Food;
        fCo2Transport += co2T;
        fDiscount += discount;
        fUncovered += uncovered;
        fUnmet += unmet;
      }
      const at = o * nY + y;
      const logistics = logisticsMinor[at]!;
      const tendering = tenderingMinor[at]!;
      const fees = feesMinor[at]!;
      const total = fFood + logistics + tendering + fees;
      const budget = budgets[at]!;
      const hasBudget = budget === budget;
      organisations.push({
        organisationId: orgId,
        year,
        meals: meals[at]!,
        kg: fKg,
        foodMinor: fFood,
        logisticsMinor: logistics,
        tenderingMinor: tendering,
        feesMinor: fees,
        totalMinor: total,
        localKg: fLocalKg,
        localValueMinor: fLocalVal,
        organicKg: fOrgKg,
        organicValueMinor: fOrgVal,
        knownOriginKg: fKnownKg,
        knownOriginValueMinor: fKnownVal,
        co2eFoodKg: fCo2Food,
        co2eTransportKg: fCo2Transport,
        discountMinor: fDiscount,
        uncoveredKg: fUncovered,
        unmetLocalKg: fUnmet,
        budgetMinor: hasBudget ? budget : null,
        gapMinor: hasBudget ? total - budget : null,
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
  const { allocatedKg, capacityKg, deniedKg, eligible } = alloc;
  for (let j = 0; perCell && j < ix.nOffer; j++) {
    let offer: Plan['offers'][number] | undefined;
    for (let y = 0; y < nY; y++) {
      // Offers that deliver this year, and capacity-limited offers the scenario may use (their
      // spare capacity matters); an unlimited offer that delivers nothing has nothing to show.
      const allocated = allocatedKg[j * nY + y]!;
      const cap = capacityKg[j * nY + y]!;
      if (allocated <= 0 && (eligible[j] !== 1 || cap === Infinity)) continue;
      offer ??= plan.offers[j]!;
      offers.push({
        offerId: offer.id,
        supplierId: offer.supplierId,
        categoryId: offer.categoryId,
        year: years[y]!,
        allocatedKg: allocated,
        capacityKg: cap === Infinity ? null : cap,
        deniedKg: deniedKg[j * nY + y]!,
      });
    }
  }

  const thresholds = thresholdRows(comp, perCell);
  return { organisations, categories, totals, horizon, offers, trajectory: trajectoryRows(comp), thresholds: thresholds.rows, crossed: thresholds.crossed };
}

function trajectoryRows(comp: Computation): TrajectoryRow[] {
  const { plan, ix, own, alloc, localTargets, organicTargets } = comp;
  const { nOrg, nCat, catIds } = ix;
  const { nY, years } = own;
  const cells = alloc.cells;
  const contractIds = plan.contracts.map((c) => c.id);
  // Per (category, year), summed over owners in owner order: kg, food, local kg and value, organic kg and value.
  const nCy = nCat * nY;
  const sums = new Float64Array(6 * nCy);
  const { kg: cKg, foodMinor: cFood, localKg: cLocalKg, localValueMinor: cLocalVal, organicKg: cOrgKg, organicValueMinor: cOrgVal } = cells;
  for (let cy = 0; cy < nCy; cy++) {
    let kg = 0, food = 0, localKg = 0, localVal = 0, orgKg = 0, orgVal = 0;
    const base = cy * nOrg;
    for (let o = 0; o < nOrg; o++) {
      kg += cKg[base + o]!;
      food += cFood[base + o]!;
      localKg += cLocalKg[base + o]!;
      localVal += cLocalVal[base + o]!;
      orgKg += cOrgKg[base + o]!;
      orgVal += cOrgVal[base + o]!;
    }
    sums[cy] = kg;
    sums[nCy + cy] = food;
    sums[2 * nCy + cy] = localKg;
    sums[3 * nCy + cy] = localVal;
    sums[4 * nCy + cy] = orgKg;
    sums[5 * nCy + cy] = orgVal;
  }
  const rows: TrajectoryRow[] = [];
  for (const measure of ['local', 'organic'] as const) {
    const targets = measure === 'local' ? localTargets : organicTargets;
    const part = measure === 'local' ? 2 * nCy : 4 * nCy;
    for (let y = 0; y < nY; y++) {
      let allKg = 0, allFood = 0, allPartKg = 0, allPartVal = 0;
      const allHeld = new Set<number>();
      for (let c = 0; c < nCat; c++) {
        const cy = c * nY + y;
        const kg = sums[cy]!;
        const food = sums[nCy + cy]!;
        const partKg = sums[part + cy]!;
        const partVal = sums[part + nCy + cy]!;
        allKg += kg;
        allFood += food;
        allPartKg += partKg;
        allPartVal += partVal;
        const held = measure === 'local' ? [...alloc.heldBackBy[cy]!].sort((a, b) => a - b) : [];
        for (const h of held) allHeld.add(h);
        const byValue = targets.byValue[c] === 1;
        rows.push({
          measure,
          categoryId: catIds[c]!,
          year: years[y]!,
          basis: byValue ? 'value' : 'weight',
          targetShare: targets.share[cy]!,
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

/** One warning's worth of threshold crossings: a buyer and a threshold, over the horizon. */
export interface CrossedThreshold {
  buyerId: string;
  thresholdId: string;
  firstYear: number;
  count: number;
}

/**
 * The threshold rows, and the crossings summed per buyer and threshold in the order the warnings
 * list them (buyers by their first crossing, then each buyer's thresholds by their first crossing;
 * buyers and thresholds told apart by id, as the warnings name them).
 */
/** The crossings per (buyer, category, year, threshold) as rows (only when `perCell`), and per (buyer, threshold) for the warnings. */
function thresholdRows(comp: Computation, perCell: boolean): { rows: ThresholdCrossing[]; crossed: CrossedThreshold[] } {
  const { plan, ix, own, alloc, scenario } = comp;
  const { nOrg, nCat, orgIds, catIds } = ix;
  const { nY, years, nUnits, pool, member, pooled } = own;
  const rows: ThresholdCrossing[] = [];
  const food = alloc.cells.foodMinor;
  const value = new Float64Array(nUnits);
  // Buyers by id (the pool is named by the scenario's id).
  const buyerIds: string[] = [];
  const buyerIndex = new Map<string, number>();
  const buyerOf = new Int32Array(nUnits);
  for (let u = 0; u < nUnits; u++) {
    const id = u === pool ? scenario.id : orgIds[u]!;
    let b = buyerIndex.get(id);
    if (b === undefined) {
      b = buyerIds.length;
      buyerIds.push(id);
      buyerIndex.set(id, b);
    }
    buyerOf[u] = b;
  }
  const thresholdIds: string[] = [];
  const thresholdIndex = new Map<string, number>();
  // Per (buyer, threshold): its place in `entries`, −1 before its first crossing.
  let entryOf = new Int32Array(0);
  const entries: CrossedThreshold[] = [];
  const entryBuyer: number[] = [];
  for (let y = 0; y < nY; y++) {
    const applicable = thresholdsForYear(plan, years[y]!);
    if (applicable.length === 0) continue;
    const year = years[y]!;
    const tIdx = applicable.map(({ threshold }) => {
      let t = thresholdIndex.get(threshold.id);
      if (t === undefined) {
        t = thresholdIds.length;
        thresholdIds.push(threshold.id);
        thresholdIndex.set(threshold.id, t);
      }
      return t;
    });
    const nT = thresholdIds.length;
    if (entryOf.length < buyerIds.length * nT) {
      // Grow (a new threshold id): re-lay out by the new width.
      const grown = new Int32Array(buyerIds.length * nT).fill(-1);
      const oldT = buyerIds.length > 0 ? entryOf.length / buyerIds.length : 0;
      for (let b = 0; b < buyerIds.length; b++) for (let t = 0; t < oldT; t++) grown[b * nT + t] = entryOf[b * oldT + t]!;
      entryOf = grown;
    }
    for (let c = 0; c < nCat; c++) {
      value.fill(0);
      const base = (c * nY + y) * nOrg;
      const pooledC = pooled[c] === 1;
      for (let o = 0; o < nOrg; o++) {
        const v = food[base + o]!;
        if (v > 0) {
          const u = member[o] === 1 && pooledC ? pool : o;
          value[u]! += v;
        }
      }
      const categoryId = catIds[c]!;
      for (let u = 0; u < nUnits; u++) {
        const v = value[u]!;
        if (v <= 0) continue;
        for (let a = 0; a < applicable.length; a++) {
          const threshold = applicable[a]!.threshold;
          if (v >= threshold.amountMinor) {
            const buyerId = u === pool ? scenario.id : orgIds[u]!;
            if (perCell) rows.push({ buyerId, categoryId, year, thresholdId: threshold.id, valueMinor: v, amountMinor: threshold.amountMinor });
            const b = buyerOf[u]!;
            const at = b * nT + tIdx[a]!;
            const e = entryOf[at]!;
            if (e >= 0) entries[e]!.count++;
            else {
              entryOf[at] = entries.length;
              entries.push({ buyerId, thresholdId: threshold.id, firstYear: year, count: 1 });
              entryBuyer.push(b);
            }
          }
        }
      }
    }
  }
  // Buyers in the order of their first crossing, each with its thresholds in theirs.
  const firstOfBuyer = new Int32Array(buyerIds.length).fill(-1);
  const order: number[] = [];
  entries.forEach((_, e) => {
    const b = entryBuyer[e]!;
    if (firstOfBuyer[b] === -1) {
      firstOfBuyer[b] = e;
      order.push(b);
    }
  });
  const byBuyer: number[][] = buyerIds.map(() => []);
  entries.forEach((_, e) => byBuyer[entryBuyer[e]!]!.push(e));
  const crossed: CrossedThreshold[] = [];
  for (const b of order) for (const e of byBuyer[b]!) crossed.push(entries[e]!);
  return { rows, crossed };
}
