/**
 * The procurement calendar of each contract and how much of its buyers' demand it binds in each
 * year of a scenario (docs/engine.md §3).
 */
import type { Contract, Plan } from '../model/types';
import { addMonths, daysInYear, daysOfYearIn, formatIsoDate, parseIsoDate } from './dates';
import { keep, kept } from './memo';
import type { PlanIndex } from './planIndex';
import type { ContractTimeline } from './types';

export interface ContractSchedule {
  timeline: ContractTimeline;
  startDay: number;
  /** First day a new supplier can take over: the contract binds [startDay, freeFromDay). */
  freeFromDay: number;
  plannedEndDay: number;
  latestTenderStartDay: number;
  maxEndDay: number;
}

/** The last day of a period of `months` months starting on `startDay`. */
function periodEnd(startDay: number, months: number): number {
  return addMonths(startDay, months) - 1;
}

export function contractSchedule(c: Contract, planDay: number): ContractSchedule {
  const startDay = parseIsoDate(c.start);
  const initialEndDay = parseIsoDate(c.initialEnd);
  let plannedEndDay = initialEndDay;
  let maxEndDay = initialEndDay;
  let leading = true;
  const options = c.extensions.map((opt, index) => {
    const optionStart = maxEndDay + 1;
    const decideBy = addMonths(optionStart, -opt.noticeMonths);
    maxEndDay = periodEnd(optionStart, opt.months);
    if (leading && opt.use) plannedEndDay = maxEndDay;
    else leading = false;
    return { index, optionStart: formatIsoDate(optionStart), decideBy: formatIsoDate(decideBy) };
  });
  const latestTenderStartDay = addMonths(plannedEndDay + 1, -c.leadTimeMonths);
  const freeFromDay = Math.max(plannedEndDay + 1, addMonths(planDay, c.leadTimeMonths));
  return {
    startDay,
    freeFromDay,
    plannedEndDay,
    latestTenderStartDay,
    maxEndDay,
    timeline: {
      contractId: c.id,
      start: c.start,
      initialEnd: c.initialEnd,
      plannedEnd: formatIsoDate(plannedEndDay),
      maxEnd: formatIsoDate(maxEndDay),
      options,
      latestTenderStart: formatIsoDate(latestTenderStartDay),
      newSupplierFrom: formatIsoDate(freeFromDay),
    },
  };
}

/** Share of year `year` during which the contract binds. */
export function boundFraction(s: ContractSchedule, year: number): number {
  return daysOfYearIn(year, s.startDay, s.freeFromDay) / daysInYear(year);
}

export interface Binding {
  contract: number;
  /** The offer the bound demand is bought from: the supplier's first offer in the category. */
  offer: number;
  /** Bound share of the buyer's demand, per scenario year (after earlier contracts took theirs). */
  fractions: Float64Array;
}

export interface ContractBindings {
  schedules: ContractSchedule[];
  /** Bindings per (original organisation, category): key org * nCat + cat. */
  byOrgCat: Map<number, Binding[]>;
}

/**
 * Which share of each (organisation, category, year) demand each contract holds. Where
 * contracts overlap, the earlier-listed one binds first and the total never exceeds the demand.
 */
export function contractBindings(plan: Plan, ix: PlanIndex, years: readonly number[]): ContractBindings {
  const planDay = parseIsoDate(plan.meta.planDate);
  const schedules = plan.contracts.map((c) => contractSchedule(c, planDay));
  const byOrgCat = new Map<number, Binding[]>();
  const bound = new Map<number, Float64Array>();
  plan.contracts.forEach((c, ci) => {
    const s = schedules[ci]!;
    const fr = years.map((y) => boundFraction(s, y));
    if (fr.every((f) => f === 0)) return;
    const sup = ix.supIdx.get(c.supplierId)!;
    for (const buyerId of new Set(c.buyerIds)) {
      const org = ix.orgIdx.get(buyerId)!;
      for (const catId of new Set(c.categoryIds)) {
        const cat = ix.catIdx.get(catId)!;
        const offer = ix.firstOfferOf.get(sup * ix.nCat + cat);
        if (offer === undefined) continue; // checkPlan reports it
        const key = org * ix.nCat + cat;
        let used = bound.get(key);
        if (!used) {
          used = new Float64Array(years.length);
          bound.set(key, used);
        }
        const fractions = new Float64Array(years.length);
        let any = false;
        for (let y = 0; y < years.length; y++) {
          const f = Math.min(fr[y]!, 1 - used[y]!);
          if (f > 0) {
            fractions[y] = f;
            used[y] = used[y]! + f;
            any = true;
          }
        }
        if (!any) continue;
        const list = byOrgCat.get(key) ?? [];
        list.push({ contract: ci, offer, fractions });
        byOrgCat.set(key, list);
      }
    }
  });
  return { schedules, byOrgCat };
}

const bindingsKept = kept<Map<string, ContractBindings>>();

/**
 * `contractBindings`, kept per contracts table and index (./memo.ts) and per scenario years.
 * The schedules' timelines are shared between evaluations: copy them before handing them out.
 */
export function keptContractBindings(plan: Plan, ix: PlanIndex, years: readonly number[]): ContractBindings {
  const byYears = keep(bindingsKept, [ix, plan.contracts], () => new Map<string, ContractBindings>());
  const key = years.join(',');
  let b = byYears.get(key);
  if (b === undefined) {
    b = contractBindings(plan, ix, years);
    byYears.set(key, b);
  }
  return b;
}

/** A copy of a contract's timeline, for a result. */
export function copyTimeline(t: ContractTimeline): ContractTimeline {
  return { ...t, options: t.options.map((o) => ({ ...o })) };
}
