/**
 * A workspace's batches and a plan file's purchases member, both ways (shared/import/purchaseBatches.ts):
 * the totals the app keeps are those of the import, batches go in import order, and a file's batch
 * counts the rows it really has.
 */
import { describe, expect, it } from 'vitest';
import { batchesFromFile, purchasesForFile, summariseBatch } from '../../../shared/import/purchaseBatches';
import { PURCHASE_FIELDS } from '../../../shared/model/schema';
import { importBytes, utf8 } from './helpers';

const csv = utf8(['Datum;Artikel;Antal;Enhet;Belopp', '2025-03-02;Mjölk;10;l;100,50', '2025-01-05;Ägg;2;st;-20,00', '2025-02-01;Morötter;5;kg;30,25', '2025-12-31;Bröd;1;kg;9,00', '2025-06-01;Ost;3;kg;45,00'].join('\n'));

describe('purchase batches and plan files', () => {
  it("summarises a batch's lines as the import does", () => {
    const p = importBytes(csv, 'purchases').result.purchases!;
    expect(p.chunks.length).toBe(2);
    expect(summariseBatch(p)).toEqual({ rowCount: p.rowCount, chunkCount: 2, firstDay: p.firstDay, lastDay: p.lastDay, amountMinor: p.amountMinor, kg: p.kg });
  });

  it('writes nothing without batches, and batches in import order (then id) with the rows written', () => {
    expect(purchasesForFile([])).toBeUndefined();
    const data = importBytes(csv, 'purchases').result.purchases!;
    const info = (id: string, importedAt: string) => ({ id, sourceFile: `${id}.csv`, importedAt, rowCount: 99 });
    const file = purchasesForFile([
      { info: info('c', '2026-02-01T00:00:00.000Z'), data },
      { info: info('b', '2026-01-01T00:00:00.000Z'), data },
      { info: info('a', '2026-02-01T00:00:00.000Z'), data },
    ])!;
    expect(file.fields).toEqual([...PURCHASE_FIELDS]);
    expect(file.batches.map((b) => [b.id, b.rowCount])).toEqual([['b', 5], ['a', 5], ['c', 5]]);
    expect(file.rows.map((r) => r[0])).toEqual([...'bbbbbaaaaaccccc']);
  });

  it("reads a file's batches in its order, with the rows each really has, keeping an empty one", () => {
    const data = importBytes(csv, 'purchases').result.purchases!;
    const file = purchasesForFile([{ info: { id: 'x', sourceFile: 'x.csv', importedAt: '2026-01-01T00:00:00.000Z', rowCount: 5 }, data }])!;
    file.batches.push({ id: 'empty', sourceFile: 'e.csv', importedAt: '2025-01-01T00:00:00.000Z', rowCount: 7 });
    const back = batchesFromFile(file);
    expect(back.map((b) => [b.info.id, b.info.rowCount, b.data.chunks.length])).toEqual([['x', 5, 1], ['empty', 0, 0]]);
    expect(summariseBatch(back[0]!.data)).toMatchObject({ rowCount: 5, firstDay: data.firstDay, lastDay: data.lastDay, amountMinor: data.amountMinor, kg: data.kg });
    expect(purchasesForFile(back)!.rows).toEqual(file.rows);
  });
});
