/**
 * Fuzzing the workbook reader (renderer/src/import/xlsxReader.ts, exceljs underneath) with 10,000
 * inputs: random bytes, a valid purchase-line workbook damaged at random places (bytes changed, cut
 * short, junk inserted), and valid workbooks of random sheets and cell values. It must never throw
 * or hang: it says the file is unreadable, or that the sheet is not there, or gives rows of plain
 * cells that the import then turns into stored values or sentences.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORY_RULES } from '../../../shared/import/categoryRules';
import { guessMapping } from '../../../shared/import/mapping';
import { PROBLEM_CODES, problemSentence } from '../../../shared/import/problems';
import { runRows } from '../../../shared/import/run';
import { readWorkbook, type WorkbookRead } from '../../../renderer/src/import/xlsxReader';
import { testId, testPlan } from './helpers';

const plan = testPlan();
let valid: Uint8Array;

beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Inköp 2025');
  ws.addRow(['Datum', 'Leverantör', 'Artikel', 'Kategori', 'Mängd', 'Enhet', 'Belopp', 'Ekologisk', 'Ursprung']);
  for (let i = 0; i < 40; i++) ws.addRow([new Date(Date.UTC(2025, i % 12, 1 + (i % 28))), `Lev ${i % 5}`, `Mjölk ${i}`, 'dairy', 10 + i / 4, 'kg', 1234.5 + i, i % 3 === 0 ? 'Ja' : 'Nej', 'Sverige']);
  valid = new Uint8Array(await book.xlsx.writeBuffer());
});

/** What a reader result may be, and the whole import of its rows gives sentences, never throws. */
function expectSound(r: WorkbookRead): void {
  if (!r.ok) {
    expect(['unreadableXlsx', 'noSheet']).toContain(r.code);
    return;
  }
  expect(r.rows.length).toBe(r.lines.length);
  for (const row of r.rows) for (const c of row) expect(c === null || ['string', 'number', 'boolean'].includes(typeof c)).toBe(true);
  if (r.rows.length === 0) return;
  const headers = r.rows[0]!.map((c) => (c === null ? '' : String(c)));
  const result = runRows(
    { target: 'purchases', mapping: guessMapping('purchases', headers), columnCount: headers.length, decimal: ',', encoding: 'utf-8', delimiter: ';', fileName: 'inköp.xlsx', plan, categoryRules: DEFAULT_CATEGORY_RULES, pieceRules: [], createMissingSuppliers: true, newId: testId },
    r.rows,
  );
  for (const p of result.problems.listed) {
    expect(PROBLEM_CODES).toContain(p.code);
    expect(problemSentence(p, 'inköp.xlsx').startsWith('inköp.xlsx')).toBe(true);
  }
}

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

describe('fuzzing the workbook reader', () => {
  it('reads the undamaged workbook', async () => {
    const r = await readWorkbook(buffer(valid));
    expect(r.ok && r.rows.length).toBe(41);
    expectSound(r);
  });

  it('any bytes (2,000 inputs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.uint8Array({ maxLength: 60 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b]))), async (bytes) => {
        expectSound(await readWorkbook(buffer(bytes)));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('a valid workbook damaged at random places (6,000 inputs)', async () => {
    const damage = fc.oneof(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }).map((edits) => (b: Uint8Array) => {
        const c = b.slice();
        for (const [at, v] of edits) c[at % c.length] = v;
        return c;
      }),
      fc.nat().map((cut) => (b: Uint8Array) => b.slice(0, cut % b.length)),
      fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 50 })).map(([at, junk]) => (b: Uint8Array) => {
        const i = at % b.length;
        return Uint8Array.from([...b.subarray(0, i), ...junk, ...b.subarray(i)]);
      }),
    );
    let readable = 0;
    await fc.assert(
      fc.asyncProperty(damage, fc.option(fc.constantFrom('Inköp 2025', 'Blad1', ''), { nil: undefined }), async (d, sheet) => {
        const r = await readWorkbook(buffer(d(valid)), sheet);
        if (r.ok) readable++;
        expectSound(r);
      }),
      { numRuns: 6000 },
    );
    // Some damage falls where it does not matter (or on data the reader tolerates); most does not.
    expect(readable).toBeGreaterThan(0);
  }, 300_000);

  it('valid workbooks of random sheets and cells (2,000 inputs)', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true, min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 0, 1)) }), fc.constantFrom('=1+1', '1 234,50', '31.12.2025', 'Ja', '€ 12,00'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 10 }), fc.string({ minLength: 1, maxLength: 20 }), async (rows, name) => {
        const book = new ExcelJS.Workbook();
        let ws: ExcelJS.Worksheet;
        try {
          ws = book.addWorksheet(name);
        } catch {
          ws = book.addWorksheet('Blad1'); // a name Excel does not allow ([ ] * ? / \ :, too long)
        }
        for (const r of rows) ws.addRow(r);
        const bytes = new Uint8Array(await book.xlsx.writeBuffer());
        const r = await readWorkbook(buffer(bytes));
        expect(r.ok).toBe(true);
        expectSound(r);
      }),
      { numRuns: 2000 },
    );
  }, 300_000);
});
