/**
 * Costs beside the food (docs/engine.md §5): logistics, tendering, partnership fees and the
 * partnership's shared costs, per organisation and year, in integer minor units.
 */
import type { Plan, Scenario } from '../model/types';
import type { Allocation } from './allocate';
import { largestRemainder } from './money';
import type { Ownership } from './owners';
import type { PlanIndex } from './planIndex';
import { float64, type Scratch } from './scratch';

export interface CostInputs {
  /** Multiplies delivery and hub costs (sensitivity). */
  logisticsFactor?: number;
  /** Multiplies partnership fees and the tender cost (sensitivity). */
  feesFactor?: number;
}

export interface OrgCosts {
  /** Per (organisation, year): index org * nY + y. */
  logisticsMinor: Float64Array;
  tenderingMinor: Float64Array;
  feesMinor: Float64Array;
  /** Logistics per (category, year, owner) cell, as in Cells. */
  cellLogisticsMinor: Float64Array;
}

/** Tendering cost a year of one lot: a lot is tendered once every `contractYears`. */
export function tenderCostPerLot(s: Scenario, feesFactor = 1): number {
  return Math.round((s.tenderCostMinor * feesFactor) / s.contractYears);
}

export function computeCosts(
  plan: Plan,
  ix: PlanIndex,
  s: Scenario,
  own: Ownership,
  alloc: Allocation,
  meals: Float64Array,
  deliveryCostPerKgMinor: number,
  inputs: CostInputs = {},
  scratch: Scratch | null = null,
): OrgCosts {
  const { nOrg, nCat } = ix;
  const { nY, pool } = own;
  const lf = inputs.logisticsFactor ?? 1;
  const ff = inputs.feesFactor ?? 1;
  const p = s.partnership;
  const partnership = s.kind === 'partnership';
  const delivery = deliveryCostPerKgMinor * lf;
  const hub = (p.hubHandlingPerKgMinor + p.hubDeliveryCostPerKgMinor) * lf;
  const logisticsMinor = new Float64Array(nOrg * nY);
  const tenderingMinor = new Float64Array(nOrg * nY);
  const feesMinor = new Float64Array(nOrg * nY);
  const cellLogisticsMinor = float64(scratch, 'costs.cellLogisticsMinor', nCat * nY * nOrg);
  const { cells } = alloc;

  for (let c = 0; c < nCat; c++) {
    const viaHub = partnership && p.hubEnabled && own.pooled[c] === 1;
    for (let y = 0; y < nY; y++) {
      const base = (c * nY + y) * nOrg;
      for (let o = 0; o < nOrg; o++) {
        const kg = cells.kg[base + o]! - cells.uncoveredKg[base + o]!;
        if (kg <= 0) continue;
        const perKg = viaHub && own.member[o] === 1 ? hub : delivery;
        const v = Math.round(kg * perKg);
        cellLogisticsMinor[base + o] = v;
        logisticsMinor[o * nY + y] = logisticsMinor[o * nY + y]! + v;
      }
    }
  }

  const perLot = tenderCostPerLot(s, ff);
  for (let o = 0; o < nOrg; o++) {
    for (let y = 0; y < nY; y++) tenderingMinor[o * nY + y] = alloc.lots[o * nY + y]! * perLot;
  }

  if (partnership) {
    const members = p.memberIds.map((id) => ix.orgIdx.get(id)!);
    const fee = new Map(p.fees.map((f) => [f.organisationId, f.tier]));
    for (const o of members) {
      const tier = fee.get(ix.orgIds[o]!) ?? 'none';
      const amount = Math.round((tier === 'full' ? p.feeFullMinor : tier === 'group' ? p.feeGroupMinor : 0) * ff);
      for (let y = 0; y < nY; y++) feesMinor[o * nY + y] = feesMinor[o * nY + y]! + amount;
    }
    if (members.length > 0) {
      const hubFixed = p.hubEnabled && p.pooledCategoryIds.length > 0 ? Math.round(p.hubFixedCostMinor * lf) : 0;
      for (let y = 0; y < nY; y++) {
        const weights = splitWeights(plan, ix, s, own, alloc, meals, members, y);
        const pooledTendering = alloc.lots[pool * nY + y]! * perLot;
        const hubParts = split(hubFixed, s, weights, members);
        const tenderParts = split(pooledTendering, s, weights, members);
        members.forEach((o, i) => {
          logisticsMinor[o * nY + y] = logisticsMinor[o * nY + y]! + hubParts[i]!;
          tenderingMinor[o * nY + y] = tenderingMinor[o * nY + y]! + tenderParts[i]!;
        });
      }
    }
  }
  return { logisticsMinor, tenderingMinor, feesMinor, cellLogisticsMinor };
}

/** The members' weights for the chosen key (for `fixed_plus_variable`, the variable part's). */
function splitWeights(
  plan: Plan,
  ix: PlanIndex,
  s: Scenario,
  own: Ownership,
  alloc: Allocation,
  meals: Float64Array,
  members: number[],
  y: number,
): number[] {
  const { nY } = own;
  switch (s.partnership.costSplit) {
    case 'meals':
    case 'fixed_plus_variable':
      return members.map((o) => meals[o * nY + y]!);
    case 'population':
      return members.map((o) => plan.organisations[o]!.population ?? 0);
    case 'value':
      return members.map((o) => {
        let v = 0;
        for (let c = 0; c < ix.nCat; c++) if (own.pooled[c] === 1) v += alloc.cells.foodMinor[(c * nY + y) * ix.nOrg + o]!;
        return v;
      });
  }
}

/** Splits a shared cost between members exactly (largest remainder). */
function split(total: number, s: Scenario, weights: number[], members: number[]): number[] {
  if (total === 0) return members.map(() => 0);
  if (s.partnership.costSplit !== 'fixed_plus_variable') return largestRemainder(total, weights);
  const fixedPart = Math.round(total * s.partnership.fixedPart);
  const equal = largestRemainder(fixedPart, members.map(() => 1));
  const variable = largestRemainder(total - fixedPart, weights);
  return equal.map((e, i) => e + variable[i]!);
}
