/**
 * The baseline: where a plan's organisations are today, from their purchase lines. Per
 * organisation, food category and year: the money and kg bought, how much of it was local (by the
 * plan's local definition, judged as the engine judges offers: ./places.ts) and organic, and how
 * much had an origin known well enough to judge (coverage). Shares follow the engine's figures
 * (shared/engine/figures.ts): local and organic over all food, by value and by weight; lines
 * without a weight count in value shares only.
 *
 * Which organisation bought a line: the buyer cell naming one of the plan's organisations (name or
 * code), else the kitchen or cost centre naming one of its kitchens, else the plan's only
 * organisation; otherwise the line is "unassigned" (counted, shown, judged unknown for local).
 */
import type { Plan } from '../model/types';
import { dayToYear } from '../import/cells';
import { originReader } from '../import/origin';
import type { PurchaseData } from '../import/purchaseColumns';
import { nameKey, organisationResolver, supplierResolver } from '../import/registers/refs';
import { runSteps, type Steps } from '../import/steps';
import { localLookup } from './places';

export interface BaselineFigures {
  valueMinor: number;
  /** kg of the lines with a known weight. */
  kg: number;
  localValueMinor: number;
  localKg: number;
  organicValueMinor: number;
  organicKg: number;
  knownOriginValueMinor: number;
  knownOriginKg: number;
  lines: number;
  /** Lines without a weight (counted in value only). */
  linesWithoutKg: number;
}

export interface BaselineCell extends BaselineFigures {
  /** null: the line's buyer is not one of the plan's organisations. */
  organisationId: string | null;
  /** null: the line has no category (or one the plan no longer has). */
  categoryId: string | null;
  year: number;
}

export interface Baseline {
  years: number[];
  cells: BaselineCell[];
}

const F = 10;
const [VALUE, KG, LOCAL_V, LOCAL_KG, ORG_V, ORG_KG, KNOWN_V, KNOWN_KG, LINES, NO_KG] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const LOCAL = 2;
const UNKNOWN = 0;

export function emptyFigures(): BaselineFigures {
  return { valueMinor: 0, kg: 0, localValueMinor: 0, localKg: 0, organicValueMinor: 0, organicKg: 0, knownOriginValueMinor: 0, knownOriginKg: 0, lines: 0, linesWithoutKg: 0 };
}

export function computeBaseline(plan: Plan, batches: readonly PurchaseData[]): Baseline {
  return runSteps(baselineSteps(plan, batches));
}

