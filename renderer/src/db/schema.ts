/**
 * The IndexedDB schema, in one place. Database name and table names never change once shipped;
 * changes are additive (new tables, new indexes, new optional fields) and every version that has
 * shipped keeps its declaration here, with a fixture and an upgrade test in test/integration.
 *
 * Record tables hold one row per plan record with a compound key [workspaceId+id], so that ids
 * stay those of the plan file (readable, stable in round trips) and several plans can coexist.
 * `seq` keeps the order in which records were entered (plan files list them in that order).
 */
import type { CategoryRule } from '../../../shared/import/categoryRules';
import type { Delimiter } from '../../../shared/import/csv';
import type { TextEncodingName } from '../../../shared/import/encoding';
import type { ImportTarget } from '../../../shared/import/fields';
import type { SavedMapping } from '../../../shared/import/mapping';
import type { DecimalMark } from '../../../shared/import/numbers';
import type { BatchSummary } from '../../../shared/import/purchaseBatches';
import type { PurchaseChunk, PurchaseDictionaries } from '../../../shared/import/purchaseColumns';
import type { PieceRule } from '../../../shared/import/units';
import type { PlanMeta, PlanRecord, PlanTable } from '../../../shared/model/types';

export const DB_NAME = 'maltid';

export type WorkspaceOrigin =
  | { kind: 'new' }
  | { kind: 'demo'; demoId: string }
  | { kind: 'file'; fileName: string };

export interface WorkspaceRow {
  id: string;
  meta: PlanMeta;
  origin: WorkspaceOrigin;
  /** ISO date-times, for the status line and the list of plans. */
  createdAt: string;
  updatedAt: string;
  /** The next `seq` to give a new record. */
  nextSeq: number;
}

export type StoredRecord<T extends PlanTable> = PlanRecord<T> & { workspaceId: string; seq: number };

export interface SettingRow {
  key: string;
  value: unknown;
}

const RECORD_TABLE = '[workspaceId+id], workspaceId';

/** Version 1 (first release). */
export const SCHEMA_V1: Record<string, string> = {
  workspaces: 'id, updatedAt',
  organisations: RECORD_TABLE,
  kitchens: RECORD_TABLE,
  foodCategories: RECORD_TABLE,
  mealProfiles: RECORD_TABLE,
  suppliers: RECORD_TABLE,
  offers: RECORD_TABLE,
  contracts: RECORD_TABLE,
  budgets: RECORD_TABLE,
  thresholds: RECORD_TABLE,
  scenarios: RECORD_TABLE,
  settings: 'key',
};

/**
 * Version 2: purchase lines and what the import remembers. Additive: every version-1 table keeps
 * its declaration (test/integration/schemaUpgrade.test.ts opens a version-1 database with it).
 * - purchaseBatches: one row per imported file of purchase lines, with its dictionaries.
 * - purchaseChunks: the lines in column chunks (shared/import/purchaseColumns.ts), 10,000 a row.
 *   A batch and all its chunks are written in one transaction, so a batch is either wholly there
 *   or not at all (renderer/src/db/purchases.ts).
 * - importMappings: confirmed column mappings per source (the target and the set of headers).
 * - importRules: the product-text and kg-per-piece rules of each plan.
 */
export const SCHEMA_V2: Record<string, string> = {
  ...SCHEMA_V1,
  purchaseBatches: RECORD_TABLE,
  purchaseChunks: '[workspaceId+batchId+index], [workspaceId+batchId], workspaceId',
  importMappings: 'key',
  importRules: RECORD_TABLE,
};

export interface ImportOptionsUsed {
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName;
  delimiter: Delimiter;
  decimal: DecimalMark;
  sheet?: string;
}

/** A batch of imported purchase lines: where it came from, and its summary (shared/import/purchaseBatches.ts). */
export interface PurchaseBatchRow extends BatchSummary {
  workspaceId: string;
  id: string;
  sourceFile: string;
  /** ISO date-time. */
  importedAt: string;
  /** How the file was read; absent for a batch that came from a plan file (which does not say). */
  mapping?: SavedMapping;
  options?: ImportOptionsUsed;
  dictionaries: PurchaseDictionaries;
}

export type PurchaseChunkRow = PurchaseChunk & { workspaceId: string; batchId: string };

export interface ImportMappingRow {
  /** shared/import/mapping.ts `mappingKey`. */
  key: string;
  target: ImportTarget;
  columns: SavedMapping['columns'];
  options: Partial<ImportOptionsUsed>;
  savedAt: string;
}

export interface ImportRulesRow {
  workspaceId: string;
  /** Always 'rules': one row per plan. */
  id: string;
  categoryRules: CategoryRule[];
  pieceRules: PieceRule[];
}
