/**
 * Finding purchase lines: by year, category (or none), batch, and a text in the product,
 * supplier, buyer or cost centre. Texts are matched once per dictionary entry, then lines by
 * their indexes, so a million lines filter in tens of milliseconds.
 */
import type { PurchaseData } from './purchaseColumns';
import { runSteps, type Steps } from './steps';

export interface LineFilter {
  batchId: string | null;
  year: number | null;
  /** A category id; '' for lines without one; null for all. */
  category: string | null;
  search: string;
}

/** Matching lines, as (batch position, chunk index, line in chunk). */
export interface LineRefs {
  batch: Uint16Array;
  chunk: Uint32Array;
  line: Uint16Array;
  count: number;
}

const dayOf = (y: number) => Math.round(Date.UTC(y, 0, 1) / 86_400_000);

export function filterLines(batches: readonly { id: string; data: PurchaseData }[], filter: LineFilter): LineRefs {
  return runSteps(filterSteps(batches, filter));
}

/** The same, one chunk per step (./steps.ts). */
export function* filterSteps(batches: readonly { id: string; data: PurchaseData }[], filter: LineFilter): Steps<LineRefs> {
  let total = 0;
  for (const b of batches) for (const c of b.data.chunks) total += c.count;
  const out: LineRefs = { batch: new Uint16Array(total), chunk: new Uint32Array(total), line: new Uint16Array(total), count: 0 };
  const needle = filter.search.trim().toLowerCase();
  const from = filter.year === null ? -Infinity : dayOf(filter.year);
  const to = filter.year === null ? Infinity : dayOf(filter.year + 1);
  for (let bi = 0; bi < batches.length; bi++) {
    const b = batches[bi]!;
    if (filter.batchId !== null && b.id !== filter.batchId) continue;
    const d = b.data.dictionaries;
    let cat = -1;
    if (filter.category !== null) {
      cat = filter.category === '' ? 0 : d.category.indexOf(filter.category);
      if (cat < 0) continue;
    }
    const hits = needle
      ? {
          product: Uint8Array.from(d.product, (s) => (s.toLowerCase().includes(needle) ? 1 : 0)),
          supplier: Uint8Array.from(d.supplier, (s) => (s.toLowerCase().includes(needle) ? 1 : 0)),
          buyer: Uint8Array.from(d.buyer, (s) => (s.toLowerCase().includes(needle) ? 1 : 0)),
          costCentre: Uint8Array.from(d.costCentre, (s) => (s.toLowerCase().includes(needle) ? 1 : 0)),
        }
      : null;
    for (const c of b.data.chunks) {
      for (let i = 0; i < c.count; i++) {
        const day = c.day[i]!;
        if (day < from || day >= to) continue;
        if (cat >= 0 && c.category[i] !== cat) continue;
        if (hits && !hits.product[c.product[i]!] && !hits.supplier[c.supplier[i]!] && !hits.buyer[c.buyer[i]!] && !hits.costCentre[c.costCentre[i]!]) continue;
        const k = out.count++;
        out.batch[k] = bi;
        out.chunk[k] = c.index;
        out.line[k] = i;
      }
      yield;
    }
  }
  return out;
}

/** Product texts without a category across batches, with their lines and money, most money first. */
export interface Uncategorised {
  batchId: string;
  product: number;
  text: string;
  lines: number;
  amountMinor: number;
}

export function uncategorisedProducts(batches: readonly { id: string; data: PurchaseData }[]): Uncategorised[] {
  return runSteps(uncategorisedSteps(batches));
}

export function* uncategorisedSteps(batches: readonly { id: string; data: PurchaseData }[]): Steps<Uncategorised[]> {
  const out: Uncategorised[] = [];
  for (const b of batches) {
    const lines = new Float64Array(b.data.dictionaries.product.length);
    const money = new Float64Array(b.data.dictionaries.product.length);
    for (const c of b.data.chunks) {
      for (let i = 0; i < c.count; i++) {
        if (c.category[i] !== 0) continue;
        lines[c.product[i]!]! += 1;
        money[c.product[i]!]! += c.amountMinor[i]!;
      }
      yield;
    }
    lines.forEach((n, p) => {
      if (n > 0) out.push({ batchId: b.id, product: p, text: b.data.dictionaries.product[p]!, lines: n, amountMinor: money[p]! });
    });
  }
  return out.sort((a, b) => Math.abs(b.amountMinor) - Math.abs(a.amountMinor) || b.lines - a.lines);
}
