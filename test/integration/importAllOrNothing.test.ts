/**
 * The import is all or nothing, against the database (fake-indexeddb) through the app's own code:
 * the job the worker runs (here in-thread), then the page's store step. A bad file, a cancelled
 * run, a cancelled or failing write leave the workspace exactly as it was, compared table by
 * table; a good import is one undo step (registers) or one batch that deleting removes (purchase
 * lines).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORY_RULES } from '../../shared/import/categoryRules';
import type { ImportTarget } from '../../shared/import/fields';
import { detectDecimal } from '../../shared/import/inspect';
import { guessMapping, toSavedMapping } from '../../shared/import/mapping';
import { problemSentence } from '../../shared/import/problems';
import { DEMOS } from '../../shared/demos';
import type { Plan } from '../../shared/model/types';
import { MaltidDatabase, setDatabase } from '../../renderer/src/db/database';
import { deleteBatch, listBatches, loadBatchData, WriteCancelled } from '../../renderer/src/db/purchases';
import { createWorkspace, deleteWorkspace, loadPlan } from '../../renderer/src/db/workspaces';
import { resetHistory, undo } from '../../renderer/src/data/history';
import { ImportHasErrors, storePurchases, storeRecords } from '../../renderer/src/import/applyImport';
import { inspectFile, runImportJob } from '../../renderer/src/import/importJob';
import type { JobOutcome } from '../../renderer/src/import/protocol';
import { dumpDatabase } from '../fixtures/db/v1Database';
import { cp1252, utf8 } from '../unit/import/helpers';

let db: MaltidDatabase;
let plan: Plan;
let n = 0;
let ids = 0;

beforeEach(async () => {
  db = new MaltidDatabase(`maltid-import-${n++}`);
  setDatabase(db);
  plan = DEMOS[0]!.build();
  await createWorkspace(db, plan, { kind: 'demo', demoId: DEMOS[0]!.id }, '2026-11-24T10:00:00.000Z');
  resetHistory(plan.meta.id);
});

afterEach(async () => {
  setDatabase(null);
  db.close();
  await db.delete();
});

/**
 * Every table's rows, with two bookkeeping fields of the workspace left out: its modification
 * time and its next entry number (an undo or a delete moves them on, by design).
 */
async function contents() {
  const dump = await dumpDatabase(db);
  dump.tables.workspaces = dump.tables.workspaces!.map((w) => ({ ...(w as object), updatedAt: '', nextSeq: 0 }));
  return dump;
}

interface Run {
  refused: string[];
  outcome: JobOutcome | null;
}

async function runFile(bytes: Uint8Array, target: ImportTarget, opts: { cancelAfter?: number; delimiter?: ';' | ',' } = {}): Promise<Run> {
  const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const ins = await inspectFile({ file, fileName: 'fil.csv', ...(opts.delimiter ? { delimiter: opts.delimiter } : {}) });
  const errors = ins.problems.filter((p) => p.severity === 'error');
  if (errors.length) return { refused: errors.map((p) => problemSentence(p, 'fil.csv')), outcome: null };
  const mapping = guessMapping(target, ins.headers);
  let progressCalls = 0;
  const outcome = await runImportJob(
    {
      file,
      fileName: 'fil.csv',
      format: ins.format,
      target,
      mapping,
      columnCount: ins.headers.length,
      decimal: detectDecimal(target, mapping, ins.sample),
      encoding: ins.encoding,
      delimiter: ins.delimiter,
      plan,
      categoryRules: [...DEFAULT_CATEGORY_RULES],
      pieceRules: [],
      createMissingSuppliers: false,
    },
    { onProgress: () => progressCalls++, cancelled: () => opts.cancelAfter !== undefined && progressCalls >= opts.cancelAfter, now: () => performance.now(), newId: (p) => `${p}-${++ids}` },
  );
  const refused = outcome.kind === 'done' ? outcome.result.problems.listed.filter((p) => p.severity === 'error').map((p) => problemSentence(p, 'fil.csv')) : [];
  return { refused, outcome };
}

async function store(run: Run, target: ImportTarget) {
  if (run.outcome?.kind !== 'done') return;
  const result = run.outcome.result;
  if (target === 'purchases') {
    return storePurchases({ workspaceId: plan.meta.id, batchId: `batch-${++ids}`, fileName: 'fil.csv', importedAt: '2026-11-24T11:00:00.000Z', mapping: toSavedMapping('purchases', [], {}), options: { format: 'csv', encoding: 'utf-8', delimiter: ';', decimal: ',' } }, result);
  }
  return storeRecords(plan.meta.id, result);
}

const KITCHENS = 'Namn;Kommun;Verksamhet;Lunch;Närvaro\nBjörkskolan;Södertälje kommun;Skola;350;90 %\nEkbacken;Nykvarns kommun;Äldreboende;45;1\n';
const PURCHASES = 'Datum;Köpare;Leverantör;Artikel;Antal;Enhet;Belopp;Eko;Ursprung\n2025-01-02;Södertälje kommun;Arla;Mjölk 1 l;120;l;1 234,50;Ja;01\n2025-01-03;Nykvarns kommun;Lantmännen;"Bröd\nrågbröd";30;kg;300,00;Nej;SE\n';

function bigPurchases(lines: number): Uint8Array {
  const parts = ['Datum;Köpare;Leverantör;Artikel;Antal;Enhet;Belopp;Eko;Ursprung\n'];
  for (let i = 0; i < lines; i++) parts.push(`2025-${String(1 + (i % 12)).padStart(2, '0')}-15;Södertälje kommun;Leverantör ${i % 40};Morötter ${i % 500};${(i % 90) + 1},5;kg;${(i % 5000) + 10},50;${i % 3 ? 'Nej' : 'Ja'};01\n`);
  return utf8(parts.join(''));
}

