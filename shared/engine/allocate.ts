/**
 * Allocation of every owner's demand to offers, per category and year, all buyers together
 * (docs/engine.md §4), and the money and climate figures of each (owner, category, year) cell.
 *
 * Order of work in one (category, year):
 *   1. contracts: bound kg go to the contracted offer and use its capacity first;
 *   2. fixed shares: `share × free demand` to the supplier's first open offer, rationed;
 *   3. quotas: each capacity-limited offer's remaining capacity is split before any price is
 *      looked at: first between the owners it is local for (claims: their local need, split by the
 *      scenario's rationing rule), then what is left between every owner it is open to (claims:
 *      the rest of their free demand, pro rata);
 *   4. targets: a weight target is a need in kg; a value target a row of value (linear in the
 *      purchase);
 *   5. each owner buys its free demand within its quotas: the least local shortfall, then the
 *      least organic shortfall, then the lowest cost, exactly (targetSolver for weight targets
 *      only, lexLp when a target is by value).
 * Because quotas do not depend on prices and each purchase is optimal within its quotas, a higher
 * price never lowers the cost and more local capacity never lowers an owner's local kg. The price
 * of that guarantee: a quota an owner leaves unused is not passed on to another owner that year.
 */
import type { RationingRule } from '../model/enums';
import type { DiscountTier, Scenario } from '../model/types';
import type { Demand } from './demand';
import type { Distances, LocalTable } from './local';
import { keep, kept } from './memo';
import { tierFactor } from './money';
import type { Ownership } from './owners';
import type { PlanIndex } from './planIndex';
import { ration } from './rationing';
import { float64, type Scratch } from './scratch';
import type { CategoryTargets } from './trajectory';
import { LexLp, NONE, VALUE, WEIGHT } from './lexLp';
import { TargetSolver } from './targetSolver';

// Local status codes (local.ts), repeated here so hot loops read constants, not module bindings.
const UNKNOWN = 0;
const LOCAL = 2;

export interface AllocationInputs {
  /** Multiplies the capacity of offers that are local for some organisation (sensitivity). */
  localCapacityFactor?: number;
}

/** Per (category, year, owner) cell: index (cat * nY + y) * nOrg + owner. */
export interface Cells {
  kg: Float64Array;
  uncoveredKg: Float64Array;
  foodMinor: Float64Array;
  listMinor: Float64Array;
  localKg: Float64Array;
  localValueMinor: Float64Array;
  organicKg: Float64Array;
  organicValueMinor: Float64Array;
  knownOriginKg: Float64Array;
  knownOriginValueMinor: Float64Array;
  co2eTransportKg: Float64Array;
  unmetLocalKg: Float64Array;
  /** Organic kg short of what the target asked for. */
  organicShortKg: Float64Array;
}

export interface Allocation {
  cells: Cells;
  /** Per (offer, year): index offer * nY + y. */
  allocatedKg: Float64Array;
  deniedKg: Float64Array;
  capacityKg: Float64Array;
  /** Offers that a scenario may use (not excluded, not an unincluded candidate). */
  eligible: Uint8Array;
  /** Contracts holding demand per (category, year): index cat * nY + y (each once, unordered). */
  heldBackBy: number[][];
  overCapacity: { contract: number; offer: number; year: number; kg: number }[];
  /** Per offer: the first year some buying unit was below its minimum volume, and how many units. */
  minVolumeMisses: Map<number, { year: number; units: number }>;
  /** Lots per (unit, year): categories the unit buys. Index unit * nY + y. */
  lots: Int32Array;
  /** Solves that needed more than the cheapest-first fill: the flow solver's swaps, and every cell with a value target (the linear programme); profiling. */
  simplexSolves: number;
  /** (category, year) figures taken from a previous allocation (profiling; ./sliderReuse.ts). */
  keptCells: number;
}

function newCells(n: number, scratch: Scratch | null): Cells {
  const f = (role: string) => float64(scratch, role, n);
  return {
    kg: f('cells.kg'),
    uncoveredKg: f('cells.uncoveredKg'),
    foodMinor: f('cells.foodMinor'),
    listMinor: f('cells.listMinor'),
    localKg: f('cells.localKg'),
    localValueMinor: f('cells.localValueMinor'),
    organicKg: f('cells.organicKg'),
    organicValueMinor: f('cells.organicValueMinor'),
    knownOriginKg: f('cells.knownOriginKg'),
    knownOriginValueMinor: f('cells.knownOriginValueMinor'),
    co2eTransportKg: f('cells.co2eTransportKg'),
    unmetLocalKg: f('cells.unmetLocalKg'),
    organicShortKg: f('cells.organicShortKg'),
  };
}

/**
 * What the allocation reads per offer, in category order, and the local (offer, owner) pairs per
 * category: it depends only on the plan's tables (the index and the local table), so it is kept
 * with them (./memo.ts). Offers are numbered g = catStart[c] + k, k their place in the category.
 */
interface AllocIndex {
  catStart: Int32Array;
  /** Per g: the offer, its supplier, organic flag, minimum volume, capacity, local for some, highest tier rate, tiers. */
  gOffer: Int32Array;
  gSup: Int32Array;
  gOrganic: Uint8Array;
  gMinVolume: Float64Array;
  gCapacity: Float64Array;
  gLocalForSome: Uint8Array;
  gMaxRate: Float64Array;
  gTiers: DiscountTier[][];
  /** Position of each offer (by offer index) in its category's list. */
  offerK: Int32Array;
  /** Local pairs (offer, owner) of offer g: pairOwner[pkStart[g] .. pkStart[g + 1]) (global pair numbers). */
  pkStart: Int32Array;
  pairOwner: Int32Array;
  /** Per category c and owner o, the owner's local pairs: i in [poStart[c * (nOrg + 1) + o], … + 1). */
  poStart: Int32Array;
  poPair: Int32Array;
  /** The pair's offer position k within its category. */
  poK: Int32Array;
  nPairs: number;
  maxK: number;
  /** The local status by owner, then offer in category order: statusG[o * nOffer + g]. */
  statusG: Uint8Array;
  /** Delivery distances by owner, then supplier: distG[o * nSup + s]. */
  distG: Float64Array;
}

