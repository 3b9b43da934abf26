/**
 * Warnings: codes with parameters (the UI translates them), each with references to the inputs
 * that caused it (docs/engine.md §7). Warnings about many cells are summed up per category and
 * year, or per organisation, so that a large plan does not drown in them.
 */
import { SANITY, rangeIn } from '../reference/sanity';
import type { Computation } from './compute';
import { addMonths, parseIsoDate } from './dates';
import { co2ePerKg, coverage, foodCostPerMeal, kgPerMeal } from './figures';
import { keep, kept } from './memo';
import { SECTOR_COUNT as SECTORS_N, sectorIndex, type PlanIndex } from './planIndex';
import type { Kitchen, Plan } from '../model/types';

const SECTOR_COUNT: number = SECTORS_N;
import type { Rows } from './results';
import { thresholdsForYear } from './thresholds';
import type { EngineWarning, InputRef, WarningCode, WarningSeverity } from './types';

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function warn(code: WarningCode, severity: WarningSeverity, params: Record<string, string | number>, refs: InputRef[]): EngineWarning {
  return { code, severity, params, refs };
}

interface Receiving {
  k: Kitchen;
  p: Kitchen;
  /** (organisation, sector) cells of the kitchen and of its production kitchen. */
  cellK: number;
  cellP: number;
}

const receivingKept = kept<Receiving[]>();

/** Receiving kitchens with their production kitchens, in plan order: kept per plan index (./memo.ts). */
function receivingKitchens(plan: Plan, ix: PlanIndex): Receiving[] {
  return keep(receivingKept, [ix, plan.kitchens], () => {
    const out: Receiving[] = [];
    for (const k of plan.kitchens) {
      if (k.kind !== 'receiving' || k.suppliedById === undefined) continue;
      const p = plan.kitchens[ix.kitchenIdx.get(k.suppliedById)!]!;
      const cellK = ix.orgIdx.get(k.organisationId)! * SECTOR_COUNT + sectorIndex[k.sector];
      const cellP = ix.orgIdx.get(p.organisationId)! * SECTOR_COUNT + sectorIndex[p.sector];
      out.push({ k, p, cellK, cellP });
    }
    return out;
  });
}

const budgetIdsKept = kept<Map<string, string>>();

