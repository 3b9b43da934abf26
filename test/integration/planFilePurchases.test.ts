/**
 * Plan files carry the workspace's purchase lines both ways, through the app's own actions
 * (renderer/src/data/planFileActions.ts) against the database (fake-indexeddb): saving writes the
 * batches and lines, opening stores them in the same transaction as the plan's records. A round
 * trip gives the same lines, the same baseline and the same bytes; a write that fails half-way
 * leaves the database as it was.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { computeBaseline } from '../../shared/baseline/compute';
import { toSavedMapping } from '../../shared/import/mapping';
import { FROM_FILE } from '../../shared/import/purchaseColumns';
import { dataToRows } from '../../shared/import/purchaseRows';
import type { Plan } from '../../shared/model/types';
import { readPlanFile } from '../../shared/planfile';
import { MaltidDatabase, setDatabase } from '../../renderer/src/db/database';
import { storedBatchesFromFile } from '../../renderer/src/db/planFilePurchases';
import { listBatches, loadBatchData, recategoriseLine, writePurchaseBatch } from '../../renderer/src/db/purchases';
import { createWorkspace, replaceWorkspace } from '../../renderer/src/db/workspaces';
import { decodePlanFile, openPlanAsFile, openPlanFile, openPlanFileAsCopy, replaceWithPlanFile } from '../../renderer/src/data/planFileActions';
import { backUpNow, restoreBackup } from '../../renderer/src/data/backups';
import { batchRow } from '../../renderer/src/import/applyImport';
import { setPlatform, type Platform } from '../../renderer/src/platform';
import { dumpDatabase } from '../fixtures/db/v1Database';
import { importBytes, testPlan, utf8 } from '../unit/import/helpers';

let db: MaltidDatabase;
let plan: Plan;
let n = 0;
const NOW = '2026-11-24T12:00:00.000Z';
const opened: MaltidDatabase[] = [];

function freshDatabase(): MaltidDatabase {
  const d = new MaltidDatabase(`maltid-planfile-purchases-${n++}`);
  opened.push(d);
  setDatabase(d);
  return d;
}

/** A CSV of purchase lines: `count` lines, products and kitchens repeating, one credit line. */
function purchaseCsv(count: number, year: number): Uint8Array {
  const lines = ['Fakturadatum;Köpare;Kostnadsställe;Leverantör;Artikel;Kategori;Antal;Enhet;Belopp;Ekologisk;Ursprung'];
  for (let i = 0; i < count; i++) {
    const amount = i === 3 ? '-12,50' : `${(i + 1) * 10},25`;
    lines.push(`${year}-0${(i % 9) + 1}-1${i % 10};Södertälje kommun;Björkskolan;Arla Foods AB;${['Mjölk 1 l', 'Morötter', 'Okänd vara', 'Ägg 12-p'][i % 4]};${i === 5 ? 'bread' : ''};${i % 7 + 1};${['l', 'kg', 'kg', 'st'][i % 4]};${amount};${i % 3 === 0 ? 'ja' : 'nej'};${i % 2 ? 'SE' : ''}`);
  }
  return utf8(lines.join('\n'));
}

async function importBatch(workspaceId: string, batchId: string, importedAt: string, bytes: Uint8Array): Promise<void> {
  const { result } = importBytes(bytes, 'purchases', { plan });
  expect(result.problems.errors).toBe(0);
  const row = batchRow({ workspaceId, batchId, fileName: `${batchId}.csv`, importedAt, mapping: toSavedMapping('purchases', [], {}), options: { format: 'csv', encoding: 'utf-8', delimiter: ';', decimal: ',' } }, result);
  await writePurchaseBatch(db, row, result.purchases!.chunks);
}

/** Each batch of a workspace: what the plan file says about it, its lines as rows, its totals. */
async function purchaseContents(d: MaltidDatabase, workspaceId: string) {
  const out = [];
  for (const b of await listBatches(d, workspaceId)) {
    const data = await loadBatchData(d, b);
    out.push({ id: b.id, sourceFile: b.sourceFile, importedAt: b.importedAt, rowCount: b.rowCount, firstDay: b.firstDay, lastDay: b.lastDay, amountMinor: b.amountMinor, kg: b.kg, rows: dataToRows(b.id, data) });
  }
  return out;
}

async function baseline(d: MaltidDatabase, p: Plan, workspaceId: string) {
  const data = [];
  for (const b of await listBatches(d, workspaceId)) data.push(await loadBatchData(d, b));
  return computeBaseline(p, data);
}

