/**
 * The open plan, read once and shared by every view (renderer/src/data/PlanProvider.tsx): views
 * get the same plan value until a record changes, and a switch of plan never shows the new plan's
 * settings with the old plan's records (a live query keeps its previous rows until its new read).
 */
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyPlan, createKitchen } from '../../shared/model/defaults';
import type { Plan } from '../../shared/model/types';
import { MaltidDatabase, setDatabase } from '../../renderer/src/db/database';
import { createWorkspace } from '../../renderer/src/db/workspaces';
import { PlanProvider, usePlan } from '../../renderer/src/data/PlanProvider';
import { useAppStore } from '../../renderer/src/state/appStore';

let db: MaltidDatabase;
let n = 0;
/** While true, reads of the kitchens table answer 40 ms late. */
let slowKitchens = false;

function planOf(id: string, kitchens: number): Plan {
  const plan = createEmptyPlan({ id, name: `Plan ${id}`, country: 'SE', planDate: '2026-11-24' });
  plan.organisations.push({ id: `${id}-org`, name: `Org ${id}`, kind: 'municipality', country: 'SE', currency: 'SEK' });
  for (let i = 0; i < kitchens; i++) plan.kitchens.push(createKitchen({ id: `${id}-k${i}`, name: `Kitchen ${i}`, organisationId: `${id}-org`, sector: 'school', country: 'SE' }));
  return plan;
}

/** Every plan value the views were given, in order. */
const seen: (Plan | null | undefined)[] = [];

function Probe() {
  seen.push(usePlan());
  return null;
}

beforeEach(async () => {
  db = new MaltidDatabase(`provider-${n++}`);
  // Kitchens are read more slowly than the other tables (a large table), so that after a switch
  // of plan the other reads arrive first: the moment a mixed plan could be shown.
  db.use({
    stack: 'dbcore',
    name: 'slow-kitchens',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'kitchens') return table;
        return {
          ...table,
          query: async (request) => {
            const result = await table.query(request);
            if (slowKitchens) await new Promise((resolve) => setTimeout(resolve, 40));
            return result;
          },
        };
      },
    }),
  });
  setDatabase(db);
  await createWorkspace(db, planOf('A', 3), { kind: 'new' }, '2026-11-24T10:00:00.000Z');
  await createWorkspace(db, planOf('B', 5), { kind: 'new' }, '2026-11-24T10:00:00.000Z');
  seen.length = 0;
  slowKitchens = false;
});

afterEach(async () => {
  cleanup();
  act(() => useAppStore.getState().setWorkspaceId(null));
  setDatabase(null);
  db.close();
  await db.delete();
});

describe('the shared open plan', () => {
  it('switching plans never mixes one plan’s settings with another’s records', async () => {
    act(() => useAppStore.getState().setWorkspaceId('A'));
    render(
      <PlanProvider>
        <Probe />
      </PlanProvider>,
    );
    await waitFor(() => expect(seen.at(-1)?.meta.id).toBe('A'));
    slowKitchens = true;
    act(() => useAppStore.getState().setWorkspaceId('B'));
    await waitFor(() => expect(seen.at(-1)?.meta.id).toBe('B'));
    const plans = seen.filter((p): p is Plan => !!p);
    expect(plans.some((p) => p.meta.id === 'A') && plans.some((p) => p.meta.id === 'B')).toBe(true);
    for (const p of plans) {
      expect(p.kitchens.every((k) => k.id.startsWith(`${p.meta.id}-`)), `plan ${p.meta.id}`).toBe(true);
      expect(p.organisations.map((o) => o.id)).toEqual([`${p.meta.id}-org`]);
    }
    expect(seen.at(-1)!.kitchens).toHaveLength(5);
  });

  it('every view gets the same plan value, until a record changes', async () => {
    act(() => useAppStore.getState().setWorkspaceId('A'));
    const { rerender } = render(
      <PlanProvider>
        <Probe />
        <Probe />
      </PlanProvider>,
    );
    await waitFor(() => expect(seen.at(-1)?.meta.id).toBe('A'));
    const first = seen.at(-1)!;
    expect(seen.at(-2)).toBe(first);
    // A view mounted later gets the very same value (no new read, nothing new for the engine).
    rerender(
      <PlanProvider>
        <Probe />
        <Probe />
        <Probe />
      </PlanProvider>,
    );
    expect(seen.at(-1)).toBe(first);
    // A change of one table gives a new plan that keeps the other tables' arrays.
    await act(async () => {
      await db.recordTable('kitchens').where('[workspaceId+id]').equals(['A', 'A-k0']).modify({ name: 'Renamed' });
    });
    await waitFor(() => expect(seen.at(-1)!.kitchens[0]!.name).toBe('Renamed'));
    const next = seen.at(-1)!;
    expect(next).not.toBe(first);
    expect(next.organisations).toBe(first.organisations);
  });
});