/** The same computation, one chunk of lines per step (./steps.ts). */
export function* baselineSteps(plan: Plan, batches: readonly PurchaseData[]): Steps<Baseline> {
  const nOrg = plan.organisations.length;
  const nCat = plan.foodCategories.length;
  const orgIndex = new Map(plan.organisations.map((o, i) => [o.id, i]));
  const catIndex = new Map(plan.foodCategories.map((c, i) => [c.id, i]));
  const findOrg = organisationResolver(plan);
  const findSupplier = supplierResolver(plan.suppliers);
  const supplierIndex = new Map(plan.suppliers.map((s, i) => [s.id, i]));
  const kitchenOrg = new Map<string, number>();
  for (const k of plan.kitchens) {
    const o = orgIndex.get(k.organisationId);
    if (o !== undefined) kitchenOrg.set(nameKey(k.name), o);
  }
  const onlyOrg = nOrg === 1 ? 0 : -1;
  const placeOf = originReader(plan);
  const local = localLookup(plan);

  // Per batch: dictionary index → organisation, category, local pair.
  let minDay = Infinity;
  let maxDay = -Infinity;
  const prepared = batches.map((b) => {
    const d = b.dictionaries;
    const buyerOrg = Int32Array.from(d.buyer, (t) => (t === '' ? -1 : (orgIndex.get(findOrg(t)?.id ?? '') ?? -1)));
    const centreOrg = Int32Array.from(d.costCentre, (t) => (t === '' ? -1 : (kitchenOrg.get(nameKey(t)) ?? orgIndex.get(findOrg(t)?.id ?? '') ?? -1)));
    const cat = Int32Array.from(d.category, (id) => (id === '' ? -1 : (catIndex.get(id) ?? -1)));
    const places = d.origin.map((t) => (t === '' ? null : placeOf(t)));
    const sup = Int32Array.from(d.supplier, (t) => (t === '' ? -1 : (supplierIndex.get(findSupplier(t)?.id ?? '') ?? -1)));
    // Pairs are built per line lazily: the origin × supplier combinations that occur.
    // Pairs: the origin × supplier combinations that occur, dense when the dictionaries are small.
    const width = d.supplier.length;
    const dense = d.origin.length * width <= 4_000_000 ? new Int32Array(d.origin.length * width).fill(-1) : null;
    const pairOf = new Map<number, number>();
    return { b, buyerOrg, centreOrg, cat, places, sup, pairOf, dense, width };
  });
  for (const p of prepared) {
    for (const c of p.b.chunks) {
      for (let i = 0; i < c.count; i++) {
        const day = c.day[i]!;
        if (day < minDay) minDay = day;
        if (day > maxDay) maxDay = day;
      }
      yield;
    }
  }
  if (minDay === Infinity) return { years: [], cells: [] };
  const firstYear = dayToYear(minDay);
  const nYears = dayToYear(maxDay) - firstYear + 1;
  const yearStart = Array.from({ length: nYears + 1 }, (_, k) => Math.round(Date.UTC(firstYear + k, 0, 1) / 86_400_000));

  // Pass 1: the pairs, so that the engine's local table can be built once.
  const linePairs: Int32Array[][] = [];
  for (const p of prepared) {
    const perChunk: Int32Array[] = [];
    linePairs.push(perChunk);
    for (const c of p.b.chunks) {
      const out = new Int32Array(c.count);
      for (let i = 0; i < c.count; i++) {
        const key = c.origin[i]! * p.width + c.supplier[i]!;
        let pair = p.dense ? p.dense[key]! : (p.pairOf.get(key) ?? -1);
        if (pair < 0) {
          pair = local.pair(p.places[c.origin[i]!] ?? null, p.sup[c.supplier[i]!]!);
          if (p.dense) p.dense[key] = pair;
          else p.pairOf.set(key, pair);
        }
        out[i] = pair;
      }
      perChunk.push(out);
      yield;
    }
  }
  local.build();

  // Pass 2: sums in a dense table [year][org + 1][cat + 1][figure].
  const acc = new Float64Array(nYears * (nOrg + 1) * (nCat + 1) * F);
  for (let bi = 0; bi < prepared.length; bi++) {
    const p = prepared[bi]!;
    for (let ci = 0; ci < p.b.chunks.length; ci++) {
      const c = p.b.chunks[ci]!;
      const pairs = linePairs[bi]![ci]!;
      let y = 0;
      for (let i = 0; i < c.count; i++) {
        const day = c.day[i]!;
        while (day >= yearStart[y + 1]!) y++;
        while (day < yearStart[y]!) y--;
        let org = p.buyerOrg[c.buyer[i]!]!;
        if (org < 0) org = p.centreOrg[c.costCentre[i]!]!;
        if (org < 0) org = onlyOrg;
        const cat = p.cat[c.category[i]!]!;
        const base = ((y * (nOrg + 1) + (org + 1)) * (nCat + 1) + (cat + 1)) * F;
        const v = c.amountMinor[i]!;
        const kg = c.kg[i]!;
        const hasKg = kg === kg;
        const status = org >= 0 ? local.status(pairs[i]!, org) : UNKNOWN;
        acc[base + VALUE]! += v;
        acc[base + LINES]! += 1;
        if (hasKg) acc[base + KG]! += kg;
        else acc[base + NO_KG]! += 1;
        if (status === LOCAL) {
          acc[base + LOCAL_V]! += v;
          if (hasKg) acc[base + LOCAL_KG]! += kg;
        }
        if (status !== UNKNOWN) {
          acc[base + KNOWN_V]! += v;
          if (hasKg) acc[base + KNOWN_KG]! += kg;
        }
        if (c.organic[i] === 1) {
          acc[base + ORG_V]! += v;
          if (hasKg) acc[base + ORG_KG]! += kg;
        }
      }
      yield;
    }
  }

  const cells: BaselineCell[] = [];
  for (let y = 0; y < nYears; y++) {
    for (let o = 0; o <= nOrg; o++) {
      for (let k = 0; k <= nCat; k++) {
        const base = ((y * (nOrg + 1) + o) * (nCat + 1) + k) * F;
        if (acc[base + LINES] === 0) continue;
        cells.push({
          organisationId: o === 0 ? null : plan.organisations[o - 1]!.id,
          categoryId: k === 0 ? null : plan.foodCategories[k - 1]!.id,
          year: firstYear + y,
          valueMinor: acc[base + VALUE]!,
          kg: acc[base + KG]!,
          localValueMinor: acc[base + LOCAL_V]!,
          localKg: acc[base + LOCAL_KG]!,
          organicValueMinor: acc[base + ORG_V]!,
          organicKg: acc[base + ORG_KG]!,
          knownOriginValueMinor: acc[base + KNOWN_V]!,
          knownOriginKg: acc[base + KNOWN_KG]!,
          lines: acc[base + LINES]!,
          linesWithoutKg: acc[base + NO_KG]!,
        });
      }
    }
  }
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  return { years, cells };
}