function buildAllocIndex(ix: PlanIndex, status: Uint8Array, localForSome: Uint8Array, distances: Distances): AllocIndex {
  const { nOrg, nCat, nOffer } = ix;
  const catStart = new Int32Array(nCat + 1);
  for (let c = 0; c < nCat; c++) catStart[c + 1] = catStart[c]! + ix.offersByCat[c]!.length;
  const gOffer = new Int32Array(nOffer);
  const gSup = new Int32Array(nOffer);
  const gOrganic = new Uint8Array(nOffer);
  const gMinVolume = new Float64Array(nOffer);
  const gCapacity = new Float64Array(nOffer);
  const gLocalForSome = new Uint8Array(nOffer);
  const gMaxRate = new Float64Array(nOffer);
  const gTiers: DiscountTier[][] = [];
  const offerK = new Int32Array(nOffer);
  const pkStart = new Int32Array(nOffer + 1);
  const pairOwnerList: number[] = [];
  let maxK = 0;
  for (let c = 0; c < nCat; c++) {
    const offers = ix.offersByCat[c]!;
    if (offers.length > maxK) maxK = offers.length;
    for (let k = 0; k < offers.length; k++) {
      const g = catStart[c]! + k;
      const j = offers[k]!;
      gOffer[g] = j;
      gSup[g] = ix.offerSup[j]!;
      gOrganic[g] = ix.offerOrganic[j]!;
      gMinVolume[g] = ix.offerMinVolume[j]!;
      gCapacity[g] = ix.offerCapacity[j]!;
      gLocalForSome[g] = localForSome[j]!;
      const tiers = ix.offerTiers[j]!;
      let mr = 0;
      for (const t of tiers) if (t.rate > mr) mr = t.rate;
      gMaxRate[g] = mr;
      gTiers.push(tiers);
      offerK[j] = k;
      const row = j * nOrg;
      for (let o = 0; o < nOrg; o++) if (status[row + o] === LOCAL) pairOwnerList.push(o);
      pkStart[g + 1] = pairOwnerList.length;
    }
  }
  const nPairs = pairOwnerList.length;
  const pairOwner = Int32Array.from(pairOwnerList);
  // By owner within each category (CSR), pairs in offer order.
  const stride = nOrg + 1;
  const poStart = new Int32Array(nCat * stride);
  const poPair = new Int32Array(nPairs);
  const poK = new Int32Array(nPairs);
  const fill = new Int32Array(nOrg);
  for (let c = 0; c < nCat; c++) {
    const p0 = pkStart[catStart[c]!]!;
    const p1 = pkStart[catStart[c + 1]!]!;
    const base = c * stride;
    poStart[base] = p0;
    const count = new Int32Array(nOrg);
    for (let p = p0; p < p1; p++) count[pairOwner[p]!]!++;
    for (let o = 0; o < nOrg; o++) poStart[base + o + 1] = poStart[base + o]! + count[o]!;
    for (let o = 0; o < nOrg; o++) fill[o] = poStart[base + o]!;
    for (let g = catStart[c]!; g < catStart[c + 1]!; g++) {
      for (let p = pkStart[g]!; p < pkStart[g + 1]!; p++) {
        const at = fill[pairOwner[p]!]!++;
        poPair[at] = p;
        poK[at] = g - catStart[c]!;
      }
    }
  }
  // Owner-major copies of the status and distances: the owner loop reads one short row of each.
  const statusG = new Uint8Array(nOrg * nOffer);
  for (let o = 0; o < nOrg; o++) for (let g = 0; g < nOffer; g++) statusG[o * nOffer + g] = status[gOffer[g]! * nOrg + o]!;
  // Every (owner, supplier) distance, computed here (the same numbers as on first use), so that
  // the owner loop never leaves its path for a first-time computation.
  const nSup = ix.nSup;
  const distG = new Float64Array(nOrg * nSup);
  for (let o = 0; o < nOrg; o++) {
    for (let sp = 0; sp < nSup; sp++) {
      const di = sp * nOrg + o;
      const km = distances.km[di]!;
      distG[o * nSup + sp] = km < 0 ? distances.fill(di) : km;
    }
  }
  return { catStart, gOffer, gSup, gOrganic, gMinVolume, gCapacity, gLocalForSome, gMaxRate, gTiers, offerK, pkStart, pairOwner, poStart, poPair, poK, nPairs, maxK, statusG, distG };
}

const allocIndexKept = kept<AllocIndex>();

/**
 * Work arrays of the allocation, kept between evaluations (sized for the largest plan seen): the
 * engine is not re-entrant within one allocation, and nothing of them leaves it.
 */
class Work {
  nOrg = -1;
  nUnits = -1;
  maxK = -1;
  active = new Int32Array(0);
  D = new Float64Array(0);
  F = new Float64Array(0);
  preLocalKg = new Float64Array(0);
  preOrgKg = new Float64Array(0);
  preLocalVal = new Float64Array(0);
  preOrgVal = new Float64Array(0);
  preAllVal = new Float64Array(0);
  accFood = new Float64Array(0);
  accList = new Float64Array(0);
  accLocalKg = new Float64Array(0);
  accLocalVal = new Float64Array(0);
  accOrgKg = new Float64Array(0);
  accOrgVal = new Float64Array(0);
  accKnownKg = new Float64Array(0);
  accKnownVal = new Float64Array(0);
  accCo2 = new Float64Array(0);
  DU = new Float64Array(0);
  claim = new Float64Array(0);
  grant = new Float64Array(0);
  claimRank = new Float64Array(0);
  claimWho = new Int32Array(0);
  listP = new Float64Array(0);
  lowerP = new Float64Array(0);
  maxRate = new Float64Array(0);
  remaining = new Float64Array(0);
  ratio = new Float64Array(0);
  byLower = new Int32Array(0);
  isLocalHere = new Uint8Array(0);
  /** Net price per (unit, k), valid where unitNetStamp equals the current stamp. */
  unitNet = new Float64Array(0);
  unitNetStamp = new Int32Array(0);
  stamp = 0;
  q1 = new Float64Array(0);
  // One owner's columns before they are merged in price order: locals and candidates.
  lPrice = new Float64Array(0);
  lUpper = new Float64Array(0);
  lK = new Int32Array(0);
  lOrganic = new Uint8Array(0);
  cPrice = new Float64Array(0);
  cUpper = new Float64Array(0);
  cK = new Int32Array(0);
  cOrganic = new Uint8Array(0);
  cKnown = new Uint8Array(0);
  colK = new Int32Array(0);
  colKnown = new Uint8Array(0);
  solver = new TargetSolver();
  lp = new LexLp(this.solver);

