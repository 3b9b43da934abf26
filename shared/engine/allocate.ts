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
 *   4. needs: the local and organic kg each owner's targets ask for (a value target is turned
 *      into kg with its cheapest local offers and the rest at its cheapest price);
 *   5. each owner buys its free demand within its quotas, meeting the needs as far as the quotas
 *      allow, at the lowest cost (targetSolver: exact, not greedy).
 * Because quotas do not depend on prices and each purchase is optimal within its quotas, a higher
 * price never lowers the cost and more local capacity never lowers an owner's local kg. The price
 * of that guarantee: a quota an owner leaves unused is not passed on to another owner that year.
 */
import type { Scenario } from '../model/types';
import type { Demand } from './demand';
import type { Distances, LocalTable } from './local';
import { tierFactor } from './money';
import type { Ownership } from './owners';
import type { PlanIndex } from './planIndex';
import { ration } from './rationing';
import type { CategoryTargets } from './trajectory';
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
  /** Contracts holding demand per (category, year): index cat * nY + y. */
  heldBackBy: Set<number>[];
  overCapacity: { contract: number; offer: number; year: number; kg: number }[];
  /** Per offer: the first year some buying unit was below its minimum volume, and how many units. */
  minVolumeMisses: Map<number, { year: number; units: number }>;
  /** Lots per (unit, year): categories the unit buys. Index unit * nY + y. */
  lots: Int32Array;
  /** Solves that needed the simplex (profiling). */
  simplexSolves: number;
}

function newCells(n: number): Cells {
  const f = () => new Float64Array(n);
  return {
    kg: f(),
    uncoveredKg: f(),
    foodMinor: f(),
    listMinor: f(),
    localKg: f(),
    localValueMinor: f(),
    organicKg: f(),
    organicValueMinor: f(),
    knownOriginKg: f(),
    knownOriginValueMinor: f(),
    co2eTransportKg: f(),
    unmetLocalKg: f(),
    organicShortKg: f(),
  };
}

/** Grows a typed array to at least `n` elements (contents are not kept). */
function atLeast(a: Float64Array<ArrayBuffer>, n: number): Float64Array<ArrayBuffer> {
  return a.length >= n ? a : new Float64Array(Math.max(n, a.length * 2));
}
function atLeastI(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  return a.length >= n ? a : new Int32Array(Math.max(n, a.length * 2));
}

function flaggedKg(s: TargetSolver, flag: Uint8Array): number {
  let kg = 0;
  for (let j = 0; j < s.n; j++) if (flag[j] === 1) kg += s.x[j]!;
  return kg;
}

/** Value still missing for τ of the total: τ·(all) − flagged, with what the solver bought. */
function valueDeficit(s: TargetSolver, flag: Uint8Array, tau: number, v0: number, all0: number): number {
  let v = v0;
  let all = all0;
  for (let j = 0; j < s.n; j++) {
    const x = s.x[j]!;
    if (x <= 0) continue;
    const value = x * s.price[j]!;
    all += value;
    if (flag[j] === 1) v += value;
  }
  const d = tau * all - v;
  return d > 1e-9 * (1 + all) ? d : 0;
}

/**
 * One step towards a value target (docs/engine.md §4): walks the swaps the solver would make
 * (cheapest flagged column with room in, dearest used unflagged column out; each kg adds
 * (1 − τ)·p_in + τ·p_out of value) across column boundaries until the deficit is closed, and
 * returns the flagged kg to add to the need (0 when no such swap exists). When the other target is
 * binding (`protect`: its flags), the solver keeps its kilos, so they are not swapped out here.
 */