describe('bad files leave the workspace exactly as it was', () => {
  it.each([
    ['wrong delimiter guess', utf8(KITCHENS), 'kitchens', ',', 'fil.csv, row 1: the first row has only one column'],
    ['a text in a number column', utf8(KITCHENS.replace('350', '35O')), 'kitchens', undefined, 'fil.csv, row 2, Lunches a day: “35O” is not a number.'],
    ['a missing required column', utf8(KITCHENS.replace('Verksamhet', 'Något')), 'kitchens', undefined, 'fil.csv, Sector: no column is chosen for Sector, which is required.'],
    ['a truncated file', utf8(PURCHASES.slice(0, PURCHASES.indexOf('rågbröd'))), 'purchases', undefined, 'fil.csv, row 3: a quoted value that starts here never ends'],
    ['a 0-byte file', new Uint8Array(0), 'purchases', undefined, 'fil.csv: the file is empty'],
    ['a binary file renamed .csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'purchases', undefined, 'fil.csv: this is not a text file (CSV) or a spreadsheet (XLSX)'],
  ] as const)('%s', async (_name, bytes, target, delimiter, message) => {
    const before = await dumpDatabase(db);
    const run = await runFile(bytes, target, delimiter ? { delimiter } : {});
    expect(run.refused.join('\n')).toContain(message);
    if (run.outcome) await expect(store(run, target)).rejects.toBeInstanceOf(ImportHasErrors);
    // Nothing at all was written: every table, every field, equal.
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('good imports', () => {
  it('kitchens from a Windows-1252 file are one undo step', async () => {
    const before = await contents();
    const run = await runFile(cp1252(KITCHENS), 'kitchens');
    expect(run.refused).toEqual([]);
    expect(await store(run, 'kitchens')).toBe(2);
    const stored = (await loadPlan(db, plan.meta.id))!;
    expect(stored.kitchens.filter((k) => ['Björkskolan', 'Ekbacken'].includes(k.name)).map((k) => k.organisationId)).toEqual(['se-sodertalje', 'se-nykvarn']);
    expect(await undo()).toBe(true);
    expect(await contents()).toEqual(before);
  });

  it('purchase lines are one batch; deleting it leaves the workspace as before', async () => {
    const before = await contents();
    const run = await runFile(utf8(PURCHASES), 'purchases');
    await store(run, 'purchases');
    const [batch] = await listBatches(db, plan.meta.id);
    expect(batch!.rowCount).toBe(2);
    const data = await loadBatchData(db, batch!);
    expect(data.chunks.reduce((s, c) => s + c.count, 0)).toBe(2);
    expect(data.dictionaries.product).toEqual(['', 'Mjölk 1 l', 'Bröd\nrågbröd']);
    await deleteBatch(db, plan.meta.id, batch!.id, '2026-11-24T12:00:00.000Z');
    expect(await contents()).toEqual(before);
  });

  it('deleting the plan deletes its purchase lines', async () => {
    await store(await runFile(utf8(PURCHASES), 'purchases'), 'purchases');
    await deleteWorkspace(db, plan.meta.id);
    expect(await db.purchaseChunks.count()).toBe(0);
    expect(await db.purchaseBatches.count()).toBe(0);
  });
});

describe('cancel and failure leave nothing behind', () => {
  const big = bigPurchases(120_000); // about 8 MB: several slices of the file

  it('Cancel during the full pass (the worker job, in-thread): nothing is returned, nothing stored', async () => {
    const before = await dumpDatabase(db);
    const run = await runFile(big, 'purchases', { cancelAfter: 1 });
    expect(run.outcome).toEqual({ kind: 'cancelled' });
    expect(await dumpDatabase(db)).toEqual(before);
  }, 60_000);

  it('Cancel during the write aborts the one transaction: no chunk, no batch', async () => {
    const run = await runFile(big, 'purchases');
    expect(run.outcome?.kind).toBe('done');
    const before = await dumpDatabase(db);
    let written = 0;
    const result = run.outcome!.kind === 'done' ? run.outcome!.result : null;
    const write = storePurchases(
      { workspaceId: plan.meta.id, batchId: 'batch-x', fileName: 'stor.csv', importedAt: '2026-11-24T11:00:00.000Z', mapping: toSavedMapping('purchases', [], {}), options: { format: 'csv', encoding: 'utf-8', delimiter: ';', decimal: ',' } },
      result!,
      { onProgress: (lines) => (written = lines), cancelled: () => written >= 30_000 },
    );
    await expect(write).rejects.toBeInstanceOf(WriteCancelled);
    expect(written).toBe(30_000);
    expect(await dumpDatabase(db)).toEqual(before);
  }, 60_000);

  it('a write that fails half-way (a chunk the database cannot store) leaves nothing', async () => {
    const run = await runFile(big, 'purchases');
    const result = run.outcome!.kind === 'done' ? run.outcome!.result : null;
    const before = await dumpDatabase(db);
    // The sixth chunk cannot be cloned into IndexedDB: the transaction fails after five were put.
    (result!.purchases!.chunks[5] as unknown as Record<string, unknown>).line = () => 0;
    await expect(
      storePurchases({ workspaceId: plan.meta.id, batchId: 'batch-y', fileName: 'stor.csv', importedAt: '2026-11-24T11:00:00.000Z', mapping: toSavedMapping('purchases', [], {}), options: { format: 'csv', encoding: 'utf-8', delimiter: ';', decimal: ',' } }, result!),
    ).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  }, 60_000);
});