  /**
   * Zeroes the per-owner arrays, as new arrays would be. The tier-1 claims read D and F of every
   * owner an offer is local for, with demand in the (category, year) or not: openYear sets both for
   * every owner (0 without demand), so no claim is made with what an earlier (category, year) left.
   */
  clearOwners(): void {
    for (const a of [this.D, this.F, this.preLocalKg, this.preOrgKg, this.preLocalVal, this.preOrgVal, this.preAllVal, this.accFood, this.accList, this.accLocalKg, this.accLocalVal, this.accOrgKg, this.accOrgVal, this.accKnownKg, this.accKnownVal, this.accCo2]) a.fill(0);
  }

  size(nOrg: number, nUnits: number, maxK: number, nPairs: number): void {
    if (nOrg > this.nOrg || nUnits > this.nUnits) {
      this.nOrg = Math.max(nOrg, this.nOrg);
      const n = this.nOrg;
      const f = () => new Float64Array(n);
      this.active = new Int32Array(n);
      this.D = f();
      this.F = f();
      this.preLocalKg = f();
      this.preOrgKg = f();
      this.preLocalVal = f();
      this.preOrgVal = f();
      this.preAllVal = f();
      this.accFood = f();
      this.accList = f();
      this.accLocalKg = f();
      this.accLocalVal = f();
      this.accOrgKg = f();
      this.accOrgVal = f();
      this.accKnownKg = f();
      this.accKnownVal = f();
      this.accCo2 = f();
      this.claim = f();
      this.grant = f();
      this.claimRank = f();
      this.claimWho = new Int32Array(n);
      this.nUnits = Math.max(nUnits, this.nUnits);
      this.DU = new Float64Array(this.nUnits);
      this.maxK = -1; // per-unit arrays below depend on nUnits too
    }
    if (maxK > this.maxK) {
      this.maxK = maxK;
      const k = Math.max(1, maxK);
      this.listP = new Float64Array(k);
      this.lowerP = new Float64Array(k);
      this.maxRate = new Float64Array(k);
      this.remaining = new Float64Array(k);
      this.ratio = new Float64Array(k);
      this.byLower = new Int32Array(k);
      this.isLocalHere = new Uint8Array(k);
      this.unitNet = new Float64Array(this.nUnits * k);
      this.unitNetStamp = new Int32Array(this.nUnits * k);
      this.stamp = 0;
      this.lPrice = new Float64Array(k);
      this.lUpper = new Float64Array(k);
      this.lK = new Int32Array(k);
      this.lOrganic = new Uint8Array(k);
      this.cPrice = new Float64Array(k);
      this.cUpper = new Float64Array(k);
      this.cK = new Int32Array(k);
      this.cOrganic = new Uint8Array(k);
      this.cKnown = new Uint8Array(k);
      this.colK = new Int32Array(2 * k);
      this.colKnown = new Uint8Array(2 * k);
    }
    if (this.q1.length < nPairs) this.q1 = new Float64Array(nPairs);
  }
}

const work = new Work();

/**
 * What the phases of one allocation read: set once per evaluation. The phases are separate
 * functions so that each is small: the owner loop, where the time goes, allocates nothing, so a
 * change of V8's allocation decisions elsewhere (a new plan) cannot throw away its compiled code,
 * and what has to be recompiled compiles quickly.
 */
class Run {
  nOrg = 0;
  nUnits = 0;
  pool = 0;
  nY = 0;
  nOffer = 0;
  nSup = 0;
  rule: RationingRule = 'pro_rata';
  pooledFactor = 0.5;
  capFactor = 0.5;
  co2PerKgKm = 0.5;
  member: Uint8Array = new Uint8Array(0);
  rank: Float64Array = new Float64Array(0);
  gEligible: Uint8Array = new Uint8Array(0);
  prices: Float64Array = new Float64Array(0);
  demandKg: Float64Array = new Float64Array(0);
  capacityKg: Float64Array = new Float64Array(0);
  allocatedKg: Float64Array = new Float64Array(0);
  deniedKg: Float64Array = new Float64Array(0);
  lots: Int32Array = new Int32Array(0);
  status: Uint8Array = new Uint8Array(0);
  cells: Cells | null = null;
  ax: AllocIndex | null = null;
  distances: Distances | null = null;
}

const run = new Run();

