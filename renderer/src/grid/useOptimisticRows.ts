import { useCallback, useMemo, useState } from 'react';

/**
 * Shows an edit at once, before the database's live query brings it back (a few milliseconds to
 * tens of milliseconds at 5,000 rows). The grid sets a record as pending when it saves it and
 * clears it shortly after the save has gone through, so a pending record can never hide the
 * stored truth for long (e.g. after an undo).
 */
export function useOptimisticRows<T extends { id: string }>(live: T[] | undefined) {
  const [pending, setPending] = useState<ReadonlyMap<string, T>>(() => new Map());

  const rows = useMemo(() => {
    if (!live) return undefined;
    if (pending.size === 0) return live;
    const seen = new Set<string>();
    const out = live.map((r) => {
      seen.add(r.id);
      return pending.get(r.id) ?? r;
    });
    for (const [id, record] of pending) if (!seen.has(id)) out.push(record);
    return out;
  }, [live, pending]);

  const setOptimistic = useCallback((records: readonly T[]) => {
    setPending((p) => {
      const next = new Map(p);
      for (const record of records) next.set(record.id, record);
      return next;
    });
  }, []);

  const clearOptimistic = useCallback((ids: readonly string[]) => {
    setPending((p) => {
      if (!ids.some((id) => p.has(id))) return p;
      const next = new Map(p);
      for (const id of ids) next.delete(id);
      return next;
    });
  }, []);

  return { rows, setOptimistic, clearOptimistic };
}