export function buildWarnings(comp: Computation, rows: Rows): EngineWarning[] {
  const { plan, scenario, ix, own, alloc, bindings } = comp;
  const { nOrg, nCat } = ix;
  const { nY, years } = own;
  const out: EngineWarning[] = [];
  const sref: InputRef = { table: 'scenarios', id: scenario.id };
  const planDay = parseIsoDate(plan.meta.planDate);

  // Contracts: the procurement calendar.
  plan.contracts.forEach((c, ci) => {
    const s = bindings.schedules[ci]!;
    const cref = (field?: string): InputRef => (field ? { table: 'contracts', id: c.id, field } : { table: 'contracts', id: c.id });
    if (s.latestTenderStartDay < planDay && planDay <= s.plannedEndDay) {
      out.push(warn('tenderStartPassed', 'warning', { contractId: c.id, latestTenderStart: s.timeline.latestTenderStart, plannedEnd: s.timeline.plannedEnd, newSupplierFrom: s.timeline.newSupplierFrom }, [cref('leadTimeMonths'), { table: 'meta', id: plan.meta.id, field: 'planDate' }]));
    }
    const limit = parseIsoDate(c.start);
    const months48 = addMonths(limit, 48);
    if (s.maxEndDay + 1 > months48) {
      out.push(warn('frameworkOver48Months', 'warning', { contractId: c.id, start: c.start, maxEnd: s.timeline.maxEnd }, [cref('extensions')]));
    }
    if (scenario.kind === 'partnership' && c.joinByDate !== undefined && parseIsoDate(c.joinByDate) < planDay) {
      const pooled = c.categoryIds.filter((id) => scenario.partnership.pooledCategoryIds.includes(id));
      if (pooled.length > 0) {
        out.push(warn('joinByPassed', 'warning', { contractId: c.id, joinByDate: c.joinByDate, categories: pooled.join(', ') }, [cref('joinByDate'), { ...sref, field: 'partnership.pooledCategoryIds' }]));
      }
    }
  });
  for (const oc of alloc.overCapacity) {
    out.push(warn('contractOverCapacity', 'warning', { contractId: plan.contracts[oc.contract]!.id, offerId: plan.offers[oc.offer]!.id, year: oc.year, overKg: round6(oc.kg) }, [{ table: 'contracts', id: plan.contracts[oc.contract]!.id }, { table: 'offers', id: plan.offers[oc.offer]!.id, field: 'capacityKg' }]));
  }

  // Shared kitchens: a receiving kitchen and its production kitchen with different owners.
  for (const { k, p, cellK, cellP } of receivingKitchens(plan, ix)) {
    for (let y = 0; y < nY; y++) {
      const a = own.ownerOf[cellK * nY + y]!;
      const b = own.ownerOf[cellP * nY + y]!;
      if (a !== b) {
        out.push(warn('sharedKitchenAcrossOwners', 'warning', { kitchenId: k.id, productionKitchenId: p.id, year: years[y]!, ownerId: plan.organisations[a]!.id, productionOwnerId: plan.organisations[b]!.id }, [{ table: 'kitchens', id: k.id, field: 'suppliedById' }, { table: 'kitchens', id: p.id }, sref]));
        break;
      }
    }
  }

  // Per category and year: capacity shortfall, uncovered demand, held back, organic missed.
  // Trajectory rows come per measure (local, organic), year, then category with '*' last.
  const perMeasure = nY * (nCat + 1);
  for (let c = 0; c < nCat; c++) {
    const catId = plan.foodCategories[c]!.id;
    const cref: InputRef = { table: 'foodCategories', id: catId };
    for (let y = 0; y < nY; y++) {
      const base = (c * nY + y) * nOrg;
      let unmet = 0, unmetOwners = 0, uncovered = 0, organicShortOwners = 0;
      for (let o = 0; o < nOrg; o++) {
        const u = alloc.cells.unmetLocalKg[base + o]!;
        if (u > 1e-9) {
          unmet += u;
          unmetOwners++;
        }
        uncovered += alloc.cells.uncoveredKg[base + o]!;
        if (alloc.cells.organicShortKg[base + o]! > 1e-9) organicShortOwners++;
      }
      const year = years[y]!;
      if (unmet > 1e-6) {
        out.push(warn('localCapacityShortfall', 'warning', { categoryId: catId, year, unmetKg: round6(unmet), organisations: unmetOwners }, [cref, { ...sref, field: 'localTarget' }]));
      }
      if (uncovered > 1e-6) {
        out.push(warn('uncoveredDemand', 'error', { categoryId: catId, year, kg: round6(uncovered) }, [cref, { table: 'offers', id: '' }]));
      }
      const lr = rows.trajectory[y * (nCat + 1) + c]!;
      if (lr.heldBackBy.length > 0 && lr.achievedShare < lr.targetShare - 1e-9) {
        out.push(warn('contractHoldsBack', 'info', { categoryId: catId, year, contracts: lr.heldBackBy.join(', '), targetShare: lr.targetShare, achievedShare: lr.achievedShare }, [cref, ...lr.heldBackBy.map((id): InputRef => ({ table: 'contracts', id }))]));
      }
      const or = rows.trajectory[perMeasure + y * (nCat + 1) + c]!;
      if (organicShortOwners > 0) {
        out.push(warn('organicTargetMissed', 'warning', { categoryId: catId, year, targetShare: or.targetShare, achievedShare: or.achievedShare, organisations: organicShortOwners }, [cref, { ...sref, field: 'organicTarget' }]));
      }
    }
  }

  for (const [offer, m] of alloc.minVolumeMisses) {
    const o = plan.offers[offer]!;
    out.push(warn('minVolumeNotReached', 'info', { offerId: o.id, supplierId: o.supplierId, minVolumeKg: o.minVolumeKg, firstYear: m.year, buyers: m.units }, [{ table: 'offers', id: o.id, field: 'minVolumeKg' }]));
  }

  // Thresholds: one warning per buyer and threshold (summed with the rows: results.ts).
  const carried = new Set<string>();
  for (const y of years) for (const t of thresholdsForYear(plan, y)) if (t.carriedForward) carried.add(t.threshold.id);
  for (const c of rows.crossed) {
    const buyerRef: InputRef = c.buyerId === scenario.id ? sref : { table: 'organisations', id: c.buyerId };
    out.push(warn('thresholdCrossed', 'info', { buyerId: c.buyerId, thresholdId: c.thresholdId, firstYear: c.firstYear, categoryYears: c.count, carriedForward: carried.has(c.thresholdId) ? 1 : 0 }, [buyerRef, { table: 'thresholds', id: c.thresholdId }]));
  }

  // Per organisation: budgets, sanity ranges, data coverage.
  const budgetIds = keep(budgetIdsKept, [plan.budgets], () => new Map(plan.budgets.map((b) => [`${b.organisationId}\u0000${b.year}`, b.id])));
  const money = rangeIn(plan.meta.currency, SANITY.foodCostPerMealSek);
  const missing = new Map<string, { firstYear: number; years: number }>();
  const horizonByOrg = new Map<string, { known: number; food: number }>();
  for (const r of rows.organisations) {
    if (r.meals <= 0 && r.totalMinor <= 0) continue;
    const oref: InputRef = { table: 'organisations', id: r.organisationId };
    if (r.budgetMinor === null) {
      const m = missing.get(r.organisationId);
      if (m) m.years++;
      else missing.set(r.organisationId, { firstYear: r.year, years: 1 });
    } else if (r.gapMinor! > 0) {
      out.push(warn('budgetExceeded', 'warning', { organisationId: r.organisationId, year: r.year, gapMinor: r.gapMinor!, budgetMinor: r.budgetMinor, totalMinor: r.totalMinor }, [oref, { table: 'budgets', id: budgetIds.get(`${r.organisationId}\u0000${r.year}`) ?? '' }]));
    }
    if (r.meals > 0) {
      const food = foodCostPerMeal(r)! / 100;
      if (food < money.min || food > money.max) {
        out.push(warn('sanityCostPerMeal', 'warning', { organisationId: r.organisationId, year: r.year, value: round6(food), min: round6(money.min), max: round6(money.max) }, [oref, { table: 'offers', id: '', field: 'pricePerKgMinor' }, { table: 'mealProfiles', id: '', field: 'grams' }]));
      }
      const kpm = kgPerMeal(r)!;
      if (kpm < SANITY.kgPerMeal.min || kpm > SANITY.kgPerMeal.max) {
        out.push(warn('sanityKgPerMeal', 'warning', { organisationId: r.organisationId, year: r.year, value: round6(kpm), min: SANITY.kgPerMeal.min, max: SANITY.kgPerMeal.max }, [oref, { table: 'mealProfiles', id: '', field: 'grams' }, { table: 'kitchens', id: '', field: 'meals' }]));
      }
    }
    const cpk = co2ePerKg(r);
    if (cpk !== null && (cpk < SANITY.co2ePerKg.min || cpk > SANITY.co2ePerKg.max)) {
      out.push(warn('sanityCo2ePerKg', 'warning', { organisationId: r.organisationId, year: r.year, value: round6(cpk), min: SANITY.co2ePerKg.min, max: SANITY.co2ePerKg.max }, [oref, { table: 'foodCategories', id: '', field: 'co2ePerKg' }]));
    }
    const h = horizonByOrg.get(r.organisationId) ?? { known: 0, food: 0 };
    h.known += r.knownOriginValueMinor;
    h.food += r.foodMinor;
    horizonByOrg.set(r.organisationId, h);
  }
  for (const [id, m] of missing) {
    out.push(warn('budgetMissing', 'info', { organisationId: id, firstYear: m.firstYear, years: m.years }, [{ table: 'organisations', id }, { table: 'budgets', id: '' }]));
  }
  for (const [id, h] of horizonByOrg) {
    const cov = coverage({ ...rows.horizon, knownOriginValueMinor: h.known, foodMinor: h.food });
    if (cov !== null && cov < 0.5) {
      out.push(warn('lowDataCoverage', 'info', { organisationId: id, coverage: round6(cov) }, [{ table: 'organisations', id }, { table: 'offers', id: '', field: 'origin' }]));
    }
  }
  return out;
}
