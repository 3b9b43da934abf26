/**
 * Undo and redo across the whole plan. Every edit goes through `commit`, which applies a batch
 * of record changes in one transaction and keeps its inverse. The history lives in memory per
 * open plan (it survives switching views, not a reload), at most HISTORY_LIMIT steps.
 */
import { create } from 'zustand';
import { applyChanges, type RecordChange } from '../db/changes';
import { getDatabase } from '../db/database';
import { StorageError, storageMessageKey } from '../db/errors';
import { useAppStore } from '../state/appStore';
import { nowIso } from './clock';

export const HISTORY_LIMIT = 200;

export interface HistoryStep {
  /** i18n key describing the edit, e.g. "history.addKitchen". */
  labelKey: string;
  forward: RecordChange[];
  inverse: RecordChange[];
}

interface HistoryState {
  workspaceId: string | null;
  past: HistoryStep[];
  future: HistoryStep[];
  lastSavedAt: string | null;
  /** Writes asked for and not yet stored (the status line says "saving" meanwhile). */
  pending: number;
}

export const useHistory = create<HistoryState>()(() => ({
  workspaceId: null,
  past: [],
  future: [],
  lastSavedAt: null,
  pending: 0,
}));

/** Starts a fresh history when another plan is opened. */
export function resetHistory(workspaceId: string | null, lastSavedAt: string | null = null): void {
  useHistory.setState({ workspaceId, past: [], future: [], lastSavedAt });
}

// Edits are applied one at a time, in order, even when the user is faster than the database.
let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(task: () => Promise<T>): Promise<T> {
  useHistory.setState((s) => ({ pending: s.pending + 1 }));
  const run = queue.then(task, task).finally(() => useHistory.setState((s) => ({ pending: s.pending - 1 })));
  queue = run.catch(() => undefined);
  return run;
}

export function commit(workspaceId: string, labelKey: string, changes: RecordChange[]): Promise<void> {
  if (changes.length === 0) return Promise.resolve();
  return enqueue(async () => {
    const { applied, inverse, updatedAt } = await applyChanges(getDatabase(), workspaceId, changes, nowIso());
    useHistory.setState((s) => ({
      workspaceId,
      past: [...s.past, { labelKey, forward: applied, inverse }].slice(-HISTORY_LIMIT),
      future: [],
      lastSavedAt: updatedAt,
    }));
  });
}

/**
 * A step another window has changed since cannot be taken back or done again without overwriting
 * that change: it is dropped from the history, and the user told why.
 */
function dropConflicting(error: unknown, from: 'past' | 'future'): false {
  if (error instanceof StorageError && error.code === 'conflict') {
    useHistory.setState((s) => (from === 'past' ? { past: s.past.slice(0, -1) } : { future: s.future.slice(0, -1) }));
    useAppStore.getState().notify('error', 'storage.undoConflict');
    return false;
  }
  useAppStore.getState().notify('error', storageMessageKey(error));
  return false;
}

export function undo(): Promise<boolean> {
  return enqueue(async () => {
    const { workspaceId, past } = useHistory.getState();
    const step = past.at(-1);
    if (!workspaceId || !step) return false;
    let updatedAt: string;
    try {
      ({ updatedAt } = await applyChanges(getDatabase(), workspaceId, step.inverse, nowIso()));
    } catch (error) {
      return dropConflicting(error, 'past');
    }
    useHistory.setState((s) => ({ past: s.past.slice(0, -1), future: [...s.future, step], lastSavedAt: updatedAt }));
    return true;
  });
}

export function redo(): Promise<boolean> {
  return enqueue(async () => {
    const { workspaceId, future } = useHistory.getState();
    const step = future.at(-1);
    if (!workspaceId || !step) return false;
    let result: Awaited<ReturnType<typeof applyChanges>>;
    try {
      result = await applyChanges(getDatabase(), workspaceId, step.forward, nowIso());
    } catch (error) {
      return dropConflicting(error, 'future');
    }
    const { applied, inverse, updatedAt } = result;
    useHistory.setState((s) => ({
      past: [...s.past, { ...step, forward: applied, inverse }],
      future: s.future.slice(0, -1),
      lastSavedAt: updatedAt,
    }));
    return true;
  });
}