function swapWalk(s: TargetSolver, flag: Uint8Array, tau: number, deficit: number, protect: Uint8Array | null): number {
  const { n, x, upper, price } = s;
  let i = 0;
  let o = n - 1;
  let kg = 0;
  let left = deficit;
  let roomIn = 0;
  let availOut = 0;
  while (left > 0) {
    while (i < n && (flag[i] !== 1 || (roomIn = upper[i]! - x[i]!) <= 0)) i++;
    while (o >= 0 && (flag[o] === 1 || (protect !== null && protect[o] === 1) || (availOut = x[o]!) <= 0)) o--;
    if (i >= n || o < 0) break;
    const rate = (1 - tau) * price[i]! + tau * price[o]!;
    if (!(rate > 0)) break;
    const step = Math.min(roomIn, availOut, left / rate);
    kg += step;
    left -= step * rate;
    if (step >= roomIn) i++;
    else roomIn -= step;
    if (step >= availOut) o--;
    else availOut -= step;
    if (step < roomIn && step < availOut) break;
  }
  return kg;
}

/**
 * When all the free demand is already flagged food and value is still missing, dearer flagged food
 * replaces cheaper, directly in the solution: each kg moved from p_out to p_in adds
 * (1 − τ)·(p_in − p_out) of value at a cost of p_in − p_out, the same cost per unit of value for every
 * such move, so the cost is what the target requires whichever columns are used. A move that takes
 * kilos away from the other target (`other` flags) stays within that target's slack over its need.
 */
function padValue(s: TargetSolver, flag: Uint8Array, other: Uint8Array, otherNeed: number, tau: number, deficit: number): void {
  if (tau >= 1) return;
  const { n, x, upper, price } = s;
  let slack = -otherNeed;
  for (let j = 0; j < n; j++) if (other[j] === 1) slack += x[j]!;
  let left = deficit;
  for (let cheap = 0; cheap < n && left > 0; cheap++) {
    if (flag[cheap] !== 1 || !(x[cheap]! > 0)) continue;
    for (let dear = n - 1; dear > cheap && left > 0 && x[cheap]! > 0; dear--) {
      if (flag[dear] !== 1 || !(price[dear]! > price[cheap]!)) continue;
      const room = upper[dear]! - x[dear]!;
      if (!(room > 0)) continue;
      const losesOther = other[cheap] === 1 && other[dear] === 0;
      if (losesOther && !(slack > 0)) continue;
      const gain = (1 - tau) * (price[dear]! - price[cheap]!);
      const step = Math.min(x[cheap]!, room, left / gain, losesOther ? slack : Infinity);
      x[cheap] = x[cheap]! - step;
      x[dear] = x[dear]! + step;
      left -= step * gain;
      if (losesOther) slack -= step;
      else if (other[cheap] === 0 && other[dear] === 1) slack += step;
    }
  }
}

/**
 * The kg need of a value target (flag = local or organic) whose solution just reaches τ of the
 * value: the root of g(need) = τ·(all value) − (flagged value), which falls as the need grows and is
 * linear between the solver's breakpoints. The first steps come from the swaps the solver would make
 * (swapWalk); once the root is bracketed, regula falsi (Illinois variant) closes in on it, exactly
 * on a linear piece. When all the free demand is flagged and value is still missing, dearer flagged
 * food replaces cheaper (padValue). Leaves the solver holding the solution. `other` is the other
 * row's need and `otherFlag` its flags; `need` is ignored on entry (kept for the call sites).
 */