export function allocate(
  ix: PlanIndex,
  scenario: Scenario,
  own: Ownership,
  demand: Demand,
  local: LocalTable,
  prices: Float64Array,
  localTargets: CategoryTargets,
  organicTargets: CategoryTargets,
  distances: Distances,
  tCo2PerKgKm: number,
  inputs: AllocationInputs = {},
  scratch: Scratch | null = null,
  previous: PreviousAllocation | null = null,
): Allocation {
  const { nOrg, nCat, nOffer } = ix;
  const { nY, years, nUnits, pool } = own;
  const cells = newCells(nCat * nY * nOrg, scratch);
  const allocatedKg = float64(scratch, 'allocatedKg', nOffer * nY);
  const deniedKg = float64(scratch, 'deniedKg', nOffer * nY);
  const capacityKg = float64(scratch, 'capacityKg', nOffer * nY);
  const lots = new Int32Array(nUnits * nY);
  const heldBackBy: number[][] = Array.from({ length: nCat * nY }, () => []);
  const overCapacity: Allocation['overCapacity'] = [];
  const minVolumeMisses = new Map<number, { year: number; units: number }>();
  const status = local.status;
  const bound = demand.bound;
  // The (category, year) in which each contract was last listed in heldBackBy.
  let nContracts = 0;
  for (let e = 0; e < bound.contract.length; e++) if (bound.contract[e]! >= nContracts) nContracts = bound.contract[e]! + 1;
  const heldIn = new Int32Array(nContracts).fill(-1);

  const ax = keep(allocIndexKept, [ix, local], () => buildAllocIndex(ix, status, local.localForSome, distances));
  const { catStart, gOffer } = ax;

  const excluded = new Set(scenario.excludedSupplierIds.map((id) => ix.supIdx.get(id)));
  const included = new Set(scenario.includedCandidateIds.map((id) => ix.supIdx.get(id)));
  const eligible = new Uint8Array(nOffer);
  for (let j = 0; j < nOffer; j++) {
    const s = ix.offerSup[j]!;
    eligible[j] = excluded.has(s) || (ix.offerCandidate[j] === 1 && !included.has(s)) ? 0 : 1;
  }
  const gEligible = new Uint8Array(nOffer);
  for (let g = 0; g < nOffer; g++) gEligible[g] = eligible[gOffer[g]!]!;
  const fixedByCat = new Map<number, { sup: number; share: number }[]>();
  for (const fs of scenario.fixedShares) {
    const c = ix.catIdx.get(fs.categoryId)!;
    const l = fixedByCat.get(c) ?? [];
    l.push({ sup: ix.supIdx.get(fs.supplierId)!, share: fs.share });
    fixedByCat.set(c, l);
  }
  const rank = new Float64Array(nOrg).fill(Infinity);
  scenario.priorityIds.forEach((id, i) => {
    const o = ix.orgIdx.get(id);
    if (o !== undefined && rank[o] === Infinity) rank[o] = i;
  });

  const w = work;
  w.size(nOrg, nUnits, ax.maxK, ax.nPairs);
  w.clearOwners();
  const r = run;
  r.nOrg = nOrg;
  r.nUnits = nUnits;
  r.pool = pool;
  r.nY = nY;
  r.nOffer = nOffer;
  r.nSup = ix.nSup;
  r.rule = scenario.rationing;
  r.pooledFactor = 1 - scenario.partnership.pooledDiscount;
  r.capFactor = inputs.localCapacityFactor ?? 1;
  r.co2PerKgKm = tCo2PerKgKm / 1000;
  r.member = own.member;
  r.rank = rank;
  r.gEligible = gEligible;
  r.prices = prices;
  r.demandKg = demand.kg;
  r.capacityKg = capacityKg;
  r.allocatedKg = allocatedKg;
  r.deniedKg = deniedKg;
  r.lots = lots;
  r.status = status;
  r.cells = cells;
  r.ax = ax;
  r.distances = distances;
  const solver = w.solver;
  const swapSolves0 = solver.swapSolves + w.lp.solves;
  let keptCells = 0;

  for (let c = 0; c < nCat; c++) {
    const g0 = catStart[c]!;
    const nK = catStart[c + 1]! - g0;
    for (let k = 0; k < nK; k++) w.maxRate[k] = ax.gMaxRate[g0 + k]!;
    const fixed = fixedByCat.get(c);
    const pooledC = own.pooled[c] === 1;
    const prevC = previous !== null && previous.localTargets.byValue[c] === localTargets.byValue[c] && previous.organicTargets.byValue[c] === organicTargets.byValue[c] ? previous : null;

    for (let y = 0; y < nY; y++) {
      const cy = c * nY + y;
      const nA = openYear(r, w, g0, nK, y, cy * nOrg, pooledC);
      if (nA === 0) continue;
      // Net prices per (unit, k) computed in this (category, year) carry this stamp.
      if (w.stamp >= 0x3fffffff) {
        w.unitNetStamp.fill(0);
        w.stamp = 0;
      }
      const stamp = ++w.stamp;
      if (bound.start[cy + 1]! > bound.start[cy]!) bookContracts(r, w, bound, cy, g0, nK, y, years[y]!, stamp, pooledC, heldBackBy[cy]!, heldIn, overCapacity);
      for (let k = 0; k < nK; k++) if (w.remaining[k]! < 0) w.remaining[k] = 0;
      minimumVolumes(r, w, g0, nK, years[y]!, minVolumeMisses);
      // The same target shares and list prices as the previous allocation: the same figures.
      if (prevC !== null && sameCell(prevC, prices, localTargets.share, organicTargets.share, gOffer, g0, nK, y, nY, cy)) {
        keptCell(prevC.allocation, cells, allocatedKg, deniedKg, gOffer, g0, nK, y, nY, cy * nOrg, nOrg);
        keptCells++;
        continue;
      }
      if (fixed) fixedShares(r, w, fixed, g0, nK, nA, y, stamp, pooledC);
      const nCand = quotas(r, w, g0, nK, nA, y, localTargets.share[cy]!, organicTargets.byValue[c] === 1 && organicTargets.share[cy]! > 0, pooledC);
      solveOwners(r, w, c, g0, nK, nA, y, cy * nOrg, stamp, nCand, localTargets.share[cy]!, organicTargets.share[cy]!, localTargets.byValue[c] === 1, organicTargets.byValue[c] === 1, pooledC);
    }
  }
  r.cells = null;
  r.ax = null;
  r.distances = null;
  return { cells, allocatedKg, deniedKg, capacityKg, eligible, heldBackBy, overCapacity, minVolumeMisses, lots, simplexSolves: solver.swapSolves + w.lp.solves - swapSolves0, keptCells };
}

/**
 * An earlier allocation of the same plan, scenario and adjustments but for the target shares and
 * list prices (./sliderReuse.ts checks that), with the shares and prices it was computed from.
 */
export interface PreviousAllocation {
  allocation: Allocation;
  prices: Float64Array;
  localTargets: CategoryTargets;
  organicTargets: CategoryTargets;
}

/** Whether (category, year) cy has the same target shares and list prices (Object.is: -0 is not 0) as in `prev`. */
function sameCell(prev: PreviousAllocation, prices: Float64Array, tauL: Float64Array, tauO: Float64Array, gOffer: Int32Array, g0: number, nK: number, y: number, nY: number, cy: number): boolean {
  if (!Object.is(prev.localTargets.share[cy], tauL[cy]) || !Object.is(prev.organicTargets.share[cy], tauO[cy])) return false;
  const before = prev.prices;
  for (let k = 0; k < nK; k++) {
    const at = gOffer[g0 + k]! * nY + y;
    if (!Object.is(before[at], prices[at])) return false;
  }
  return true;
}

/**
 * The figures of (category, year) cy from `prev`: its cells, and the kg allocated and denied of
 * the category's offers that year (nothing else writes them). What the phases before the reuse
 * check wrote (capacities, lots, contracts held back and over capacity, minimum-volume misses)
 * is computed as always.
 */
function keptCell(prev: Allocation, cells: Cells, allocatedKg: Float64Array, deniedKg: Float64Array, gOffer: Int32Array, g0: number, nK: number, y: number, nY: number, base: number, nOrg: number): void {
  for (const name of Object.keys(cells) as (keyof Cells)[]) cells[name].set(prev.cells[name].subarray(base, base + nOrg), base);
  for (let k = 0; k < nK; k++) {
    const at = gOffer[g0 + k]! * nY + y;
    allocatedKg[at] = prev.allocatedKg[at]!;
    deniedKg[at] = prev.deniedKg[at]!;
  }
}

