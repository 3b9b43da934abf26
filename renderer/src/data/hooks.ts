/**
 * Live reads of the open plan. Each table is its own live query, so an edit to one kitchen
 * re-reads the kitchens only; a change made in another window shows here too.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { PLAN_TABLES, type Plan, type PlanRecord, type PlanTable } from '../../../shared/model/types';
import { getDatabase } from '../db/database';
import type { StoredRecord, WorkspaceRow } from '../db/schema';
import { useAppStore } from '../state/appStore';

export function useWorkspaceRow(): WorkspaceRow | null | undefined {
  const workspaceId = useAppStore((s) => s.workspaceId);
  return useLiveQuery(
    async () => (workspaceId ? ((await getDatabase().workspaces.get(workspaceId)) ?? null) : null),
    [workspaceId],
  );
}

function stripRows<T extends PlanTable>(rows: StoredRecord<T>[]): PlanRecord<T>[] {
  return rows
    .sort((a, b) => a.seq - b.seq)
    .map(({ workspaceId: _w, seq: _s, ...record }) => record as unknown as PlanRecord<T>);
}

/** The records of one table of the open plan, in the order they were entered. */
export function useTable<T extends PlanTable>(table: T): PlanRecord<T>[] | undefined {
  const workspaceId = useAppStore((s) => s.workspaceId);
  return useLiveQuery(async () => {
    if (!workspaceId) return [];
    const rows = await getDatabase().recordTable(table).where('workspaceId').equals(workspaceId).toArray();
    return stripRows(rows);
  }, [workspaceId, table]);
}

/** The whole open plan, or undefined while loading / null when none is open. */
export function usePlan(): Plan | null | undefined {
  const ws = useWorkspaceRow();
  const organisations = useTable('organisations');
  const kitchens = useTable('kitchens');
  const foodCategories = useTable('foodCategories');
  const mealProfiles = useTable('mealProfiles');
  const suppliers = useTable('suppliers');
  const offers = useTable('offers');
  const contracts = useTable('contracts');
  const budgets = useTable('budgets');
  const thresholds = useTable('thresholds');
  const scenarios = useTable('scenarios');
  return useMemo(() => {
    if (ws === null) return null;
    const tables = { organisations, kitchens, foodCategories, mealProfiles, suppliers, offers, contracts, budgets, thresholds, scenarios };
    if (ws === undefined || PLAN_TABLES.some((t) => tables[t] === undefined)) return undefined;
    return { meta: ws.meta, ...tables } as Plan;
  }, [ws, organisations, kitchens, foodCategories, mealProfiles, suppliers, offers, contracts, budgets, thresholds, scenarios]);
}
