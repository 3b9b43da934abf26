import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../shared/model/defaults';
import type { Kitchen, Plan } from '../../shared/model/types';
import { applyChanges } from '../../renderer/src/db/changes';
import { MaltidDatabase } from '../../renderer/src/db/database';
import { createWorkspace, deleteWorkspace, listWorkspaces, loadPlan } from '../../renderer/src/db/workspaces';

let db: MaltidDatabase;
let n = 0;

beforeEach(async () => {
  db = new MaltidDatabase(`maltid-test-${n++}`);
  await db.open();
});

afterEach(async () => {
  // Close before deleting, or the delete is blocked.
  db.close();
  await db.delete();
});

function kitchen(id: string, name: string): Kitchen {
  return {
    id,
    name,
    organisationId: 'org-1',
    sector: 'school',
    kind: 'production',
    meals: { breakfast: 0, lunch: 100, dinner: 0, snack: 0 },
    attendance: 0.9,
    calendar: 'school',
    serviceDays: 178,
  };
}

function samplePlan(id = 'plan-1'): Plan {
  const plan = createEmptyPlan({ id, name: 'Test', country: 'SE', planDate: '2026-11-24' });
  plan.organisations.push({ id: 'org-1', name: 'Södertälje', kind: 'municipality', country: 'SE', currency: 'SEK' });
  plan.kitchens.push(kitchen('k-b', 'Björkskolan'), kitchen('k-a', 'Aspskolan'));
  return plan;
}

describe('plans in IndexedDB', () => {
  it('reads a plan back exactly as it was written, records in the order they were entered', async () => {
    const plan = samplePlan();
    await createWorkspace(db, plan, { kind: 'new' }, '2026-11-24T10:00:00.000Z');
    expect(await loadPlan(db, 'plan-1')).toEqual(plan);
  });

  it('keeps several plans apart, even with the same record ids', async () => {
    await createWorkspace(db, samplePlan('plan-1'), { kind: 'new' }, '2026-11-24T10:00:00.000Z');
    const other = samplePlan('plan-2');
    other.kitchens[0]!.name = 'Another school';
    await createWorkspace(db, other, { kind: 'new' }, '2026-11-24T11:00:00.000Z');
    expect((await loadPlan(db, 'plan-1'))!.kitchens[0]!.name).toBe('Björkskolan');
    expect((await loadPlan(db, 'plan-2'))!.kitchens[0]!.name).toBe('Another school');
    expect((await listWorkspaces(db)).map((w) => w.id)).toEqual(['plan-2', 'plan-1']);
    await deleteWorkspace(db, 'plan-2');
    expect(await loadPlan(db, 'plan-2')).toBeNull();
    expect(await loadPlan(db, 'plan-1')).toEqual(samplePlan('plan-1'));
  });

  it('writes nothing of a new plan when one of its records cannot be written', async () => {
    const plan = samplePlan();
    plan.kitchens.push(kitchen('k-b', 'Duplicate id'));
    await expect(createWorkspace(db, plan, { kind: 'new' }, '2026-11-24T10:00:00.000Z')).rejects.toMatchObject({ name: 'StorageError' });
    expect(await db.workspaces.count()).toBe(0);
    expect(await db.kitchens.count()).toBe(0);
    expect(await db.organisations.count()).toBe(0);
  });
});

describe('record changes', () => {
  beforeEach(async () => {
    await createWorkspace(db, samplePlan(), { kind: 'new' }, '2026-11-24T10:00:00.000Z');
  });

  it('applies a batch and returns its inverse, which restores the plan exactly (undo)', async () => {
    const before = await loadPlan(db, 'plan-1');
    const { inverse } = await applyChanges(
      db,
      'plan-1',
      [
        { table: 'kitchens', op: 'put', record: { ...kitchen('k-a', 'Aspskolan'), attendance: 0.5 } },
        { table: 'kitchens', op: 'delete', id: 'k-b' },
        { table: 'kitchens', op: 'put', record: kitchen('k-c', 'Cederskolan') },
      ],
      '2026-11-24T12:00:00.000Z',
    );
    const after = await loadPlan(db, 'plan-1');
    expect(after!.kitchens.map((k) => [k.id, k.attendance])).toEqual([['k-a', 0.5], ['k-c', 0.9]]);
    await applyChanges(db, 'plan-1', inverse, '2026-11-24T12:01:00.000Z');
    expect(await loadPlan(db, 'plan-1')).toEqual(before);
  });

  it('writes none of a batch when one change fails', async () => {
    const before = await loadPlan(db, 'plan-1');
    const bad = { ...kitchen('k-x', 'Broken'), id: undefined } as unknown as Kitchen;
    await expect(
      applyChanges(
        db,
        'plan-1',
        [
          { table: 'kitchens', op: 'delete', id: 'k-a' },
          { table: 'kitchens', op: 'put', record: bad },
        ],
        '2026-11-24T12:00:00.000Z',
      ),
    ).rejects.toMatchObject({ name: 'StorageError' });
    expect(await loadPlan(db, 'plan-1')).toEqual(before);
  });

  it('refuses changes to a plan that does not exist', async () => {
    await expect(applyChanges(db, 'nope', [{ table: 'kitchens', op: 'delete', id: 'k-a' }], '2026-11-24T12:00:00.000Z')).rejects.toMatchObject({ code: 'notFound' });
  });

  it('records when the plan was last saved', async () => {
    await applyChanges(db, 'plan-1', [{ table: 'kitchens', op: 'delete', id: 'k-a' }], '2026-11-24T13:00:00.000Z');
    expect((await db.workspaces.get('plan-1'))!.updatedAt).toBe('2026-11-24T13:00:00.000Z');
  });
});