/** A (category, year): list prices and capacities, the owners with demand and each buying unit's demand. Returns how many owners. */
function openYear(r: Run, w: Work, g0: number, nK: number, y: number, base: number, pooledC: boolean): number {
  const { nOrg, nUnits, pool, nY, prices, capacityKg, capFactor, member, demandKg: dkg, lots } = r;
  const ax = r.ax!;
  const { gOffer, gCapacity, gLocalForSome } = ax;
  const { listP, lowerP, maxRate, remaining, active, D, F, DU } = w;
  const { preLocalKg, preOrgKg, preLocalVal, preOrgVal, preAllVal, accFood, accList, accLocalKg, accLocalVal, accOrgKg, accOrgVal, accKnownKg, accKnownVal, accCo2 } = w;
  const cKg = r.cells!.kg;
  for (let k = 0; k < nK; k++) {
    const g = g0 + k;
    const j = gOffer[g]!;
    const p = prices[j * nY + y]!;
    listP[k] = p;
    lowerP[k] = p * (1 - maxRate[k]!);
    let cap = gCapacity[g]!;
    if (cap !== Infinity && gLocalForSome[g] === 1) cap *= capFactor;
    remaining[k] = cap;
    capacityKg[j * nY + y] = cap;
  }
  let nA = 0;
  DU.fill(0, 0, nUnits);
  for (let o = 0; o < nOrg; o++) {
    const d = dkg[base + o]!;
    if (d <= 0) {
      // No demand here: it must claim nothing (quotas reads D and F of every local owner).
      D[o] = 0;
      F[o] = 0;
      continue;
    }
    active[nA++] = o;
    D[o] = d;
    F[o] = d;
    preLocalKg[o] = 0;
    preOrgKg[o] = 0;
    preLocalVal[o] = 0;
    preOrgVal[o] = 0;
    preAllVal[o] = 0;
    accFood[o] = 0;
    accList[o] = 0;
    accLocalKg[o] = 0;
    accLocalVal[o] = 0;
    accOrgKg[o] = 0;
    accOrgVal[o] = 0;
    accKnownKg[o] = 0;
    accKnownVal[o] = 0;
    accCo2[o] = 0;
    const u = member[o] === 1 && pooledC ? pool : o;
    DU[u] = DU[u]! + d;
    cKg[base + o] = d;
  }
  for (let u = 0; u < nUnits; u++) if (DU[u]! > 0) lots[u * nY + y]!++;
  return nA;
}

/** 1. Contracts: bought whatever the scenario says, beyond capacity if need be. */
function bookContracts(
  r: Run,
  w: Work,
  bound: Demand['bound'],
  cy: number,
  g0: number,
  nK: number,
  y: number,
  year: number,
  stamp: number,
  pooledC: boolean,
  held: number[],
  heldIn: Int32Array,
  overCapacity: Allocation['overCapacity'],
): void {
  const ax = r.ax!;
  const { gOffer, gOrganic, gSup, gTiers, offerK } = ax;
  const { listP, maxRate, remaining, F, DU } = w;
  const { member, pool } = r;
  for (let e = bound.start[cy]!; e < bound.start[cy + 1]!; e++) {
    const o = bound.owner[e]!;
    const k = offerK[bound.offer[e]!]!;
    const kg = Math.min(bound.kg[e]!, F[o]!);
    const ct = bound.contract[e]!;
    if (heldIn[ct] !== cy) {
      heldIn[ct] = cy;
      held.push(ct);
    }
    if (kg <= 0) continue;
    const before = remaining[k]!;
    remaining[k] = before - kg;
    if (before >= 0 && remaining[k] < -1e-9 * (1 + kg)) {
      overCapacity.push({ contract: ct, offer: gOffer[g0 + k]!, year, kg: -remaining[k] });
    }
    const u = member[o] === 1 && pooledC ? pool : o;
    let price = listP[k]!;
    if (maxRate[k] !== 0) price = unitNetOf(w, u, k, nK, stamp, DU[u]!, gTiers[g0 + k]!);
    preBookAt(r, w, gOffer[g0 + k]!, gOrganic[g0 + k]!, gSup[g0 + k]!, o, y, kg, price, listP[k]!);
  }
}

/** Minimum volumes: record the first year some buying unit is below an offer's minimum. */
function minimumVolumes(r: Run, w: Work, g0: number, nK: number, year: number, misses: Allocation['minVolumeMisses']): void {
  const { gMinVolume, gOffer } = r.ax!;
  const { gEligible, nUnits } = r;
  const DU = w.DU;
  for (let k = 0; k < nK; k++) {
    const g = g0 + k;
    const mv = gMinVolume[g]!;
    if (mv <= 0 || gEligible[g] !== 1) continue;
    const j = gOffer[g]!;
    if (misses.has(j)) continue;
    let n = 0;
    for (let u = 0; u < nUnits; u++) if (DU[u]! > 0 && DU[u]! < mv) n++;
    if (n > 0) misses.set(j, { year, units: n });
  }
}

/** 2. Fixed shares. */
function fixedShares(r: Run, w: Work, fixed: { sup: number; share: number }[], g0: number, nK: number, nA: number, y: number, stamp: number, pooledC: boolean): void {
  const { gSup, gMinVolume, gOffer, gOrganic, gTiers } = r.ax!;
  const { gEligible, member, pool, rank, rule, pooledFactor, deniedKg, nY } = r;
  const { active, F, DU, claim, claimRank, claimWho, grant, remaining, listP, maxRate } = w;
  const freeAtStart = Float64Array.from(active.subarray(0, nA), (o) => F[o]!);
  for (const fs of fixed) {
    const target = new Int32Array(nA).fill(-1);
    for (let a = 0; a < nA; a++) {
      const o = active[a]!;
      const u = member[o] === 1 && pooledC ? pool : o;
      for (let k = 0; k < nK; k++) {
        const g = g0 + k;
        if (gSup[g] === fs.sup && gEligible[g] === 1 && DU[u]! >= gMinVolume[g]!) {
          target[a] = k;
          break;
        }
      }
    }
    for (let k = 0; k < nK; k++) {
      let n = 0;
      for (let a = 0; a < nA; a++) {
        if (target[a] !== k) continue;
        const o = active[a]!;
        const want = Math.min(fs.share * freeAtStart[a]!, F[o]!);
        if (want <= 0) continue;
        claim[n] = want;
        claimRank[n] = rank[o]!;
        claimWho[n] = o;
        n++;
      }
      if (n === 0) continue;
      ration(remaining[k]!, claim, n, rule, claimRank, grant);
      let granted = 0;
      let asked = 0;
      const g = g0 + k;
      for (let i = 0; i < n; i++) {
        const o = claimWho[i]!;
        const u = member[o] === 1 && pooledC ? pool : o;
        granted += grant[i]!;
        asked += claim[i]!;
        let price = listP[k]!;
        if (maxRate[k] !== 0) price = unitNetOf(w, u, k, nK, stamp, DU[u]!, gTiers[g]!);
        if (grant[i]! > 0) preBookAt(r, w, gOffer[g]!, gOrganic[g]!, gSup[g]!, o, y, grant[i]!, price * (u === pool ? pooledFactor : 1), listP[k]!);
      }
      if (remaining[k] !== Infinity) remaining[k] = Math.max(0, remaining[k]! - granted);
      const j = gOffer[g]!;
      deniedKg[j * nY + y] = deniedKg[j * nY + y]! + Math.max(0, asked - granted);
    }
  }
}