function valueRoot(
  s: TargetSolver,
  flag: Uint8Array,
  otherFlag: Uint8Array,
  tau: number,
  v0: number,
  all0: number,
  buy: number,
  need: number,
  other: number,
  isLocal: boolean,
  fresh: boolean,
): number {
  // Start from no need at all, so that the search approaches the smallest need from below. The
  // caller may already hold that solution.
  need = 0;
  if (!fresh) solveFor(s, buy, need, other, isLocal);
  let gap = valueGap(s, flag, tau, v0, all0);
  let tol = gapTolerance;
  let lo = need;
  let gLo = gap;
  let hi = -1;
  let gHi = 0;
  let side = 0;
  for (let iter = 0; iter < 16 && gap > tol; iter++) {
    let next: number;
    if (hi >= 0) next = lo + (gLo * (hi - lo)) / (gLo - gHi);
    else {
      let otherKg = 0;
      for (let j = 0; j < s.n; j++) if (otherFlag[j] === 1) otherKg += s.x[j]!;
      const add = swapWalk(s, flag, tau, gap, otherKg <= other * (1 + 1e-9) + 1e-9 ? otherFlag : null);
      if (!(add > 0)) break;
      next = Math.max(need, flaggedKg(s, flag)) + add;
    }
    if (!(next > lo) || (hi >= 0 && !(next < hi))) break;
    need = next;
    solveFor(s, buy, need, other, isLocal);
    gap = valueGap(s, flag, tau, v0, all0);
    tol = gapTolerance;
    if (gap > tol) {
      lo = need;
      gLo = gap;
      if (side === -1) gHi /= 2;
      side = -1;
    } else if (gap < -tol) {
      hi = need;
      gHi = gap;
      if (side === 1) gLo /= 2;
      side = 1;
    }
  }
  // Keep a solution that reaches the target when one was found.
  if (gap > tol && hi >= 0) {
    need = hi;
    solveFor(s, buy, need, other, isLocal);
    gap = valueGap(s, flag, tau, v0, all0);
    tol = gapTolerance;
  }
  if (gap > tol) padValue(s, flag, otherFlag, other, tau, gap);
  return need;
}

/** Solves with `need` on the local row (isLocal) or the organic row, the other row at `other`. */
function solveFor(s: TargetSolver, buy: number, need: number, other: number, isLocal: boolean): void {
  if (isLocal) s.solve(buy, need, other);
  else s.solve(buy, other, need);
}

