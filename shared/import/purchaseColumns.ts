/**
 * Purchase lines in column chunks: how a year of invoice lines (a million and more) is held in
 * memory, sent from the import worker and stored in IndexedDB.
 *
 * A chunk holds up to CHUNK_LINES lines as one typed array per column: numbers as numbers, texts
 * as indexes into dictionaries kept once per import batch (a file has a few hundred buyers,
 * kitchens and suppliers and a few thousand product texts, repeated over a million lines). One
 * IndexedDB record per chunk is written at about two million lines a second where one record per
 * line manages under 30,000, and a chunk is still small enough (about 0.6 MB) to rewrite when the
 * user re-categorises a single line.
 */

export const CHUNK_LINES = 10_000;

/** Text columns, dictionary-encoded per batch; index 0 is the empty text. */
export const TEXT_COLUMNS = ['buyer', 'costCentre', 'supplier', 'product', 'unit', 'origin'] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

/** "No category" in the category column. */
export const NO_CATEGORY = 0;

/** Where a line's category came from (PurchaseChunk.manual). */
export const BY_RULE = 0;
export const BY_HAND = 1;
export const FROM_FILE = 2;

export interface PurchaseChunk {
  /** Position of the chunk in its batch, from 0. */
  index: number;
  /** Lines in this chunk. */
  count: number;
  /** The line of the source file each purchase line came from. */
  line: Uint32Array;
  /** Days since 1970-01-01. */
  day: Int32Array;
  buyer: Uint32Array;
  costCentre: Uint32Array;
  supplier: Uint32Array;
  product: Uint32Array;
  unit: Uint32Array;
  origin: Uint32Array;
  /** Index into the batch's category dictionary (category ids); 0 is none. */
  category: Uint16Array;
  /**
   * Where the category came from: 0 the product-text rules, 1 the user (by hand), 2 the file's
   * category column. Applying the rules again changes only lines with 0.
   */
  manual: Uint8Array;
  /** 1 organic, 0 not. */
  organic: Uint8Array;
  /** The quantity as written (NaN when the file has none). */
  quantity: Float64Array;
  /** kg (NaN when the unit gives no weight: see units.ts). */
  kg: Float64Array;
  /** Signed integer minor units (credit lines are negative). */
  amountMinor: Float64Array;
}

/** The dictionaries of a batch: index → text. Index 0 is '' in each. */
export type PurchaseDictionaries = Record<TextColumn | 'category', string[]>;

export function emptyDictionaries(): PurchaseDictionaries {
  return { buyer: [''], costCentre: [''], supplier: [''], product: [''], unit: [''], origin: [''], category: [''] };
}

export function newChunk(index: number, size: number): PurchaseChunk {
  return {
    index,
    count: 0,
    line: new Uint32Array(size),
    day: new Int32Array(size),
    buyer: new Uint32Array(size),
    costCentre: new Uint32Array(size),
    supplier: new Uint32Array(size),
    product: new Uint32Array(size),
    unit: new Uint32Array(size),
    origin: new Uint32Array(size),
    category: new Uint16Array(size),
    manual: new Uint8Array(size),
    organic: new Uint8Array(size),
    quantity: new Float64Array(size),
    kg: new Float64Array(size),
    amountMinor: new Float64Array(size),
  };
}

const ARRAY_KEYS = ['line', 'day', 'buyer', 'costCentre', 'supplier', 'product', 'unit', 'origin', 'category', 'manual', 'organic', 'quantity', 'kg', 'amountMinor'] as const;
export type ChunkArrayKey = (typeof ARRAY_KEYS)[number];
export const CHUNK_ARRAYS: readonly ChunkArrayKey[] = ARRAY_KEYS;

/** A chunk cut to its line count (the last chunk of a batch is usually shorter). */
export function trimChunk(c: PurchaseChunk): PurchaseChunk {
  if (c.count === c.line.length) return c;
  const out = { index: c.index, count: c.count } as PurchaseChunk;
  for (const k of ARRAY_KEYS) (out as unknown as Record<string, unknown>)[k] = c[k].slice(0, c.count);
  return out;
}

/** The ArrayBuffers of a chunk, for postMessage's transfer list. */
export function chunkBuffers(c: PurchaseChunk): ArrayBuffer[] {
  return ARRAY_KEYS.map((k) => c[k].buffer as ArrayBuffer);
}

/** A copy of a chunk (to change a line without touching the stored or shown one). */
export function cloneChunk(c: PurchaseChunk): PurchaseChunk {
  const out = { index: c.index, count: c.count } as PurchaseChunk;
  for (const k of ARRAY_KEYS) (out as unknown as Record<string, unknown>)[k] = c[k].slice();
  return out;
}

/** A batch's data: its dictionaries and chunks in order. */
export interface PurchaseData {
  dictionaries: PurchaseDictionaries;
  chunks: readonly PurchaseChunk[];
}

/** One purchase line as plain values (previews, plan files, the browser's rows). */
export interface PurchaseLine {
  line: number;
  date: string;
  buyer: string;
  costCentre: string;
  supplier: string;
  product: string;
  /** A category id, or '' when none. */
  category: string;
  quantity: number | null;
  unit: string;
  kg: number | null;
  amountMinor: number;
  organic: boolean;
  origin: string;
  /** 0 rules, 1 by hand, 2 the file's category column. */
  manual: number;
}

export function lineAt(d: PurchaseDictionaries, c: PurchaseChunk, i: number, dayToIso: (day: number) => string): PurchaseLine {
  const q = c.quantity[i]!;
  const kg = c.kg[i]!;
  return {
    line: c.line[i]!,
    date: dayToIso(c.day[i]!),
    buyer: d.buyer[c.buyer[i]!] ?? '',
    costCentre: d.costCentre[c.costCentre[i]!] ?? '',
    supplier: d.supplier[c.supplier[i]!] ?? '',
    product: d.product[c.product[i]!] ?? '',
    category: d.category[c.category[i]!] ?? '',
    quantity: Number.isNaN(q) ? null : q,
    unit: d.unit[c.unit[i]!] ?? '',
    kg: Number.isNaN(kg) ? null : kg,
    amountMinor: c.amountMinor[i]!,
    organic: c.organic[i] === 1,
    origin: d.origin[c.origin[i]!] ?? '',
    manual: c.manual[i]!,
  };
}
