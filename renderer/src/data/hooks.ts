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

/** The records of one table of a workspace, in the order they were entered, with the workspace they belong to. */
interface TableRead<T extends PlanTable> {
  workspaceId: string | null;
  rows: PlanRecord<T>[];
}

function useTableRead<T extends PlanTable>(table: T, workspaceId: string | null): TableRead<T> | undefined {
  return useLiveQuery(async () => {
    if (!workspaceId) return { workspaceId, rows: [] };
    const rows = await getDatabase().recordTable(table).where('workspaceId').equals(workspaceId).toArray();
    return { workspaceId, rows: stripRows(rows) };
  }, [workspaceId, table]);
}

/**
 * The whole open plan, read live: undefined while loading, null when none is open. Mounted once,
 * by PlanProvider (./PlanProvider.tsx); views read it with `usePlan`. Each read says which
 * workspace it is of: after a switch of plan, a live query keeps giving the previous plan's rows
 * until its new read arrives, so the plan counts as loading until every table is of the open one
 * (never the new plan's settings with the old plan's kitchens).
 */
export function useLivePlan(): Plan | null | undefined {
  const workspaceId = useAppStore((s) => s.workspaceId);
  const ws = useWorkspaceRow();
  const organisations = useTableRead('organisations', workspaceId);
  const kitchens = useTableRead('kitchens', workspaceId);
  const foodCategories = useTableRead('foodCategories', workspaceId);
  const mealProfiles = useTableRead('mealProfiles', workspaceId);
  const suppliers = useTableRead('suppliers', workspaceId);
  const offers = useTableRead('offers', workspaceId);
  const contracts = useTableRead('contracts', workspaceId);
  const budgets = useTableRead('budgets', workspaceId);
  const thresholds = useTableRead('thresholds', workspaceId);
  const scenarios = useTableRead('scenarios', workspaceId);
  return useMemo(() => {
    if (ws === null) return null;
    const reads = { organisations, kitchens, foodCategories, mealProfiles, suppliers, offers, contracts, budgets, thresholds, scenarios };
    if (ws === undefined || ws.id !== workspaceId) return undefined;
    if (PLAN_TABLES.some((t) => reads[t] === undefined || reads[t].workspaceId !== workspaceId)) return undefined;
    const tables = Object.fromEntries(PLAN_TABLES.map((t) => [t, reads[t]!.rows]));
    return { meta: ws.meta, ...tables } as Plan;
  }, [workspaceId, ws, organisations, kitchens, foodCategories, mealProfiles, suppliers, offers, contracts, budgets, thresholds, scenarios]);
}