/** g = τ·(all value) − flagged value with what the solver bought: positive when value is missing. */
function valueGap(s: TargetSolver, flag: Uint8Array, tau: number, v0: number, all0: number): number {
  let v = v0;
  let all = all0;
  for (let j = 0; j < s.n; j++) {
    const x = s.x[j]!;
    if (x <= 0) continue;
    const value = x * s.price[j]!;
    all += value;
    if (flag[j] === 1) v += value;
  }
  gapTolerance = 1e-10 * (1 + all);
  return tau * all - v;
}
/** The tolerance of the last valueGap: a ten-billionth of the value bought. */
let gapTolerance = 0;

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
): Allocation {
  const { nOrg, nCat, nOffer } = ix;
  const { nY, years, nUnits, pool } = own;
  const cells = newCells(nCat * nY * nOrg);
  const allocatedKg = new Float64Array(nOffer * nY);
  const deniedKg = new Float64Array(nOffer * nY);
  const capacityKg = new Float64Array(nOffer * nY);
  const lots = new Int32Array(nUnits * nY);
  const heldBackBy: Set<number>[] = Array.from({ length: nCat * nY }, () => new Set<number>());
  const overCapacity: Allocation['overCapacity'] = [];
  const minVolumeMisses = new Map<number, { year: number; units: number }>();
  const status = local.status;
  const rule = scenario.rationing;
  const pooledFactor = 1 - scenario.partnership.pooledDiscount;
  const capFactor = inputs.localCapacityFactor ?? 1;
  const member = own.member;
  const co2PerKgKm = tCo2PerKgKm / 1000;
  const distKm = distances.km;

  const excluded = new Set(scenario.excludedSupplierIds.map((id) => ix.supIdx.get(id)));
  const included = new Set(scenario.includedCandidateIds.map((id) => ix.supIdx.get(id)));
  const eligible = new Uint8Array(nOffer);
  for (let j = 0; j < nOffer; j++) {
    const s = ix.offerSup[j]!;
    eligible[j] = excluded.has(s) || (ix.offerCandidate[j] === 1 && !included.has(s)) ? 0 : 1;
  }
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
  // Position of each offer in its category's list.
  const offerK = new Int32Array(nOffer);
  for (let c = 0; c < nCat; c++) ix.offersByCat[c]!.forEach((j, k) => (offerK[j] = k));

  // Work arrays.
  const active = new Int32Array(nOrg);
  const D = new Float64Array(nOrg);
  const F = new Float64Array(nOrg);
  const preLocalKg = new Float64Array(nOrg);
  const preOrgKg = new Float64Array(nOrg);
  const preLocalVal = new Float64Array(nOrg);
  const preOrgVal = new Float64Array(nOrg);
  const preAllVal = new Float64Array(nOrg);
  const accFood = new Float64Array(nOrg);
  const accList = new Float64Array(nOrg);
  const accLocalKg = new Float64Array(nOrg);
  const accLocalVal = new Float64Array(nOrg);
  const accOrgKg = new Float64Array(nOrg);
  const accOrgVal = new Float64Array(nOrg);
  const accKnownKg = new Float64Array(nOrg);
  const accKnownVal = new Float64Array(nOrg);
  const accCo2 = new Float64Array(nOrg);
  const DU = new Float64Array(nUnits);
  const claim = new Float64Array(nOrg);
  const grant = new Float64Array(nOrg);
  const claimRank = new Float64Array(nOrg);
  const claimWho = new Int32Array(nOrg);
  const solver = new TargetSolver();
  let listP = new Float64Array(64);
  let lowerP = new Float64Array(64);
  let maxRate = new Float64Array(64);
  let remaining = new Float64Array(64);
  let ratio = new Float64Array(64);
  let byLower = new Int32Array(64);
  let q1 = new Float64Array(64); // tier-1 quota per local pair
  let unitNet = new Float64Array(64); // net price per (unit, k), NaN until computed
  let colK = new Int32Array(64);
  const isLocalHere = new Uint8Array(Math.max(1, nOffer)); // per k, for the owner being solved

  for (let c = 0; c < nCat; c++) {
    const offers = ix.offersByCat[c]!;
    const nK = offers.length;
    listP = atLeast(listP, nK);
    lowerP = atLeast(lowerP, nK);
    maxRate = atLeast(maxRate, nK);
    remaining = atLeast(remaining, nK);
    ratio = atLeast(ratio, nK);
    byLower = atLeastI(byLower, nK);
    unitNet = atLeast(unitNet, nUnits * nK);
    colK = atLeastI(colK, 2 * nK);
    for (let k = 0; k < nK; k++) {
      const tiers = ix.offerTiers[offers[k]!]!;
      let mr = 0;
      for (const t of tiers) if (t.rate > mr) mr = t.rate;
      maxRate[k] = mr;
    }
    // Local pairs (offer k, owner o) of the category, by offer and by owner (CSR).
    const pkStart = new Int32Array(nK + 1);
    const pairOwnerList: number[] = [];
    for (let k = 0; k < nK; k++) {
      const row = offers[k]! * nOrg;
      for (let o = 0; o < nOrg; o++) if (status[row + o] === LOCAL) pairOwnerList.push(o);
      pkStart[k + 1] = pairOwnerList.length;
    }
    const nPairs = pairOwnerList.length;
    const pairOwner = Int32Array.from(pairOwnerList);
    const poStart = new Int32Array(nOrg + 1);
    for (let p = 0; p < nPairs; p++) poStart[pairOwner[p]! + 1]!++;
    for (let o = 0; o < nOrg; o++) poStart[o + 1]! += poStart[o]!;
    const poFill = poStart.slice(0, nOrg);
    const poPair = new Int32Array(nPairs);
    const poK = new Int32Array(nPairs);
    for (let k = 0; k < nK; k++) {
      for (let p = pkStart[k]!; p < pkStart[k + 1]!; p++) {
        const at = poFill[pairOwner[p]!]!++;
        poPair[at] = p;
        poK[at] = k;
      }
    }
    q1 = atLeast(q1, nPairs);
    const fixed = fixedByCat.get(c);

    for (let y = 0; y < nY; y++) {
      const cy = c * nY + y;
      const base = cy * nOrg;
      const tauL = localTargets.share[cy]!;
      const tauO = organicTargets.share[cy]!;
      const localByValue = localTargets.byValue[c] === 1;
      const organicByValue = organicTargets.byValue[c] === 1;

      for (let k = 0; k < nK; k++) {
        const j = offers[k]!;
        const p = prices[j * nY + y]!;
        listP[k] = p;
        lowerP[k] = p * (1 - maxRate[k]!);
        let cap = ix.offerCapacity[j]!;
        if (cap !== Infinity && local.localForSome[j] === 1) cap *= capFactor;
        remaining[k] = cap;
        capacityKg[j * nY + y] = cap;
      }

      // Owners with demand, and each buying unit's demand.
      let nA = 0;
      DU.fill(0);
      for (let o = 0; o < nOrg; o++) {
        const d = demand.kg[base + o]!;
        if (d <= 0) continue;
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
        const u = member[o] === 1 && own.pooled[c] === 1 ? pool : o;
        DU[u] = DU[u]! + d;
        cells.kg[base + o] = d;
      }
      for (let u = 0; u < nUnits; u++) if (DU[u]! > 0) lots[u * nY + y]!++;
      if (nA === 0) continue;
      unitNet.fill(NaN, 0, nUnits * nK);

      // Net price per kg for unit u from offer k (before the pooled discount).
      const net = (u: number, k: number): number => {
        if (maxRate[k] === 0) return listP[k]!;
        let v = unitNet[u * nK + k]!;
        if (v !== v) {
          v = listP[k]! * tierFactor(listP[k]!, DU[u]!, ix.offerTiers[offers[k]!]!);
          unitNet[u * nK + k] = v;
        }
        return v;
      };
      const book = (o: number, k: number, kg: number, price: number): void => {
        const j = offers[k]!;
        const st = status[j * nOrg + o]!;
        const value = kg * price;
        accFood[o] = accFood[o]! + value;
        accList[o] = accList[o]! + kg * listP[k]!;
        if (st === LOCAL) {
          accLocalKg[o] = accLocalKg[o]! + kg;
          accLocalVal[o] = accLocalVal[o]! + value;
        }
        if (st !== UNKNOWN) {
          accKnownKg[o] = accKnownKg[o]! + kg;
          accKnownVal[o] = accKnownVal[o]! + value;
        }
        if (ix.offerOrganic[j] === 1) {
          accOrgKg[o] = accOrgKg[o]! + kg;
          accOrgVal[o] = accOrgVal[o]! + value;
        }
        const di = ix.offerSup[j]! * nOrg + o;
        let km = distKm[di]!;
        if (km < 0) km = distances.fill(di);
        accCo2[o] = accCo2[o]! + kg * km * co2PerKgKm;
        allocatedKg[j * nY + y] = allocatedKg[j * nY + y]! + kg;
      };
      /** A purchase made before the targets are solved (contract, fixed share). */
      const preBook = (o: number, k: number, kg: number, price: number): void => {
        if (kg <= 0) return;
        book(o, k, kg, price);
        const j = offers[k]!;
        const value = kg * price;
        preAllVal[o] = preAllVal[o]! + value;
        if (status[j * nOrg + o] === LOCAL) {
          preLocalKg[o] = preLocalKg[o]! + kg;
          preLocalVal[o] = preLocalVal[o]! + value;
        }
        if (ix.offerOrganic[j] === 1) {
          preOrgKg[o] = preOrgKg[o]! + kg;
          preOrgVal[o] = preOrgVal[o]! + value;
        }
        F[o] = Math.max(0, F[o]! - kg);
      };

      // 1. Contracts: bought whatever the scenario says, beyond capacity if need be.
      const bound = demand.bound;
      for (let e = bound.start[cy]!; e < bound.start[cy + 1]!; e++) {
        const o = bound.owner[e]!;
        const k = offerK[bound.offer[e]!]!;
        const kg = Math.min(bound.kg[e]!, F[o]!);
        heldBackBy[cy]!.add(bound.contract[e]!);
        if (kg <= 0) continue;
        const before = remaining[k]!;
        remaining[k] = before - kg;
        if (before >= 0 && remaining[k] < -1e-9 * (1 + kg)) {
          overCapacity.push({ contract: bound.contract[e]!, offer: offers[k]!, year: years[y]!, kg: -remaining[k] });
        }
        const u = member[o] === 1 && own.pooled[c] === 1 ? pool : o;
        preBook(o, k, kg, net(u, k));
      }
      for (let k = 0; k < nK; k++) if (remaining[k]! < 0) remaining[k] = 0;

      // Minimum volumes: record the first year some buying unit is below an offer's minimum.
      for (let k = 0; k < nK; k++) {
        const j = offers[k]!;
        const mv = ix.offerMinVolume[j]!;
        if (mv <= 0 || eligible[j] !== 1 || minVolumeMisses.has(j)) continue;
        let misses = 0;
        for (let u = 0; u < nUnits; u++) if (DU[u]! > 0 && DU[u]! < mv) misses++;
        if (misses > 0) minVolumeMisses.set(j, { year: years[y]!, units: misses });
      }

      // 2. Fixed shares.
      if (fixed) {
        const freeAtStart = Float64Array.from(active.subarray(0, nA), (o) => F[o]!);
        for (const fs of fixed) {
          const target = new Int32Array(nA).fill(-1);
          for (let a = 0; a < nA; a++) {
            const o = active[a]!;
            const u = member[o] === 1 && own.pooled[c] === 1 ? pool : o;
            for (let k = 0; k < nK; k++) {
              const j = offers[k]!;
              if (ix.offerSup[j] === fs.sup && eligible[j] === 1 && DU[u]! >= ix.offerMinVolume[j]!) {
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
            for (let i = 0; i < n; i++) {
              const o = claimWho[i]!;
              const u = member[o] === 1 && own.pooled[c] === 1 ? pool : o;
              granted += grant[i]!;
              asked += claim[i]!;
              preBook(o, k, grant[i]!, net(u, k) * (u === pool ? pooledFactor : 1));
            }
            if (remaining[k] !== Infinity) remaining[k] = Math.max(0, remaining[k]! - granted);
            const j = offers[k]!;
            deniedKg[j * nY + y] = deniedKg[j * nY + y]! + Math.max(0, asked - granted);
          }
        }
      }

      // 3. Quotas. Tier 1: owners an offer is local for, claiming their local need.
      q1.fill(0, 0, nPairs);
      let allF = 0;
      for (let a = 0; a < nA; a++) allF += F[active[a]!]!;
      for (let k = 0; k < nK; k++) {
        const j = offers[k]!;
        ratio[k] = 0;
        if (eligible[j] !== 1) continue;
        const mv = ix.offerMinVolume[j]!;
        if (remaining[k] === Infinity) {
          ratio[k] = 1;
          continue;
        }
        let granted = 0;
        if (tauL > 0 && pkStart[k + 1]! > pkStart[k]!) {
          let n = 0;
          for (let p = pkStart[k]!; p < pkStart[k + 1]!; p++) {
            const o = pairOwner[p]!;
            const d = D[o]!;
            if (!(d > 0) || F[o]! <= 0) continue;
            const u = member[o] === 1 && own.pooled[c] === 1 ? pool : o;
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
            if (DU[member[o] === 1 && own.pooled[c] === 1 ? pool : o]! >= mv) openF += F[o]!;
          }
        }
        const claims = openF - granted;
        ratio[k] = claims <= left ? 1 : left / claims;
      }

      // Candidates: an offer that is not local for an owner can only be worth buying if it may be
      // cheaper than the cheapest unlimited offer of its organic class that is local for nobody
      // and open to everyone (net prices lie in [list × (1 − highest tier rate), list]).
      let anchor0 = Infinity;
      let anchor1 = Infinity;
      for (let k = 0; k < nK; k++) {
        const j = offers[k]!;
        if (remaining[k] !== Infinity || eligible[j] !== 1 || local.localForSome[j] === 1 || ix.offerMinVolume[j]! > 0) continue;
        if (ix.offerOrganic[j] === 1) {
          if (listP[k]! < anchor1) anchor1 = listP[k]!;
        } else if (listP[k]! < anchor0) anchor0 = listP[k]!;
      }
      let nCand = 0;
      for (let k = 0; k < nK; k++) {
        const j = offers[k]!;
        if (eligible[j] !== 1) continue;
        if (lowerP[k]! <= (ix.offerOrganic[j] === 1 ? anchor1 : anchor0)) byLower[nCand++] = k;
      }

      // 4–5. Each owner: columns, needs, solve, book.
      for (let a = 0; a < nA; a++) {
        const o = active[a]!;
        const u = member[o] === 1 && own.pooled[c] === 1 ? pool : o;
        const free = F[o]!;
        const cell = base + o;
        if (free > 0) {
          const du = DU[u]!;
          const pooledFree = u === pool ? pooledFactor : 1;
          let n = 0;
          let available = 0;
          solver.reset(nCand + (poStart[o + 1]! - poStart[o]!));
          // The owner's local offers, at any price.
          for (let i = poStart[o]!; i < poStart[o + 1]!; i++) {
            const k = poK[i]!;
            const j = offers[k]!;
            if (eligible[j] !== 1 || du < ix.offerMinVolume[j]!) continue;
            isLocalHere[k] = 1;
            const first = q1[poPair[i]!]!;
            const quota = remaining[k] === Infinity ? Infinity : first + ratio[k]! * (free - first);
            if (!(quota > 0)) continue;
            let p = listP[k]!;
            if (maxRate[k] !== 0) {
              p = unitNet[u * nK + k]!;
              if (p !== p) {
                p = listP[k]! * tierFactor(listP[k]!, du, ix.offerTiers[j]!);
                unitNet[u * nK + k] = p;
              }
            }
            solver.price[n] = p * pooledFree;
            solver.upper[n] = quota;
            solver.local[n] = 1;
            solver.organic[n] = ix.offerOrganic[j]!;
            colK[n] = k;
            available += quota;
            n++;
          }
          // The candidates that are not local for it.
          for (let i = 0; i < nCand; i++) {
            const k = byLower[i]!;
            if (isLocalHere[k] === 1) continue;
            const j = offers[k]!;
            if (du < ix.offerMinVolume[j]!) continue;
            const quota = remaining[k] === Infinity ? Infinity : ratio[k]! * free;
            if (!(quota > 0)) continue;
            let p = listP[k]!;
            if (maxRate[k] !== 0) {
              p = unitNet[u * nK + k]!;
              if (p !== p) {
                p = listP[k]! * tierFactor(listP[k]!, du, ix.offerTiers[j]!);
                unitNet[u * nK + k] = p;
              }
            }
            solver.price[n] = p * pooledFree;
            solver.upper[n] = quota;
            solver.local[n] = 0;
            solver.organic[n] = ix.offerOrganic[j]!;
            colK[n] = k;
            available += quota;
            n++;
          }
          for (let i = poStart[o]!; i < poStart[o + 1]!; i++) isLocalHere[poK[i]!] = 0;
          solver.n = n;
          sortColumns(solver, colK, n);
          const buy = free < available ? free : available;
          const pRef = n > 0 ? solver.price[0]! : 0;

          // Needs in kg: a weight target's is τ × demand less what contracts and fixed shares
          // already gave; a value target's is found below (valueRoot).
          let needA = tauL > 0 && !localByValue ? Math.max(0, tauL * D[o]! - preLocalKg[o]!) : 0;
          let needB = tauO > 0 && !organicByValue ? Math.max(0, tauO * D[o]! - preOrgKg[o]!) : 0;
          solver.solve(buy, needA, needB);
          // A value target: find the kg need whose solution just reaches τ of the value (the root of
          // the deficit, which falls as the need grows), local first, then organic, then local again.
          let localDeficit = 0;
          if (tauL > 0 && localByValue) {
            needA = valueRoot(solver, solver.local, solver.organic, tauL, preLocalVal[o]!, preAllVal[o]!, buy, needA, needB, true, true);
            localDeficit = valueDeficit(solver, solver.local, tauL, preLocalVal[o]!, preAllVal[o]!);
          }
          if (tauO > 0 && organicByValue) {
            needB = valueRoot(solver, solver.organic, solver.local, tauO, preOrgVal[o]!, preAllVal[o]!, buy, needB, needA, false, !(tauL > 0 && localByValue));
            if (tauL > 0 && localByValue) {
              needA = valueRoot(solver, solver.local, solver.organic, tauL, preLocalVal[o]!, preAllVal[o]!, buy, needA, needB, true, false);
              localDeficit = valueDeficit(solver, solver.local, tauL, preLocalVal[o]!, preAllVal[o]!);
            }
          }
          let localFree = 0;
          for (let i = 0; i < n; i++) {
            const x = solver.x[i]!;
            if (x <= 0) continue;
            book(o, colK[i]!, x, solver.price[i]!);
            if (solver.local[i] === 1) localFree += x;
          }
          // Local kg the target asked for that no quota could give (what the market would need).
          // Demand no offer could take still counts; what contracts hold back does not (the need
          // is capped at what is still free).
          let unmet = solver.shortA > 0 || buy < free ? Math.max(0, Math.min(needA, free) - localFree) : 0;
          if (localDeficit > 0) {
            // Value still missing when all local quota is bought: in kg at the cheapest local price.
            let pl = Infinity;
            let pout = pRef;
            for (let i = 0; i < n; i++) {
              if (solver.local[i] === 1 && solver.price[i]! < pl) pl = solver.price[i]!;
              if (solver.local[i] === 0 && solver.x[i]! > 0) pout = solver.price[i]!;
            }
            if (pl === Infinity) pl = pRef;
            const rate = (1 - tauL) * pl + tauL * pout;
            if (rate > 0) unmet += localDeficit / rate;
          }
          unmet = Math.min(unmet, Math.max(0, free - localFree));
          cells.unmetLocalKg[cell] = unmet > 1e-9 * (1 + free) ? unmet : 0;
          cells.organicShortKg[cell] = solver.shortB;
          cells.uncoveredKg[cell] = free - buy;
        }
        cells.foodMinor[cell] = Math.round(accFood[o]!);
        cells.listMinor[cell] = Math.round(accList[o]!);
        cells.localKg[cell] = accLocalKg[o]!;
        cells.localValueMinor[cell] = Math.round(accLocalVal[o]!);
        cells.organicKg[cell] = accOrgKg[o]!;
        cells.organicValueMinor[cell] = Math.round(accOrgVal[o]!);
        cells.knownOriginKg[cell] = accKnownKg[o]!;
        cells.knownOriginValueMinor[cell] = Math.round(accKnownVal[o]!);
        cells.co2eTransportKg[cell] = accCo2[o]!;
      }
    }
  }
  return { cells, allocatedKg, deniedKg, capacityKg, eligible, heldBackBy, overCapacity, minVolumeMisses, lots, simplexSolves: solver.swapSolves };
}

/** Sorts the solver's columns (and `colK` with them) by price; ties keep their order. */
function sortColumns(s: TargetSolver, colK: Int32Array, n: number): void {
  const { price, upper, local, organic } = s;
  for (let i = 1; i < n; i++) {
    const p = price[i]!;
    if (price[i - 1]! <= p) continue;
    const u = upper[i]!;
    const l = local[i]!;
    const g = organic[i]!;
    const k = colK[i]!;
    let j = i - 1;
    while (j >= 0 && price[j]! > p) {
      price[j + 1] = price[j]!;
      upper[j + 1] = upper[j]!;
      local[j + 1] = local[j]!;
      organic[j + 1] = organic[j]!;
      colK[j + 1] = colK[j]!;
      j--;
    }
    price[j + 1] = p;
    upper[j + 1] = u;
    local[j + 1] = l;
    organic[j + 1] = g;
    colK[j + 1] = k;
  }
}
