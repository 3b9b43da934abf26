/**
 * Purchase lines between their two forms: column chunks (the app's tables, the worker's output)
 * and the rows of a plan file's `purchases` member (docs/plan-file.md), in PURCHASE_FIELDS order.
 */
import type { PURCHASE_FIELDS } from '../model/schema';
import type { PlanFilePurchases, PurchaseCell } from '../model/types';
import { dayToIso, isoToDay } from './cells';
import { BY_RULE, CHUNK_LINES, emptyDictionaries, FROM_FILE, NO_CATEGORY, newChunk, trimChunk, type PurchaseChunk, type PurchaseData, type TextColumn } from './purchaseColumns';

/** A batch's lines as plan-file rows, in PURCHASE_FIELDS order. */
export function dataToRows(batchId: string, data: PurchaseData): PurchaseCell[][] {
  const d = data.dictionaries;
  const rows: PurchaseCell[][] = [];
  for (const c of data.chunks) {
    for (let i = 0; i < c.count; i++) {
      const q = c.quantity[i]!;
      const kg = c.kg[i]!;
      rows.push([
        batchId,
        c.line[i]!,
        dayToIso(c.day[i]!),
        d.buyer[c.buyer[i]!] ?? '',
        d.costCentre[c.costCentre[i]!] ?? '',
        d.supplier[c.supplier[i]!] ?? '',
        d.product[c.product[i]!] ?? '',
        d.category[c.category[i]!] ?? '',
        Number.isNaN(q) ? null : q,
        d.unit[c.unit[i]!] ?? '',
        Number.isNaN(kg) ? null : kg,
        c.amountMinor[i]!,
        c.organic[i] === 1,
        d.origin[c.origin[i]!] ?? '',
      ]);
    }
  }
  return rows;
}

/**
 * A plan file's purchase lines as column data, one entry per batch (rows of a batch in file
 * order). The file has been checked (shared/planfile `checkPurchases`). A category the file gives
 * counts as the file's (FROM_FILE): applying the product-text rules again leaves it, as it leaves
 * a category column of an imported file; a line without one is left to the rules.
 */
export function rowsToData(p: PlanFilePurchases): Map<string, PurchaseData> {
  const col = (name: (typeof PURCHASE_FIELDS)[number]) => p.fields.indexOf(name);
  const at = {
    batch: col('batch'), line: col('line'), date: col('date'), category: col('category'), quantity: col('quantity'), kg: col('kg'), amountMinor: col('amountMinor'), organic: col('organic'),
  };
  const textCols: [TextColumn, number][] = (['buyer', 'costCentre', 'supplier', 'product', 'unit', 'origin'] as const).map((t) => [t, col(t)]);
  interface Building {
    data: { dictionaries: ReturnType<typeof emptyDictionaries>; chunks: PurchaseChunk[] };
    maps: Map<string, Map<string, number>>;
    chunk: PurchaseChunk;
  }
  const out = new Map<string, Building>();
  const idx = (b: Building, column: TextColumn | 'category', text: string) => {
    let m = b.maps.get(column);
    if (!m) b.maps.set(column, (m = new Map([['', 0]])));
    let i = m.get(text);
    if (i === undefined) {
      i = b.data.dictionaries[column].length;
      b.data.dictionaries[column].push(text);
      m.set(text, i);
    }
    return i;
  };
  for (const row of p.rows) {
    const batchId = at.batch >= 0 ? String(row[at.batch]) : 'file';
    let b = out.get(batchId);
    if (!b) out.set(batchId, (b = { data: { dictionaries: emptyDictionaries(), chunks: [] }, maps: new Map(), chunk: newChunk(0, CHUNK_LINES) }));
    const c = b.chunk;
    const i = c.count;
    const num = (k: number): number => {
      const v = k >= 0 ? row[k] : null;
      return typeof v === 'number' ? v : NaN;
    };
    c.line[i] = at.line >= 0 ? num(at.line) || 0 : 0;
    c.day[i] = isoToDay(String(row[at.date]));
    for (const [t, k] of textCols) c[t][i] = k >= 0 ? idx(b, t, String(row[k] ?? '')) : 0;
    c.category[i] = at.category >= 0 ? idx(b, 'category', String(row[at.category] ?? '')) : 0;
    c.manual[i] = c.category[i] === NO_CATEGORY ? BY_RULE : FROM_FILE;
    c.quantity[i] = num(at.quantity);
    c.kg[i] = num(at.kg);
    c.amountMinor[i] = num(at.amountMinor);
    c.organic[i] = at.organic >= 0 && row[at.organic] === true ? 1 : 0;
    c.count = i + 1;
    if (c.count === CHUNK_LINES) {
      b.data.chunks.push(c);
      b.chunk = newChunk(b.data.chunks.length, CHUNK_LINES);
    }
  }
  const result = new Map<string, PurchaseData>();
  for (const [id, b] of out) {
    if (b.chunk.count > 0) b.data.chunks.push(trimChunk(b.chunk));
    result.set(id, b.data);
  }
  return result;
}