async function savedBytes(workspaceId: string): Promise<Uint8Array> {
  const file = await openPlanAsFile(workspaceId);
  if (!file) throw new Error('no plan');
  return file.data;
}

beforeEach(async () => {
  db = freshDatabase();
  plan = testPlan();
  await createWorkspace(db, plan, { kind: 'new' }, NOW);
  // Two imports (the later one first, to see the file order them by import time), 11 and 3 lines
  // in chunks of four, and one line categorised by hand.
  await importBatch(plan.meta.id, 'batch-b', '2026-02-01T09:00:00.000Z', purchaseCsv(3, 2026));
  await importBatch(plan.meta.id, 'batch-a', '2026-01-15T10:00:00.000Z', purchaseCsv(11, 2025));
  const [first] = await listBatches(db, plan.meta.id);
  await recategoriseLine(db, first!, await loadBatchData(db, first!), 1, 2, 'grains', NOW);
});

afterEach(async () => {
  setDatabase(null);
  setPlatform(null);
  for (const d of opened.splice(0)) {
    d.close();
    await d.delete();
  }
});

describe('saving a plan file', () => {
  it('writes every batch and line, batches in import order, canonical', async () => {
    const text = decodePlanFile(await savedBytes(plan.meta.id));
    const read = readPlanFile(text);
    if (!read.ok) throw new Error(read.issues[0]!.message);
    expect(read.purchases!.batches).toEqual([
      { id: 'batch-a', sourceFile: 'batch-a.csv', importedAt: '2026-01-15T10:00:00.000Z', rowCount: 11 },
      { id: 'batch-b', sourceFile: 'batch-b.csv', importedAt: '2026-02-01T09:00:00.000Z', rowCount: 3 },
    ]);
    expect(read.purchases!.rows).toEqual((await purchaseContents(db, plan.meta.id)).flatMap((b) => b.rows));
    expect(read.purchases!.rows[6]![7]).toBe('grains');
  });

  it('a plan without purchase lines is saved without the member, as before', async () => {
    await createWorkspace(db, { ...plan, meta: { ...plan.meta, id: 'plan-empty' } }, { kind: 'new' }, NOW);
    expect(decodePlanFile(await savedBytes('plan-empty'))).not.toContain('"purchases"');
  });
});

describe('opening a plan file with purchase lines', () => {
  it('round trip: workspace → file → new workspace gives the same lines, baseline and bytes', async () => {
    const bytes = await savedBytes(plan.meta.id);
    const before = await purchaseContents(db, plan.meta.id);
    const figures = await baseline(db, plan, plan.meta.id);

    const other = freshDatabase();
    expect(await openPlanFile('plan.maltid', bytes)).toEqual({ kind: 'opened', workspaceId: plan.meta.id });
    expect(await purchaseContents(other, plan.meta.id)).toEqual(before);
    expect(await baseline(other, plan, plan.meta.id)).toEqual(figures);
    expect(await savedBytes(plan.meta.id)).toEqual(bytes);
    // The lines are stored in full chunks again (one per batch here), and the file's categories
    // count as the file's: applying the rules again leaves them (the line set by hand, too).
    const [batch] = await listBatches(other, plan.meta.id);
    const data = await loadBatchData(other, batch!);
    expect(data.chunks.map((c) => c.count)).toEqual([11]);
    expect(data.dictionaries.category[data.chunks[0]!.category[6]!]).toBe('grains');
    expect(data.chunks[0]!.manual[6]).toBe(FROM_FILE);
  });

  it('as a copy: the copy gets the lines under its own id, the original keeps its own', async () => {
    const bytes = await savedBytes(plan.meta.id);
    const result = await openPlanFile('plan.maltid', bytes);
    expect(result.kind).toBe('exists');
    if (result.kind !== 'exists') return;
    const copyId = await openPlanFileAsCopy(result.fileName, result.plan, 'Copy', result.purchases);
    expect(copyId).not.toBe(plan.meta.id);
    expect(await purchaseContents(db, copyId)).toEqual(await purchaseContents(db, plan.meta.id));
    expect(await db.purchaseChunks.where('workspaceId').equals(copyId).count()).toBe(2);
    // The original's (three chunks of four lines and one of three) are untouched.
    expect(await db.purchaseChunks.where('workspaceId').equals(plan.meta.id).count()).toBe(4);
  });

  it("replacing a plan replaces its purchase lines with the file's (none when the file has none)", async () => {
    const withAll = await savedBytes(plan.meta.id);
    // A plan file with only the first batch.
    const all = readPlanFile(decodePlanFile(withAll));
    if (!all.ok) throw new Error('unreadable');
    const firstOnly = { ...all.purchases!, batches: all.purchases!.batches.slice(0, 1), rows: all.purchases!.rows.filter((r) => r[0] === 'batch-a') };
    await replaceWithPlanFile('first.maltid', all.plan, firstOnly);
    expect((await listBatches(db, plan.meta.id)).map((b) => b.id)).toEqual(['batch-a']);
    expect(await db.purchaseChunks.count()).toBe(1);

    await replaceWithPlanFile('all.maltid', all.plan, all.purchases);
    expect(await savedBytes(plan.meta.id)).toEqual(withAll);

    await replaceWithPlanFile('none.maltid', all.plan);
    expect(await db.purchaseBatches.count()).toBe(0);
    expect(await db.purchaseChunks.count()).toBe(0);
  });
});