/**
 * 3. Quotas. Tier 1: owners an offer is local for, claiming their local need; tier 2: the rest,
 * pro rata. Then the candidates (offers that may be worth buying for an owner they are not local
 * for). Returns how many candidates.
 */
function quotas(r: Run, w: Work, g0: number, nK: number, nA: number, y: number, tauL: number, organicByValue: boolean, pooledC: boolean): number {
  const { gEligible, member, pool, rank, rule, deniedKg, nY } = r;
  const { gMinVolume, gOffer, gOrganic, gLocalForSome, pkStart, pairOwner } = r.ax!;
  const { active, F, D, DU, preLocalKg, claim, claimRank, claimWho, grant, remaining, ratio, q1, listP, lowerP, byLower } = w;
  q1.fill(0, pkStart[g0], pkStart[g0 + nK]);
  let allF = 0;
  for (let a = 0; a < nA; a++) allF += F[active[a]!]!;
  for (let k = 0; k < nK; k++) {
    const g = g0 + k;
    ratio[k] = 0;
    if (gEligible[g] !== 1) continue;
    const mv = gMinVolume[g]!;
    if (remaining[k] === Infinity) {
      ratio[k] = 1;
      continue;
    }
    let granted = 0;
    const p0 = pkStart[g]!;
    const p1 = pkStart[g + 1]!;
    if (tauL > 0 && p1 > p0) {
      let n = 0;
      for (let p = p0; p < p1; p++) {
        const o = pairOwner[p]!;
        const d = D[o]!;
        if (!(d > 0) || F[o]! <= 0) continue;
        const u = member[o] === 1 && pooledC ? pool : o;
        if (DU[u]! < mv) continue;
        const need = Math.min(F[o]!, Math.max(0, tauL * d - preLocalKg[o]!));
        if (need <= 0) continue;
        claim[n] = need;
        claimRank[n] = rank[o]!;
        claimWho[n] = p;
        n++;
      }
      if (n > 0) {
        ration(remaining[k]!, claim, n, rule, claimRank, grant);
        let asked = 0;
        for (let i = 0; i < n; i++) {
          q1[claimWho[i]!] = grant[i]!;
          granted += grant[i]!;
          asked += claim[i]!;
        }
        const j = gOffer[g]!;
        deniedKg[j * nY + y] = deniedKg[j * nY + y]! + Math.max(0, asked - granted);
      }
    }
    // Tier 2: the rest, pro rata to every open owner's remaining free demand.
    const left = remaining[k]! - granted;
    if (left <= 0) continue;
    let openF = 0;
    if (mv <= 0) openF = allF;
    else {
      // Summed per owner, in owner order, so that the result does not depend on how owners are
      // grouped into buying units.
      for (let a = 0; a < nA; a++) {
        const o = active[a]!;
        if (DU[member[o] === 1 && pooledC ? pool : o]! >= mv) openF += F[o]!;
      }
    }
    const claims = openF - granted;
    ratio[k] = claims <= left ? 1 : left / claims;
  }

  // Candidates: an offer that is not local for an owner can only be worth buying if it may be
  // cheaper than the cheapest unlimited offer of its organic class that is local for nobody
  // and open to everyone (net prices lie in [list × (1 − highest tier rate), list]): a dearer
  // one is worse on the cost and on a local value target, and no better on the rest. Not so for
  // organic offers under an organic target by value, where dearer organic food adds more organic
  // value: then every organic offer is a candidate.
  let anchor0 = Infinity;
  let anchor1 = Infinity;
  for (let k = 0; k < nK; k++) {
    const g = g0 + k;
    if (remaining[k] !== Infinity || gEligible[g] !== 1 || gLocalForSome[g] === 1 || gMinVolume[g]! > 0) continue;
    if (gOrganic[g] === 1) {
      if (!organicByValue && listP[k]! < anchor1) anchor1 = listP[k]!;
    } else if (listP[k]! < anchor0) anchor0 = listP[k]!;
  }
  let nCand = 0;
  for (let k = 0; k < nK; k++) {
    const g = g0 + k;
    if (gEligible[g] !== 1) continue;
    if (lowerP[k]! <= (gOrganic[g] === 1 ? anchor1 : anchor0)) byLower[nCand++] = k;
  }
  return nCand;
}

