/**
 * Opening a database written by the first release (schema version 1, fixture
 * test/fixtures/db/v1.json made by generate-v1.ts) with the current code: every record is kept,
 * the plans read back whole, and the version-2 tables exist, empty.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MaltidDatabase } from '../../renderer/src/db/database';
import { SCHEMA_V1, SCHEMA_V2 } from '../../renderer/src/db/schema';
import { loadPlan } from '../../renderer/src/db/workspaces';
import { readSettings } from '../../renderer/src/db/settings';
import { DEMOS } from '../../shared/demos';
import { PLAN_TABLES, type Plan } from '../../shared/model/types';
import { dumpDatabase, loadDump, openVersion1, type DatabaseDump } from '../fixtures/db/v1Database';

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/db/v1.json'), 'utf8')) as DatabaseDump;
let n = 0;
const opened: { close(): void; delete(): Promise<void> }[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function version1Database(): Promise<string> {
  const name = `maltid-upgrade-${n++}`;
  const v1 = openVersion1(name);
  await v1.open();
  await loadDump(v1, fixture);
  v1.close();
  return name;
}

describe('schema upgrade from version 1', () => {
  it('the fixture is a version-1 database with every version-1 table', () => {
    expect(fixture.version).toBe(1);
    expect(Object.keys(fixture.tables).sort()).toEqual(Object.keys(SCHEMA_V1).sort());
  });

  it('keeps every record of every table when opened by the current code', async () => {
    const name = await version1Database();
    const db = new MaltidDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    const dump = await dumpDatabase(db);
    for (const [table, rows] of Object.entries(fixture.tables)) expect(dump.tables[table], table).toEqual(rows);
    // The new tables are there, and empty.
    for (const table of Object.keys(SCHEMA_V2).filter((t) => !(t in SCHEMA_V1))) expect(dump.tables[table], table).toEqual([]);
  });

  it('reads the plans and settings back as the first release wrote them', async () => {
    const name = await version1Database();
    const db = new MaltidDatabase(name);
    opened.push(db);
    await db.open();
    // The plan as the first release stored it (not the demo as it is built today: a later engine
    // may compute the demo's budgets differently, and users' disks keep what was written).
    const id = DEMOS[0]!.build().meta.id;
    const workspace = (fixture.tables.workspaces as { id: string; meta: Plan['meta'] }[]).find((w) => w.id === id)!;
    const stored = Object.fromEntries(
      PLAN_TABLES.map((table) => [
        table,
        (fixture.tables[table] as { workspaceId: string; seq: number }[])
          .filter((r) => r.workspaceId === id)
          .sort((a, b) => a.seq - b.seq)
          .map(({ workspaceId: _w, seq: _s, ...record }) => record),
      ]),
    );
    expect(await loadPlan(db, id)).toEqual({ meta: workspace.meta, ...stored });
    expect((await loadPlan(db, 'plan-small'))!.organisations[0]!.name).toBe('Rovaniemi');
    expect(await readSettings(db)).toMatchObject({ language: 'sv', lastWorkspaceId: 'plan-small', tourDone: true });
  });

  it('declares version 2 as version 1 plus new tables only (additive)', () => {
    for (const [table, spec] of Object.entries(SCHEMA_V1)) expect(SCHEMA_V2[table], table).toBe(spec);
  });
});
