import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyPlan, createKitchen } from '../../shared/model/defaults';
import type { Kitchen } from '../../shared/model/types';
import { applyChanges, sameRecord } from '../../renderer/src/db/changes';
import { MaltidDatabase, setDatabase } from '../../renderer/src/db/database';
import { createWorkspace, loadPlan } from '../../renderer/src/db/workspaces';
import { commit, resetHistory, undo, useHistory } from '../../renderer/src/data/history';
import { useAppStore } from '../../renderer/src/state/appStore';

let db: MaltidDatabase;
let n = 0;
const kitchen = (lunch: number, name = 'Björkskolan'): Kitchen => ({
  ...createKitchen({ id: 'k1', name, organisationId: 'org', sector: 'school', country: 'SE' }),
  meals: { breakfast: 0, lunch, dinner: 0, snack: 0 },
});

beforeEach(async () => {
  db = new MaltidDatabase(`maltid-conflicts-${n++}`);
  setDatabase(db);
  const plan = createEmptyPlan({ id: 'p', name: 'P', country: 'SE', planDate: '2026-11-24' });
  plan.organisations.push({ id: 'org', name: 'Kommun', kind: 'municipality', country: 'SE', currency: 'SEK' });
  plan.kitchens.push(kitchen(100));
  await createWorkspace(db, plan, { kind: 'new' }, '2026-11-24T10:00:00.000Z');
  resetHistory('p');
});

afterEach(async () => {
  setDatabase(null);
  db.close();
  await db.delete();
});

describe('two windows on the same plan never overwrite each other silently', () => {
  it('refuses a change based on a record another window has changed since, and writes nothing of the batch', async () => {
    // Window A changes the lunches; window B, which still saw 100 lunches, renames the kitchen.
    await applyChanges(db, 'p', [{ table: 'kitchens', op: 'put', record: kitchen(250), base: kitchen(100) }], '2026-11-24T10:01:00.000Z');
    await expect(
      applyChanges(
        db,
        'p',
        [
          { table: 'organisations', op: 'put', record: { id: 'org2', name: 'Other', kind: 'municipality', country: 'SE', currency: 'SEK' }, base: null },
          { table: 'kitchens', op: 'put', record: kitchen(100, 'Björkskolan (ny)'), base: kitchen(100) },
        ],
        '2026-11-24T10:02:00.000Z',
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    const plan = (await loadPlan(db, 'p'))!;
    expect(plan.kitchens).toEqual([kitchen(250)]);
    expect(plan.organisations.map((o) => o.id)).toEqual(['org']);
  });

  it('refuses to create a record another window has just created with the same id', async () => {
    await expect(applyChanges(db, 'p', [{ table: 'kitchens', op: 'put', record: kitchen(1), base: null }], 'now')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('accepts a change whose base is the stored record, whatever the key order', async () => {
    const stored = kitchen(100);
    const reordered = Object.fromEntries(Object.entries(stored).reverse()) as unknown as Kitchen;
    expect(sameRecord(stored, reordered)).toBe(true);
    await applyChanges(db, 'p', [{ table: 'kitchens', op: 'put', record: kitchen(120), base: reordered }], 'now');
    expect((await loadPlan(db, 'p'))!.kitchens[0]!.meals.lunch).toBe(120);
  });

  it('drops an undo step another window has changed since, with a message, and changes nothing', async () => {
    await commit('p', 'history.edit', [{ table: 'kitchens', op: 'put', record: kitchen(150), base: kitchen(100) }]);
    // Another window changes the same kitchen afterwards.
    await applyChanges(db, 'p', [{ table: 'kitchens', op: 'put', record: kitchen(175) }], 'later');
    expect(await undo()).toBe(false);
    expect((await loadPlan(db, 'p'))!.kitchens[0]!.meals.lunch).toBe(175);
    expect(useHistory.getState().past).toHaveLength(0);
    expect(useAppStore.getState().notices.at(-1)?.messageKey).toBe('storage.undoConflict');
  });

  it('undo and redo still work when nobody else changed anything', async () => {
    await commit('p', 'history.edit', [{ table: 'kitchens', op: 'put', record: kitchen(150), base: kitchen(100) }]);
    await commit('p', 'history.edit', [{ table: 'kitchens', op: 'put', record: kitchen(160), base: kitchen(150) }]);
    expect(await undo()).toBe(true);
    expect(await undo()).toBe(true);
    expect((await loadPlan(db, 'p'))!.kitchens[0]!.meals.lunch).toBe(100);
  });
});