describe('desktop backups', () => {
  it('a backup holds the purchase lines, and restoring it brings them back', async () => {
    const files = new Map<string, Uint8Array>();
    const backups: NonNullable<Platform['backups']> = {
      write: (_w, data) => {
        const fileName = `backup-${files.size}.maltid`;
        files.set(fileName, data);
        return Promise.resolve({ workspaceId: plan.meta.id, fileName, createdAt: NOW, size: data.byteLength });
      },
      list: () => Promise.resolve([]),
      read: (_w, fileName) => Promise.resolve(files.get(fileName)!),
    };
    setPlatform({ backups } as unknown as Platform);
    const lines = await purchaseContents(db, plan.meta.id);
    const entry = await backUpNow(plan.meta.id);
    expect(files.get(entry!.fileName)).toEqual(await savedBytes(plan.meta.id));

    // The lines change after the backup (one batch deleted), then the backup is restored.
    await db.purchaseChunks.where('[workspaceId+batchId]').equals([plan.meta.id, 'batch-a']).delete();
    await db.purchaseBatches.delete([plan.meta.id, 'batch-a']);
    expect(await restoreBackup(plan.meta.id, entry!.fileName)).toBe('restored');
    expect(await purchaseContents(db, plan.meta.id)).toEqual(lines);
  });
});

describe('all or nothing', () => {
  it('a new workspace whose write fails half-way leaves the database as it was', async () => {
    const read = readPlanFile(decodePlanFile(await savedBytes(plan.meta.id)));
    if (!read.ok) throw new Error('unreadable');
    const before = await dumpDatabase(db);
    const batches = storedBatchesFromFile('plan-new', read.purchases);
    // The second batch's chunk cannot be cloned into IndexedDB: the plan's records, the workspace
    // and the first batch were already put in the transaction.
    (batches[1]!.chunks[0] as unknown as Record<string, unknown>).line = () => 0;
    await expect(createWorkspace(db, { ...read.plan, meta: { ...read.plan.meta, id: 'plan-new' } }, { kind: 'new' }, NOW, batches)).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('opening as a copy through the app, failing at the last batch, stores nothing', async () => {
    const result = await openPlanFile('plan.maltid', await savedBytes(plan.meta.id));
    if (result.kind !== 'exists') throw new Error('expected the plan to exist');
    const before = await dumpDatabase(db);
    const add = db.purchaseBatches.add.bind(db.purchaseBatches);
    const spy = vi.spyOn(db.purchaseBatches, 'add').mockImplementation((row, key) => {
      if (row.id === 'batch-b') throw new Error('disk full');
      return add(row, key);
    });
    await expect(openPlanFileAsCopy(result.fileName, result.plan, 'Copy', result.purchases)).rejects.toThrow();
    spy.mockRestore();
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('a replace that fails half-way keeps the old plan and its purchase lines', async () => {
    const read = readPlanFile(decodePlanFile(await savedBytes(plan.meta.id)));
    if (!read.ok) throw new Error('unreadable');
    const before = await dumpDatabase(db);
    const batches = storedBatchesFromFile(plan.meta.id, read.purchases);
    // The second batch's chunk cannot be stored: the old plan was already deleted, the new records
    // and the first batch put.
    (batches[1]!.chunks[0] as unknown as Record<string, unknown>).kg = () => 0;
    await expect(replaceWorkspace(db, plan.meta.id, { ...read.plan, organisations: [] }, { kind: 'new' }, NOW, batches)).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
