/**
 * A workspace's purchase batches and a plan file's `purchases` member (docs/plan-file.md
 * "Purchase lines"), both ways: the app saves its batches into the plan file and, opening a file,
 * stores the file's batches. Pure: the database reads and writes are in renderer/src/db.
 */
import { PURCHASE_FIELDS } from '../model/schema';
import type { PlanFilePurchases, PurchaseBatchInfo } from '../model/types';
import { emptyDictionaries, type PurchaseData } from './purchaseColumns';
import { dataToRows, rowsToData } from './purchaseRows';

/** One batch: what the file says about it, and its lines in column chunks. */
export interface FileBatch {
  info: PurchaseBatchInfo;
  data: PurchaseData;
}

/** What the app keeps about a batch besides its lines and its source (renderer/src/db/schema.ts PurchaseBatchRow extends it). */
export interface BatchSummary {
  rowCount: number;
  chunkCount: number;
  /** Days since 1970-01-01 of the first and last line, null without lines. */
  firstDay: number | null;
  lastDay: number | null;
  amountMinor: number;
  /** Lines without a weight count nothing. */
  kg: number;
}

export function summariseBatch(data: PurchaseData): BatchSummary {
  const s: BatchSummary = { rowCount: 0, chunkCount: data.chunks.length, firstDay: null, lastDay: null, amountMinor: 0, kg: 0 };
  for (const c of data.chunks) {
    for (let i = 0; i < c.count; i++) {
      const day = c.day[i]!;
      if (s.firstDay === null || day < s.firstDay) s.firstDay = day;
      if (s.lastDay === null || day > s.lastDay) s.lastDay = day;
      s.amountMinor += c.amountMinor[i]!;
      const kg = c.kg[i]!;
      if (!Number.isNaN(kg)) s.kg += kg;
    }
    s.rowCount += c.count;
  }
  return s;
}

/** The canonical order of batches in a file: by import time, then id. */
function byImport(a: FileBatch, b: FileBatch): number {
  const t = a.info.importedAt.localeCompare(b.info.importedAt);
  return t !== 0 ? t : a.info.id < b.info.id ? -1 : a.info.id > b.info.id ? 1 : 0;
}

/**
 * The `purchases` member for a plan file: every field, batches in import order, each batch's rows
 * in the order of its lines; `rowCount` is the rows written. Undefined without batches, so that a
 * plan without purchase lines is written exactly as before.
 */
export function purchasesForFile(batches: readonly FileBatch[]): PlanFilePurchases | undefined {
  if (batches.length === 0) return undefined;
  const sorted = [...batches].sort(byImport);
  const out: PlanFilePurchases = { batches: [], fields: [...PURCHASE_FIELDS], rows: [] };
  for (const b of sorted) {
    const rows = dataToRows(b.info.id, b.data);
    out.batches.push({ id: b.info.id, sourceFile: b.info.sourceFile, importedAt: b.info.importedAt, rowCount: rows.length });
    // push(...rows) would overflow the stack at a million rows.
    for (const r of rows) out.rows.push(r);
  }
  return out;
}

/**
 * A checked file's batches as column data, in the file's order; a batch without rows is kept
 * (with no lines), and `rowCount` is the lines the file really has for the batch.
 */
export function batchesFromFile(p: PlanFilePurchases): FileBatch[] {
  const data = rowsToData(p);
  return p.batches.map((info) => {
    const d = data.get(info.id) ?? { dictionaries: emptyDictionaries(), chunks: [] };
    return { info: { ...info, rowCount: d.chunks.reduce((n, c) => n + c.count, 0) }, data: d };
  });
}
