/**
 * The open plan's purchase lines in memory, shared by the Purchases tab and the baseline panel:
 * batches come from a live query (a new or deleted batch shows at once, also from another window);
 * their chunks are read once per batch and kept, and re-categorisations replace the chunks they
 * changed in place, so that a changed line does not reread a million lines.
 */
import { liveQuery } from 'dexie';
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { PurchaseChunk, PurchaseData, PurchaseDictionaries } from '../../../shared/import/purchaseColumns';
import { getDatabase } from '../db/database';
import { listBatches, loadBatchChunks } from '../db/purchases';
import type { PurchaseBatchRow } from '../db/schema';

interface PurchaseState {
  workspaceId: string | null;
  batches: PurchaseBatchRow[] | undefined;
  chunks: Map<string, PurchaseChunk[]>;
  /** Bumped on every change, for memoised computations (filters, the baseline). */
  version: number;
}

export const usePurchaseState = create<PurchaseState>()(() => ({ workspaceId: null, batches: undefined, chunks: new Map(), version: 0 }));

let subscription: { unsubscribe(): void } | null = null;
/** Batches being written whose chunks the import handed over (adoptChunks). */
const pending = new Set<string>();
let users = 0;

/** The current subscription's token: a reader from an earlier one drops what it read. */
let current: object | null = null;

function follow(workspaceId: string): void {
  if (usePurchaseState.getState().workspaceId === workspaceId && subscription) return;
  subscription?.unsubscribe();
  usePurchaseState.setState({ workspaceId, batches: undefined, chunks: new Map(), version: usePurchaseState.getState().version + 1 });
  const token = {};
  current = token;
  subscription = liveQuery(() => listBatches(getDatabase(), workspaceId)).subscribe({
    next: (batches) => {
      void (async () => {
        const db = getDatabase();
        const known = usePurchaseState.getState().chunks;
        const chunks = new Map<string, PurchaseChunk[]>();
        for (const b of batches) chunks.set(b.id, known.get(b.id) ?? (await loadBatchChunks(db, b)));
        // Chunks handed over for a batch still being written stay until its write settles.
        for (const [id, c] of usePurchaseState.getState().chunks) if (!chunks.has(id) && pending.has(id)) chunks.set(id, c);
        if (current !== token || usePurchaseState.getState().workspaceId !== workspaceId) return;
        usePurchaseState.setState((s) => ({ batches, chunks, version: s.version + 1 }));
      })();
    },
  });
}

/** The batches and their lines of a plan; undefined while loading. */
export function usePurchases(workspaceId: string): { batches: PurchaseBatchRow[] | undefined; data: Map<string, PurchaseData>; version: number } {
  useEffect(() => {
    users++;
    follow(workspaceId);
    return () => {
      users--;
      if (users === 0) {
        subscription?.unsubscribe();
        subscription = null;
        usePurchaseState.setState({ workspaceId: null, batches: undefined, chunks: new Map() });
      }
    };
  }, [workspaceId]);
  const state = usePurchaseState();
  const current = state.workspaceId === workspaceId;
  const batches = current ? state.batches : undefined;
  const data = useMemo(() => {
    const out = new Map<string, PurchaseData>();
    for (const b of batches ?? []) {
      const chunks = state.chunks.get(b.id);
      if (chunks) out.set(b.id, { dictionaries: b.dictionaries, chunks });
    }
    return out;
  }, [batches, state.chunks]);
  return { batches: batches && batches.every((b) => data.has(b.id)) ? batches : undefined, data, version: state.version };
}

/** After a re-categorisation: the changed chunks replace theirs in memory (the database has them). */
export function replaceChunks(batchId: string, changed: readonly PurchaseChunk[], dictionaries: PurchaseDictionaries): void {
  usePurchaseState.setState((s) => {
    const list = s.chunks.get(batchId);
    if (!list) return s;
    const next = [...list];
    for (const c of changed) next[c.index] = c;
    const chunks = new Map(s.chunks).set(batchId, next);
    const batches = s.batches?.map((b) => (b.id === batchId ? { ...b, dictionaries } : b));
    return { chunks, batches, version: s.version + 1 };
  });
}

/**
 * The import hands over the chunks it is about to store, so that once the batch is committed the
 * tab shows it without reading the million lines back from the database. `settle` ends the
 * hand-over: kept if stored, dropped if not.
 */
export function adoptChunks(batchId: string, chunks: PurchaseChunk[]): { settle(stored: boolean): void } {
  pending.add(batchId);
  usePurchaseState.setState((s) => ({ chunks: new Map(s.chunks).set(batchId, chunks) }));
  return {
    settle(stored) {
      pending.delete(batchId);
      if (stored) return;
      usePurchaseState.setState((s) => {
        const chunks = new Map(s.chunks);
        chunks.delete(batchId);
        return { chunks };
      });
    },
  };
}

/** How many imports' purchase lines are being stored now (a close waits for them: data/closeGuard.ts). */
export function purchaseWritesUnderWay(): number {
  return pending.size;
}

/**
 * After the plan's purchase lines were replaced (a plan file opened over it, a backup restored):
 * the chunks in memory are dropped and the lines read again (the new batches may have the old
 * ids, which the cache would otherwise keep).
 */
export function forgetPurchaseChunks(workspaceId: string): void {
  if (usePurchaseState.getState().workspaceId !== workspaceId || !subscription) return;
  subscription.unsubscribe();
  subscription = null;
  follow(workspaceId);
}
