/**
 * Storing a checked import, after the user confirmed it:
 * - register records through `commit` (renderer/src/data/history.ts): one transaction, one undo
 *   step, all or nothing;
 * - purchase lines as a new batch (renderer/src/db/purchases.ts): one transaction with all the
 *   chunks, all or nothing, "undo import" being the deletion of the batch.
 * An import with errors is never stored (the preview lists them and offers no confirm).
 */
import type { RunResult } from '../../../shared/import/run';
import type { SavedMapping } from '../../../shared/import/mapping';
import type { RecordChange } from '../db/changes';
import { getDatabase } from '../db/database';
import { rememberMapping } from '../db/importSettings';
import { writePurchaseBatch, type WriteProgress } from '../db/purchases';
import type { ImportOptionsUsed, PurchaseBatchRow } from '../db/schema';
import { commit } from '../data/history';

/** The i18n key of the undo step of a register import. */
export const IMPORT_HISTORY_LABEL = 'import.historyLabel';

export class ImportHasErrors extends Error {
  constructor(readonly errors: number) {
    super(`The import has ${errors} errors and cannot be stored.`);
    this.name = 'ImportHasErrors';
  }
}

export function registerChanges(result: RunResult): RecordChange[] {
  return (result.puts ?? []).map((p) => ({ table: p.table, op: 'put' as const, record: p.record }));
}

export async function storeRecords(workspaceId: string, result: RunResult): Promise<number> {
  if (result.problems.errors > 0) throw new ImportHasErrors(result.problems.errors);
  const changes = registerChanges(result);
  await commit(workspaceId, IMPORT_HISTORY_LABEL, changes);
  return changes.length;
}

export interface PurchaseBatchInput {
  workspaceId: string;
  batchId: string;
  fileName: string;
  importedAt: string;
  mapping: SavedMapping;
  options: ImportOptionsUsed;
}

export function batchRow(input: PurchaseBatchInput, result: RunResult): PurchaseBatchRow {
  const p = result.purchases!;
  return {
    workspaceId: input.workspaceId,
    id: input.batchId,
    sourceFile: input.fileName,
    importedAt: input.importedAt,
    mapping: input.mapping,
    options: input.options,
    rowCount: p.rowCount,
    chunkCount: p.chunks.length,
    firstDay: p.firstDay,
    lastDay: p.lastDay,
    amountMinor: p.amountMinor,
    kg: p.kg,
    dictionaries: p.dictionaries,
  };
}

export async function storePurchases(input: PurchaseBatchInput, result: RunResult, progress: WriteProgress = {}): Promise<PurchaseBatchRow> {
  if (result.problems.errors > 0 || !result.purchases) throw new ImportHasErrors(result.problems.errors);
  const row = batchRow(input, result);
  await writePurchaseBatch(getDatabase(), row, result.purchases.chunks, progress);
  return row;
}

/** After a stored import: the mapping is remembered for the next file from the same source. */
export async function rememberConfirmedMapping(key: string, mapping: SavedMapping, options: Partial<ImportOptionsUsed>, now: string): Promise<void> {
  await rememberMapping(getDatabase(), { key, target: mapping.target, columns: mapping.columns, options, savedAt: now });
}
