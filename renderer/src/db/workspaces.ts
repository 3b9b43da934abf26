/**
 * Plans (workspaces) in the database: create one from a Plan, read one back as a Plan, list,
 * rename and delete. Each of these is a single transaction.
 */
import { PLAN_TABLES, type Plan, type PlanMeta, type PlanTable } from '../../../shared/model/types';
import type { MaltidDatabase } from './database';
import { toStorageError } from './errors';
import { putStoredBatches, type StoredBatch } from './planFilePurchases';
import type { StoredRecord, WorkspaceOrigin, WorkspaceRow } from './schema';

function allTables(db: MaltidDatabase) {
  return [db.workspaces, ...PLAN_TABLES.map((t) => db.table(t))];
}

/** A plan's purchase lines and import rules (schema version 2), which go when the plan goes. */
function purchaseTables(db: MaltidDatabase) {
  return [db.purchaseBatches, db.purchaseChunks, db.importRules];
}

async function deletePurchases(db: MaltidDatabase, workspaceId: string): Promise<void> {
  for (const table of purchaseTables(db)) await table.where('workspaceId').equals(workspaceId).delete();
}

function strip<T extends PlanTable>(row: StoredRecord<T>): Plan[T][number] {
  const { workspaceId: _w, seq: _s, ...record } = row;
  return record as unknown as Plan[T][number];
}

/**
 * Writes a whole plan as a new workspace (its id is `plan.meta.id`), with the purchase batches of
 * its plan file when there are any (./planFilePurchases.ts, made for this workspace id): one
 * transaction, so either all of it is there or nothing.
 */
export async function createWorkspace(
  db: MaltidDatabase,
  plan: Plan,
  origin: WorkspaceOrigin,
  now: string,
  purchases: readonly StoredBatch[] = [],
): Promise<string> {
  const workspaceId = plan.meta.id;
  try {
    await db.transaction('rw', [...allTables(db), ...purchaseTables(db)], async () => {
      let seq = 0;
      for (const table of PLAN_TABLES) {
        const rows = plan[table].map((record) => ({ ...record, workspaceId, seq: seq++ }));
        await db.table(table).bulkAdd(rows);
      }
      const row: WorkspaceRow = { id: workspaceId, meta: plan.meta, origin, createdAt: now, updatedAt: now, nextSeq: seq };
      await db.workspaces.add(row);
      await putStoredBatches(db, workspaceId, purchases);
    });
  } catch (error) {
    throw toStorageError(error);
  }
  return workspaceId;
}

/**
 * Replaces a workspace's records with those of `plan`, keeping its id and creation date: a demo
 * reset to its shipped state, or a plan file opened over a plan after the user agreed. Its
 * purchase lines are replaced too: by the file's batches (made for `workspaceId`), or by none. One
 * transaction: either the whole new plan is there, or the old one is untouched.
 */
export async function replaceWorkspace(db: MaltidDatabase, workspaceId: string, plan: Plan, origin: WorkspaceOrigin, now: string, purchases: readonly StoredBatch[] = []): Promise<void> {
  try {
    await db.transaction('rw', [...allTables(db), ...purchaseTables(db)], async () => {
      const old = await db.workspaces.get(workspaceId);
      for (const table of PLAN_TABLES) await db.table(table).where('workspaceId').equals(workspaceId).delete();
      await deletePurchases(db, workspaceId);
      let seq = 0;
      for (const table of PLAN_TABLES) {
        const rows = plan[table].map((record) => ({ ...record, workspaceId, seq: seq++ }));
        await db.table(table).bulkAdd(rows);
      }
      await db.workspaces.put({
        id: workspaceId,
        meta: { ...plan.meta, id: workspaceId },
        origin,
        createdAt: old?.createdAt ?? now,
        updatedAt: now,
        nextSeq: seq,
      });
      await putStoredBatches(db, workspaceId, purchases);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Reads a workspace back as a Plan, records in the order they were entered. */
export async function loadPlan(db: MaltidDatabase, workspaceId: string): Promise<Plan | null> {
  return db.transaction('r', allTables(db), async () => {
    const row = await db.workspaces.get(workspaceId);
    if (!row) return null;
    const plan = { meta: row.meta } as Plan;
    for (const table of PLAN_TABLES) {
      const rows = (await db.table(table).where('workspaceId').equals(workspaceId).toArray()) as StoredRecord<typeof table>[];
      rows.sort((a, b) => a.seq - b.seq);
      (plan as unknown as Record<string, unknown>)[table] = rows.map((r) => strip(r));
    }
    return plan;
  });
}

export async function listWorkspaces(db: MaltidDatabase): Promise<WorkspaceRow[]> {
  const rows = await db.workspaces.toArray();
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function deleteWorkspace(db: MaltidDatabase, workspaceId: string): Promise<void> {
  try {
    await db.transaction('rw', [...allTables(db), ...purchaseTables(db)], async () => {
      for (const table of PLAN_TABLES) await db.table(table).where('workspaceId').equals(workspaceId).delete();
      await deletePurchases(db, workspaceId);
      await db.workspaces.delete(workspaceId);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Replaces the workspace's meta (name, currency, local definition…). */
export async function updateMeta(db: MaltidDatabase, workspaceId: string, meta: PlanMeta, now: string): Promise<void> {
  try {
    await db.workspaces.update(workspaceId, { meta, updatedAt: now });
  } catch (error) {
    throw toStorageError(error);
  }
}
