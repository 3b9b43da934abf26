import { useCallback, useMemo, useState } from 'react';
import { sameRecord } from '../db/changes';

/**
 * How long a saved record is shown over the live rows at most, when the live query never brings
 * back the same record (another window changed it straight after): the stored truth then shows.
 */
export const SETTLE_LIMIT_MS = 2000;

interface Pending<T> {
  record: T;
  /** The save went through: the entry goes as soon as the live rows hold the same record. */
  saved: boolean;
}

/**
 * Shows an edit at once, before the database's live query brings it back (a few milliseconds to
 * tens of milliseconds at 5,000 rows, longer on a busy computer). The grid sets a record as
 * pending when it saves it, marks it saved when the save has gone through, and drops it if the
 * save fails. A saved record stays until the live rows hold the same record (or SETTLE_LIMIT_MS
 * have passed), so a pending record can never hide the stored truth for long (e.g. after an undo).
 *
 * Each call acts only on the entries of the records it is given (by identity): when a quick
 * second edit of a row is pending, the end of the first edit's save must not take it away, or
 * the row would show the stored record from before the second edit for a moment, and an edit
 * made in that moment would be based on it (and refused as a conflict).
 */
export function useOptimisticRows<T extends { id: string }>(live: T[] | undefined) {
  // The live rows last seen go with the entries, so that a save ending after the live query has
  // already brought its record back is done at once (./settle below).
  const [state, setState] = useState<{ live: T[] | undefined; pending: ReadonlyMap<string, Pending<T>> }>(() => ({ live, pending: new Map() }));
  let pending = state.pending;
  if (state.live !== live) {
    // New live rows: saved entries they hold are done (state adjusted while rendering, not in an effect).
    pending = withoutStored(pending, live);
    setState({ live, pending });
  }

  const rows = useMemo(() => {
    if (!live) return undefined;
    if (pending.size === 0) return live;
    const seen = new Set<string>();
    const out = live.map((r) => {
      seen.add(r.id);
      return pending.get(r.id)?.record ?? r;
    });
    for (const [id, p] of pending) if (!seen.has(id)) out.push(p.record);
    return out;
  }, [live, pending]);

  const setOptimistic = useCallback((records: readonly T[]) => {
    setState((s) => {
      const next = new Map(s.pending);
      for (const record of records) next.set(record.id, { record, saved: false });
      return { ...s, pending: next };
    });
  }, []);

  /** The save of these records went through. */
  const settle = useCallback((records: readonly T[]) => {
    setState((s) => {
      if (!records.some((r) => s.pending.get(r.id)?.record === r)) return s;
      const next = new Map(s.pending);
      for (const r of records) if (next.get(r.id)?.record === r) next.set(r.id, { record: r, saved: true });
      return { ...s, pending: withoutStored(next, s.live) };
    });
    setTimeout(() => setState((s) => ({ ...s, pending: without(s.pending, records) })), SETTLE_LIMIT_MS);
  }, []);

  /** The save of these records failed: the stored records show again. */
  const drop = useCallback((records: readonly T[]) => setState((s) => ({ ...s, pending: without(s.pending, records) })), []);

  return { rows, setOptimistic, settle, drop };
}

/** The map without the saved entries whose record the live rows hold. */
function withoutStored<T extends { id: string }>(m: ReadonlyMap<string, Pending<T>>, live: T[] | undefined): ReadonlyMap<string, Pending<T>> {
  if (!live || m.size === 0) return m;
  const byId = new Map(live.map((r) => [r.id, r]));
  const done = [...m.values()].filter((p) => p.saved && byId.has(p.record.id) && sameRecord(byId.get(p.record.id), p.record)).map((p) => p.record);
  return done.length ? without(m, done) : m;
}

/** The map without the entries of these records (by identity: a newer edit of a row stays). */
function without<T extends { id: string }>(m: ReadonlyMap<string, Pending<T>>, records: readonly T[]): ReadonlyMap<string, Pending<T>> {
  if (!records.some((r) => m.get(r.id)?.record === r)) return m;
  const next = new Map(m);
  for (const r of records) if (next.get(r.id)?.record === r) next.delete(r.id);
  return next;
}
