/**
 * Record changes: the one way the UI writes plan records. A batch of changes is applied in one
 * transaction (all or nothing) and returns the inverse batch, which is what undo applies.
 */
import type { PlanRecord, PlanTable } from '../../../shared/model/types';
import type { MaltidDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import type { StoredRecord } from './schema';

export type RecordChange =
  /** `seq` restores a record at its old place (undo of a delete); new records go last. */
  | { table: PlanTable; op: 'put'; record: PlanRecord<PlanTable>; seq?: number }
  | { table: PlanTable; op: 'delete'; id: string };

export interface AppliedChanges {
  inverse: RecordChange[];
  updatedAt: string;
}

export async function applyChanges(
  db: MaltidDatabase,
  workspaceId: string,
  changes: readonly RecordChange[],
  now: string,
): Promise<AppliedChanges> {
  const tables = [...new Set(changes.map((c) => c.table))].map((t) => db.table(t));
  try {
    return await db.transaction('rw', [db.workspaces, ...tables], async () => {
      const ws = await db.workspaces.get(workspaceId);
      if (!ws) throw new StorageError('notFound');
      let nextSeq = ws.nextSeq;
      const inverse: RecordChange[] = [];
      for (const change of changes) {
        const table = db.table<StoredRecord<PlanTable>, [string, string]>(change.table);
        const id = change.op === 'put' ? change.record.id : change.id;
        const before = await table.get([workspaceId, id]);
        if (before) {
          const { workspaceId: _w, seq: _s, ...record } = before;
          inverse.unshift({ table: change.table, op: 'put', record, seq: before.seq });
        } else {
          inverse.unshift({ table: change.table, op: 'delete', id });
        }
        if (change.op === 'put') {
          const seq = before ? before.seq : (change.seq ?? nextSeq++);
          await table.put({ ...change.record, workspaceId, seq });
        } else if (before) {
          await table.delete([workspaceId, id]);
        }
      }
      await db.workspaces.update(workspaceId, { updatedAt: now, nextSeq });
      return { inverse, updatedAt: now };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
