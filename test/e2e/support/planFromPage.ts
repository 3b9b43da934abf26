import type { Page } from '@playwright/test';
import { PLAN_TABLES, type Plan } from '../../../shared/model/types';

/**
 * The open plan exactly as the app stored it, read straight from IndexedDB: so that a test can
 * compute the same figures with the engine in Node and compare them with what the screen shows.
 */
export async function readPlanFromPage(page: Page): Promise<Plan> {
  return page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('maltid');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(new Error(String(r.error)));
    });
    const getAll = <T,>(store: string) =>
      new Promise<T[]>((resolve) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result as T[]);
      });
    const settings = await getAll<{ key: string; value: unknown }>('settings');
    const id = settings.find((s) => s.key === 'lastWorkspaceId')?.value as string;
    const ws = (await getAll<{ id: string; meta: unknown }>('workspaces')).find((w) => w.id === id)!;
    const plan: Record<string, unknown> = { meta: ws.meta };
    for (const table of tables) {
      const rows = (await getAll<Record<string, unknown> & { workspaceId: string; seq: number }>(table)).filter((r) => r.workspaceId === id);
      rows.sort((a, b) => a.seq - b.seq);
      plan[table] = rows.map(({ workspaceId: _w, seq: _s, ...rest }) => rest);
    }
    db.close();
    return plan;
  }, [...PLAN_TABLES]) as Promise<Plan>;
}