/** 4–5. Each owner: columns, needs, solve, book. Allocates nothing. */
function solveOwners(
  r: Run,
  w: Work,
  c: number,
  g0: number,
  nK: number,
  nA: number,
  y: number,
  base: number,
  stamp: number,
  nCand: number,
  tauL: number,
  tauO: number,
  localByValue: boolean,
  organicByValue: boolean,
  pooledC: boolean,
): void {
  const { nOrg, nOffer, nSup, nY, member, pool, pooledFactor, gEligible, co2PerKgKm, allocatedKg } = r;
  const ax = r.ax!;
  const { gOffer, gSup, gOrganic, gMinVolume, gTiers, poStart, poPair, poK, statusG, distG } = ax;
  const { active, D, F, DU, preLocalKg, preOrgKg, preLocalVal, preAllVal, accFood, accList, accLocalKg, accLocalVal, accOrgKg, accOrgVal, accKnownKg, accKnownVal, accCo2 } = w;
  const { listP, maxRate, remaining, ratio, byLower, isLocalHere, q1 } = w;
  const { lPrice, lUpper, lK, lOrganic, cPrice, cUpper, cK, cOrganic, cKnown, colK, colKnown } = w;
  const cells = r.cells!;
  const cellUnmet = cells.unmetLocalKg;
  const cellOrgShort = cells.organicShortKg;
  const cellUncovered = cells.uncoveredKg;
  const cellFood = cells.foodMinor;
  const cellList = cells.listMinor;
  const cellLocalKg = cells.localKg;
  const cellLocalVal = cells.localValueMinor;
  const cellOrgKg = cells.organicKg;
  const cellOrgVal = cells.organicValueMinor;
  const cellKnownKg = cells.knownOriginKg;
  const cellKnownVal = cells.knownOriginValueMinor;
  const cellCo2 = cells.co2eTransportKg;
  const solver = w.solver;
  const lp = w.lp;
  const poBase = c * (nOrg + 1);

  for (let a = 0; a < nA; a++) {
    const o = active[a]!;
    const u = member[o] === 1 && pooledC ? pool : o;
    const free = F[o]!;
    const cell = base + o;
    if (free > 0) {
      const du = DU[u]!;
      const pooledFree = u === pool ? pooledFactor : 1;
      // The owner's local offers, at any price, in price order (ties: offer order).
      let nL = 0;
      let available = 0;
      const iStart = poStart[poBase + o]!;
      const iEnd = poStart[poBase + o + 1]!;
      for (let i = iStart; i < iEnd; i++) {
        const k = poK[i]!;
        const g = g0 + k;
        if (gEligible[g] !== 1 || du < gMinVolume[g]!) continue;
        isLocalHere[k] = 1;
        const first = q1[poPair[i]!]!;
        const quota = remaining[k] === Infinity ? Infinity : first + ratio[k]! * (free - first);
        if (!(quota > 0)) continue;
        let p = listP[k]!;
        if (maxRate[k] !== 0) p = unitNetOf(w, u, k, nK, stamp, du, gTiers[g]!);
        const price = p * pooledFree;
        let at = nL++;
        while (at > 0 && lPrice[at - 1]! > price) {
          lPrice[at] = lPrice[at - 1]!;
          lUpper[at] = lUpper[at - 1]!;
          lK[at] = lK[at - 1]!;
          lOrganic[at] = lOrganic[at - 1]!;
          at--;
        }
        lPrice[at] = price;
        lUpper[at] = quota;
        lK[at] = k;
        lOrganic[at] = gOrganic[g]!;
        available += quota;
      }
      // The candidates that are not local for it, in price order (ties: offer order).
      let nC = 0;
      const statusRow = o * nOffer + g0;
      for (let i = 0; i < nCand; i++) {
        const k = byLower[i]!;
        if (isLocalHere[k] === 1) continue;
        const g = g0 + k;
        if (du < gMinVolume[g]!) continue;
        const quota = remaining[k] === Infinity ? Infinity : ratio[k]! * free;
        if (!(quota > 0)) continue;
        let p = listP[k]!;
        if (maxRate[k] !== 0) p = unitNetOf(w, u, k, nK, stamp, du, gTiers[g]!);
        const price = p * pooledFree;
        let at = nC++;
        while (at > 0 && cPrice[at - 1]! > price) {
          cPrice[at] = cPrice[at - 1]!;
          cUpper[at] = cUpper[at - 1]!;
          cK[at] = cK[at - 1]!;
          cOrganic[at] = cOrganic[at - 1]!;
          cKnown[at] = cKnown[at - 1]!;
          at--;
        }
        cPrice[at] = price;
        cUpper[at] = quota;
        cK[at] = k;
        cOrganic[at] = gOrganic[g]!;
        cKnown[at] = statusG[statusRow + k] !== UNKNOWN ? 1 : 0;
        available += quota;
      }
      for (let i = iStart; i < iEnd; i++) isLocalHere[poK[i]!] = 0;
      // Columns in price order; a local column before a candidate at the same price (the
      // order a stable sort of the locals followed by the candidates gives).
      // A cell with a value target is solved as a small linear programme (lexLp.ts), a cell with
      // weight targets only by the flow solver; the columns go straight to the one that solves.
      const n = nL + nC;
      const lValue = tauL > 0 && localByValue;
      const oValue = tauO > 0 && organicByValue;
      const useLp = lValue || oValue;
      if (useLp) lp.reset(n);
      else solver.reset(n);
      const sPrice = useLp ? lp.price : solver.price;
      const sUpper = useLp ? lp.upper : solver.upper;
      const sLocal = useLp ? lp.local : solver.local;
      const sOrganic = useLp ? lp.organic : solver.organic;
      let li = 0;
      let ci = 0;
      for (let m = 0; m < n; m++) {
        if (ci >= nC || (li < nL && lPrice[li]! <= cPrice[ci]!)) {
          sPrice[m] = lPrice[li]!;
          sUpper[m] = lUpper[li]!;
          sLocal[m] = 1;
          sOrganic[m] = lOrganic[li]!;
          colK[m] = lK[li]!;
          colKnown[m] = 1;
          li++;
        } else {
          sPrice[m] = cPrice[ci]!;
          sUpper[m] = cUpper[ci]!;
          sLocal[m] = 0;
          sOrganic[m] = cOrganic[ci]!;
          colK[m] = cK[ci]!;
          colKnown[m] = cKnown[ci]!;
          ci++;
        }
      }
      const buy = free < available ? free : available;
      const pRef = n > 0 ? sPrice[0]! : 0;

      // Needs: a weight target's is τ × demand less what contracts and fixed shares already
      // gave, in kg; a value target's is a row of value (lexLp.ts).
      const needA = tauL > 0 && !localByValue ? Math.max(0, tauL * D[o]! - preLocalKg[o]!) : 0;
      const needB = tauO > 0 && !organicByValue ? Math.max(0, tauO * D[o]! - preOrgKg[o]!) : 0;
      if (useLp) {
        const pre = preAllVal[o]!;
        lp.solve(
          buy,
          tauL > 0 ? (localByValue ? VALUE : WEIGHT) : NONE,
          tauL,
          localByValue ? tauL * pre - preLocalVal[o]! : needA,
          tauO > 0 ? (organicByValue ? VALUE : WEIGHT) : NONE,
          tauO,
          organicByValue ? tauO * pre - w.preOrgVal[o]! : needB,
          pre,
        );
      } else solver.solve(buy, needA, needB);
      const sx = useLp ? lp.x : solver.x;
      // Book the purchase (the same sums, in the same order, as one booking per column).
      let localFree = 0;
      let orgFree = 0;
      let aFood = accFood[o]!;
      let aList = accList[o]!;
      let aLocalKg = accLocalKg[o]!;
      let aLocalVal = accLocalVal[o]!;
      let aKnownKg = accKnownKg[o]!;
      let aKnownVal = accKnownVal[o]!;
      let aOrgKg = accOrgKg[o]!;
      let aOrgVal = accOrgVal[o]!;
      let aCo2 = accCo2[o]!;
      const distRow = o * nSup;
      for (let i = 0; i < n; i++) {
        const x = sx[i]!;
        if (x <= 0) continue;
        const k = colK[i]!;
        const g = g0 + k;
        const j = gOffer[g]!;
        const value = x * sPrice[i]!;
        aFood = aFood + value;
        aList = aList + x * listP[k]!;
        if (sLocal[i] === 1) {
          aLocalKg = aLocalKg + x;
          aLocalVal = aLocalVal + value;
          localFree += x;
        }
        if (colKnown[i] === 1) {
          aKnownKg = aKnownKg + x;
          aKnownVal = aKnownVal + value;
        }
        if (sOrganic[i] === 1) {
          orgFree += x;
          aOrgKg = aOrgKg + x;
          aOrgVal = aOrgVal + value;
        }
        aCo2 = aCo2 + x * distG[distRow + gSup[g]!]! * co2PerKgKm;
        allocatedKg[j * nY + y] = allocatedKg[j * nY + y]! + x;
      }
      accFood[o] = aFood;
      accList[o] = aList;
      accLocalKg[o] = aLocalKg;
      accLocalVal[o] = aLocalVal;
      accKnownKg[o] = aKnownKg;
      accKnownVal[o] = aKnownVal;
      accOrgKg[o] = aOrgKg;
      accOrgVal[o] = aOrgVal;
      accCo2[o] = aCo2;
      // Local kg the target asked for that no quota could give (what the market would need).
      // Demand no offer could take still counts; what contracts hold back does not (the need
      // is capped at what is still free).
      const kgTol = 1e-9 * (1 + buy);
      let shortA = solver.shortA;
      let shortB = solver.shortB;
      if (useLp) {
        const sA = Math.min(needA, buy) - localFree;
        const sB = Math.min(needB, buy) - orgFree;
        shortA = sA > kgTol ? sA : 0;
        shortB = sB > kgTol ? sB : 0;
      }
      let unmet = shortA > 0 || buy < free ? Math.max(0, Math.min(needA, free) - localFree) : 0;
      if (lValue) {
        // Value still missing: in kg at the cheapest local price in and the dearest non-local
        // price used out.
        const deficit = tauL * aFood - aLocalVal;
        if (deficit > 1e-9 * (1 + aFood)) unmet += deficit / swapRate(n, sPrice, sLocal, sx, tauL, pRef);
      }
      if (oValue) {
        const deficit = tauO * aFood - aOrgVal;
        shortB = deficit > 1e-9 * (1 + aFood) ? deficit / swapRate(n, sPrice, sOrganic, sx, tauO, pRef) : 0;
      }
      unmet = Math.min(unmet, Math.max(0, free - localFree));
      cellUnmet[cell] = unmet > 1e-9 * (1 + free) ? unmet : 0;
      cellOrgShort[cell] = shortB;
      cellUncovered[cell] = free - buy;
    }
    cellFood[cell] = Math.round(accFood[o]!);
    cellList[cell] = Math.round(accList[o]!);
    cellLocalKg[cell] = accLocalKg[o]!;
    cellLocalVal[cell] = Math.round(accLocalVal[o]!);
    cellOrgKg[cell] = accOrgKg[o]!;
    cellOrgVal[cell] = Math.round(accOrgVal[o]!);
    cellKnownKg[cell] = accKnownKg[o]!;
    cellKnownVal[cell] = Math.round(accKnownVal[o]!);
    cellCo2[cell] = accCo2[o]!;
  }
}

