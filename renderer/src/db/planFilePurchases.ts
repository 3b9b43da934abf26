/**
 * A workspace's purchase lines and a plan file's `purchases` member (docs/plan-file.md "Purchase
 * lines"): read out of the database for saving a plan file, and made into rows for the
 * database when a file is opened. The conversions are shared/import/purchaseBatches.ts; the
 * writes happen inside the transaction that writes the plan (./workspaces.ts), so a plan file
 * opens whole or not at all.
 */
import { batchesFromFile, purchasesForFile, summariseBatch } from '../../../shared/import/purchaseBatches';
import type { PurchaseChunk } from '../../../shared/import/purchaseColumns';
import type { PlanFilePurchases } from '../../../shared/model/types';
import type { MaltidDatabase } from './database';
import { listBatches, loadBatchChunks } from './purchases';
import type { PurchaseBatchRow } from './schema';

/** A batch ready to store: its row and its chunks. */
export interface StoredBatch {
  row: PurchaseBatchRow;
  chunks: readonly PurchaseChunk[];
}

/** A file's purchase lines as batches of the workspace `workspaceId` (computed before writing). */
export function storedBatchesFromFile(workspaceId: string, purchases: PlanFilePurchases | undefined): StoredBatch[] {
  if (!purchases) return [];
  return batchesFromFile(purchases).map(({ info, data }) => ({
    row: { workspaceId, id: info.id, sourceFile: info.sourceFile, importedAt: info.importedAt, ...summariseBatch(data), dictionaries: data.dictionaries },
    chunks: data.chunks,
  }));
}

/**
 * Writes batches and their chunks. Call it inside a transaction that includes the purchase
 * tables: it opens none of its own, so that the caller's transaction holds everything. Chunks one
 * after another, as the import writes them, so that the page copies one chunk at a time.
 */
export async function putStoredBatches(db: MaltidDatabase, workspaceId: string, batches: readonly StoredBatch[]): Promise<void> {
  for (const { row, chunks } of batches) {
    for (const chunk of chunks) await db.purchaseChunks.add({ ...chunk, workspaceId, batchId: row.id });
    await db.purchaseBatches.add({ ...row, workspaceId });
  }
}

/** The workspace's purchase lines as a plan file's member, or undefined when it has none. */
export async function readPlanFilePurchases(db: MaltidDatabase, workspaceId: string): Promise<PlanFilePurchases | undefined> {
  const batches = await listBatches(db, workspaceId);
  const out = [];
  for (const b of batches) {
    const chunks = await loadBatchChunks(db, b);
    out.push({ info: { id: b.id, sourceFile: b.sourceFile, importedAt: b.importedAt, rowCount: b.rowCount }, data: { dictionaries: b.dictionaries, chunks } });
  }
  return purchasesForFile(out);
}
