/**
 * Record changes: the one way the UI writes plan records. A batch of changes is applied in one
 * transaction (all or nothing) and returns its inverse, which is what undo applies.
 *
 * Two windows on the same plan must never overwrite each other silently. A change may carry the
 * record as its editor saw it (`base`; null when it expected no record): if the stored record is
 * no longer that, the whole batch is refused with a `conflict` error and nothing is written; the
 * live query then shows the other window's change, and the user can try again on top of it.
 * Undo and redo carry bases too, so undoing a step another window has since changed is refused.
 */
import type { PlanRecord, PlanTable } from '../../../shared/model/types';
import type { MaltidDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import type { StoredRecord } from './schema';

type AnyRecord = PlanRecord<PlanTable>;

export type RecordChange =
  /** `seq` restores a record at its old place (undo of a delete); new records go last. */
  | { table: PlanTable; op: 'put'; record: AnyRecord; seq?: number; base?: AnyRecord | null }
  | { table: PlanTable; op: 'delete'; id: string; base?: AnyRecord | null };

export interface AppliedChanges {
  /** The changes as applied, each with the record it replaced as its base (for redo). */
  applied: RecordChange[];
  /** The changes that take them back, each based on what this batch wrote (for undo). */
  inverse: RecordChange[];
  updatedAt: string;
}

/** Deep equality of stored records (plain data: objects, arrays, strings, numbers, booleans, null). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameRecord(x, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export async function applyChanges(db: MaltidDatabase, workspaceId: string, changes: readonly RecordChange[], now: string): Promise<AppliedChanges> {
  const tables = [...new Set(changes.map((c) => c.table))].map((t) => db.table(t));
  try {
    return await db.transaction('rw', [db.workspaces, ...tables], async () => {
      const ws = await db.workspaces.get(workspaceId);
      if (!ws) throw new StorageError('notFound');
      let nextSeq = ws.nextSeq;
      const applied: RecordChange[] = [];
      const inverse: RecordChange[] = [];
      for (const change of changes) {
        const table = db.table<StoredRecord<PlanTable>, [string, string]>(change.table);
        const id = change.op === 'put' ? change.record.id : change.id;
        const stored = await table.get([workspaceId, id]);
        let before: AnyRecord | null = null;
        if (stored) {
          const { workspaceId: _w, seq: _s, ...record } = stored;
          before = record;
        }
        if (change.base !== undefined && !sameRecord(change.base, before)) throw new StorageError('conflict');
        if (change.op === 'put') {
          const seq = stored ? stored.seq : (change.seq ?? nextSeq++);
          await table.put({ ...change.record, workspaceId, seq });
          applied.push({ ...change, base: before });
          inverse.unshift(before ? { table: change.table, op: 'put', record: before, seq: stored!.seq, base: change.record } : { table: change.table, op: 'delete', id, base: change.record });
        } else {
          if (stored) await table.delete([workspaceId, id]);
          applied.push({ ...change, base: before });
          if (before) inverse.unshift({ table: change.table, op: 'put', record: before, seq: stored!.seq, base: null });
        }
      }
      await db.workspaces.update(workspaceId, { updatedAt: now, nextSeq });
      return { applied, inverse, updatedAt: now };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