/**
 * Value a kg of flagged food adds to a value target's share when it replaces unflagged food:
 * (1 − τ)·(cheapest flagged price) + τ·(dearest unflagged price used), to turn the value still
 * missing into kg.
 */
function swapRate(n: number, price: Float64Array, flag: Uint8Array, x: Float64Array, tau: number, pRef: number): number {
  let pIn = Infinity;
  let pOut = pRef;
  for (let i = 0; i < n; i++) {
    if (flag[i] === 1 && price[i]! < pIn) pIn = price[i]!;
    if (flag[i] === 0 && x[i]! > 0) pOut = price[i]!;
  }
  if (pIn === Infinity) pIn = pRef;
  const rate = (1 - tau) * pIn + tau * pOut;
  return rate > 0 ? rate : Infinity;
}

/** Net price per kg for unit u from offer k (before the pooled discount), computed once per (category, year). */
function unitNetOf(w: Work, u: number, k: number, nK: number, stamp: number, du: number, tiers: DiscountTier[]): number {
  const at = u * nK + k;
  if (w.unitNetStamp[at] === stamp) return w.unitNet[at]!;
  const lp = w.listP[k]!;
  const v = lp * tierFactor(lp, du, tiers);
  w.unitNet[at] = v;
  w.unitNetStamp[at] = stamp;
  return v;
}

/** A purchase made before the targets are solved (contract, fixed share). */
function preBookAt(r: Run, w: Work, j: number, organic: number, sup: number, o: number, y: number, kg: number, price: number, listPrice: number): void {
  if (kg <= 0) return;
  const { nOrg, nY, nSup, status, co2PerKgKm, allocatedKg } = r;
  const st = status[j * nOrg + o]!;
  const value = kg * price;
  w.accFood[o] = w.accFood[o]! + value;
  w.accList[o] = w.accList[o]! + kg * listPrice;
  if (st === LOCAL) {
    w.accLocalKg[o] = w.accLocalKg[o]! + kg;
    w.accLocalVal[o] = w.accLocalVal[o]! + value;
  }
  if (st !== UNKNOWN) {
    w.accKnownKg[o] = w.accKnownKg[o]! + kg;
    w.accKnownVal[o] = w.accKnownVal[o]! + value;
  }
  if (organic === 1) {
    w.accOrgKg[o] = w.accOrgKg[o]! + kg;
    w.accOrgVal[o] = w.accOrgVal[o]! + value;
  }
  w.accCo2[o] = w.accCo2[o]! + kg * r.ax!.distG[o * nSup + sup]! * co2PerKgKm;
  allocatedKg[j * nY + y] = allocatedKg[j * nY + y]! + kg;
  w.preAllVal[o] = w.preAllVal[o]! + value;
  if (st === LOCAL) {
    w.preLocalKg[o] = w.preLocalKg[o]! + kg;
    w.preLocalVal[o] = w.preLocalVal[o]! + value;
  }
  if (organic === 1) {
    w.preOrgKg[o] = w.preOrgKg[o]! + kg;
    w.preOrgVal[o] = w.preOrgVal[o]! + value;
  }
  w.F[o] = Math.max(0, w.F[o]! - kg);
}
