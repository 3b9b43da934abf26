/**
 * The IndexedDB schema, in one place. Database name and table names never change once shipped;
 * changes are additive (new tables, new indexes, new optional fields) and every version that has
 * shipped keeps its declaration here, with a fixture and an upgrade test in test/integration.
 *
 * Record tables hold one row per plan record with a compound key [workspaceId+id], so that ids
 * stay those of the plan file (readable, stable in round trips) and several plans can coexist.
 * `seq` keeps the order in which records were entered (plan files list them in that order).
 */
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
