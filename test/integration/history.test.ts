import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../shared/model/defaults';
import type { Organisation } from '../../shared/model/types';
import { MaltidDatabase, setDatabase } from '../../renderer/src/db/database';
import { createWorkspace, loadPlan } from '../../renderer/src/db/workspaces';
import { commit, HISTORY_LIMIT, redo, resetHistory, undo, useHistory } from '../../renderer/src/data/history';

let db: MaltidDatabase;
let n = 0;

function org(i: number): Organisation {
  return { id: `org-${i}`, name: `Kommun ${i}`, kind: 'municipality', country: 'SE', currency: 'SEK' };
}

beforeEach(async () => {
  db = new MaltidDatabase(`maltid-history-${n++}`);
  setDatabase(db);
  await createWorkspace(db, createEmptyPlan({ id: 'p', name: 'P', country: 'SE', planDate: '2026-11-24' }), { kind: 'new' }, '2026-11-24T10:00:00.000Z');
  resetHistory('p');
});

afterEach(async () => {
  setDatabase(null);
  db.close();
  await db.delete();
});

describe('undo and redo across the plan', () => {
  it('undoes and redoes edits in order', async () => {
    await commit('p', 'history.addOrganisation', [{ table: 'organisations', op: 'put', record: org(1) }]);
    await commit('p', 'history.addOrganisation', [{ table: 'organisations', op: 'put', record: org(2) }]);
    expect((await loadPlan(db, 'p'))!.organisations.map((o) => o.id)).toEqual(['org-1', 'org-2']);
    expect(await undo()).toBe(true);
    expect((await loadPlan(db, 'p'))!.organisations.map((o) => o.id)).toEqual(['org-1']);
    expect(await undo()).toBe(true);
    expect((await loadPlan(db, 'p'))!.organisations).toEqual([]);
    expect(await undo()).toBe(false);
    expect(await redo()).toBe(true);
    expect(await redo()).toBe(true);
    expect((await loadPlan(db, 'p'))!.organisations.map((o) => o.id)).toEqual(['org-1', 'org-2']);
    expect(await redo()).toBe(false);
  });

  it('brings a deleted record back at its old place', async () => {
    for (const i of [1, 2, 3]) await commit('p', 'history.addOrganisation', [{ table: 'organisations', op: 'put', record: org(i) }]);
    await commit('p', 'history.addOrganisation', [{ table: 'organisations', op: 'delete', id: 'org-2' }]);
    await undo();
    expect((await loadPlan(db, 'p'))!.organisations.map((o) => o.id)).toEqual(['org-1', 'org-2', 'org-3']);
  });

  it('a new edit after undo clears the redo steps', async () => {
    await commit('p', 'history.addOrganisation', [{ table: 'organisations', op: 'put', record: org(1) }]);
    await undo();
    await commit('p', 'history.addOrganisation', [{ table: 'organisations', op: 'put', record: org(2) }]);
    expect(await redo()).toBe(false);
  });

  it(`keeps at least 100 steps (the limit is ${HISTORY_LIMIT})`, async () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    for (let i = 0; i < 120; i++) await commit('p', 'history.addOrganisation', [{ table: 'organisations', op: 'put', record: org(i) }]);
    let undone = 0;
    while (await undo()) undone++;
    expect(undone).toBe(120);
    expect((await loadPlan(db, 'p'))!.organisations).toEqual([]);
    expect(useHistory.getState().future).toHaveLength(120);
  });
});
