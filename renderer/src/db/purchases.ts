/**
 * Purchase lines in the database: batches and their column chunks (schema version 2).
 *
 * All or nothing: a batch record and every chunk of it are written in ONE IndexedDB transaction.
 * IndexedDB commits a transaction entirely or not at all; a transaction that is aborted (Cancel),
 * fails (quota) or is cut off (the page closed or crashed mid-write) leaves nothing behind, so no
 * half-written batch can ever be seen and there is nothing to clean up on the next start. Chunks
 * are put one after another inside the transaction, awaiting each, so that the page copies one
 * chunk (about 0.6 MB) at a time and stays responsive.
 *
 * "Undo import" is deleting the batch (one transaction too); the lines are too many for the undo
 * history of plan records.
 */
import type { CategoryRule } from '../../../shared/import/categoryRules';
import type { PurchaseChunk, PurchaseData } from '../../../shared/import/purchaseColumns';
import { reapplyRules, setLineCategory, setProductCategory, type Recategorised } from '../../../shared/import/recategorise';
import type { MaltidDatabase } from './database';
import { toStorageError } from './errors';
import type { PurchaseBatchRow, PurchaseChunkRow } from './schema';

/** Thrown when the user cancelled a write: the transaction was aborted, nothing was stored. */
export class WriteCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'WriteCancelled';
  }
}

export interface WriteProgress {
  /** Called after each chunk with the lines written so far. */
  onProgress?: (lines: number) => void;
  /** Checked before each chunk: true aborts the transaction. */
  cancelled?: () => boolean;
}

export async function writePurchaseBatch(db: MaltidDatabase, batch: PurchaseBatchRow, chunks: readonly PurchaseChunk[], progress: WriteProgress = {}): Promise<void> {
  try {
    await db.transaction('rw', [db.workspaces, db.purchaseBatches, db.purchaseChunks], async () => {
      if (!(await db.workspaces.get(batch.workspaceId))) throw new Error('The plan no longer exists.');
      let lines = 0;
      for (const chunk of chunks) {
        if (progress.cancelled?.()) throw new WriteCancelled();
        await db.purchaseChunks.add({ ...chunk, workspaceId: batch.workspaceId, batchId: batch.id });
        lines += chunk.count;
        progress.onProgress?.(lines);
      }
      if (progress.cancelled?.()) throw new WriteCancelled();
      // The batch record last: a reader that lists batches finds only complete ones (and within
      // one transaction, no reader sees any of it before the commit anyway).
      await db.purchaseBatches.add(batch);
      await db.workspaces.update(batch.workspaceId, { updatedAt: batch.importedAt });
    });
  } catch (error) {
    if (error instanceof WriteCancelled || (error as { inner?: unknown }).inner instanceof WriteCancelled) throw new WriteCancelled();
    throw toStorageError(error);
  }
}

export async function listBatches(db: MaltidDatabase, workspaceId: string): Promise<PurchaseBatchRow[]> {
  const rows = await db.purchaseBatches.where('workspaceId').equals(workspaceId).toArray();
  return rows.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

function stripChunk(row: PurchaseChunkRow): PurchaseChunk {
  const { workspaceId: _w, batchId: _b, ...chunk } = row;
  return chunk;
}

export async function loadBatchData(db: MaltidDatabase, batch: PurchaseBatchRow): Promise<PurchaseData> {
  const rows = await db.purchaseChunks.where('[workspaceId+batchId]').equals([batch.workspaceId, batch.id]).toArray();
  rows.sort((a, b) => a.index - b.index);
  return { dictionaries: batch.dictionaries, chunks: rows.map(stripChunk) };
}

/**
 * A batch's chunks one by one: each read is its own short task, so reading a million lines never
 * blocks the page (one bulk read would deserialise 60 MB at once).
 */
export async function loadBatchChunks(db: MaltidDatabase, batch: PurchaseBatchRow): Promise<PurchaseChunk[]> {
  const out: PurchaseChunk[] = [];
  for (let index = 0; index < batch.chunkCount; index++) {
    const row = await db.purchaseChunks.get([batch.workspaceId, batch.id, index]);
    if (row) out.push(stripChunk(row));
  }
  return out;
}

/** Deletes a batch and its lines ("undo import"). */
export async function deleteBatch(db: MaltidDatabase, workspaceId: string, batchId: string, now: string): Promise<void> {
  try {
    await db.transaction('rw', [db.workspaces, db.purchaseBatches, db.purchaseChunks], async () => {
      await db.purchaseChunks.where('[workspaceId+batchId]').equals([workspaceId, batchId]).delete();
      await db.purchaseBatches.delete([workspaceId, batchId]);
      await db.workspaces.update(workspaceId, { updatedAt: now });
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Writes the chunks a re-categorisation changed, and the batch's dictionaries, in one transaction. */
async function saveRecategorised(db: MaltidDatabase, batch: PurchaseBatchRow, r: Recategorised, now: string): Promise<PurchaseBatchRow> {
  const next = { ...batch, dictionaries: r.dictionaries };
  if (r.chunks.length === 0 && r.dictionaries === batch.dictionaries) return batch;
  try {
    await db.transaction('rw', [db.workspaces, db.purchaseBatches, db.purchaseChunks], async () => {
      for (const c of r.chunks) await db.purchaseChunks.put({ ...c, workspaceId: batch.workspaceId, batchId: batch.id });
      await db.purchaseBatches.put(next);
      await db.workspaces.update(batch.workspaceId, { updatedAt: now });
    });
  } catch (error) {
    throw toStorageError(error);
  }
  return next;
}

/** Each returns what it changed (`lines` changed, the chunks written, the batch's dictionaries). */
export async function recategoriseLine(db: MaltidDatabase, batch: PurchaseBatchRow, data: PurchaseData, chunkIndex: number, line: number, categoryId: string | null, now: string): Promise<Recategorised> {
  const r = setLineCategory(data, chunkIndex, line, categoryId);
  await saveRecategorised(db, batch, r, now);
  return r;
}

export async function recategoriseProduct(db: MaltidDatabase, batch: PurchaseBatchRow, data: PurchaseData, product: number, categoryId: string | null, now: string): Promise<Recategorised> {
  const r = setProductCategory(data, product, categoryId);
  await saveRecategorised(db, batch, r, now);
  return r;
}

export async function reapplyCategoryRules(db: MaltidDatabase, batch: PurchaseBatchRow, data: PurchaseData, rules: readonly CategoryRule[], categoryIds: ReadonlySet<string>, now: string): Promise<Recategorised> {
  const r = reapplyRules(data, rules, categoryIds);
  await saveRecategorised(db, batch, r, now);
  return r;
}
