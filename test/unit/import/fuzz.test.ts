/**
 * Fuzzing the file readers and the whole import path with fast-check: 10,000 generated inputs in
 * all (random bytes, random tables in random dialects and encodings, random chunkings, random
 * spreadsheet cell values). None may throw or hang, and every rejection must be a sentence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORY_RULES } from '../../../shared/import/categoryRules';
import type { Cell } from '../../../shared/import/cells';
import { CsvParser, type Delimiter } from '../../../shared/import/csv';
import { IMPORT_TARGETS, fieldsOf, type ImportTarget } from '../../../shared/import/fields';
import { headerWords } from '../../../shared/import/fields';
import { PROBLEM_CODES, problemSentence, type ImportProblem } from '../../../shared/import/problems';
import { runRows } from '../../../shared/import/run';
import { xlsxValue } from '../../../shared/import/xlsx';
import { guessMapping } from '../../../shared/import/mapping';
import { cp1252, importBytes, testId, testPlan, utf8 } from './helpers';

const plan = testPlan();

function expectSentences(problems: readonly ImportProblem[]) {
  for (const p of problems) {
    expect(PROBLEM_CODES).toContain(p.code);
    const s = problemSentence(p, 'fil.csv');
    expect(s.startsWith('fil.csv')).toBe(true);
    // The sentence quotes the user's cell as written (which may well be the text "NaN"); everything
    // else in it must be words, not a leaked undefined, NaN or [object Object].
    const own = p.value === undefined ? s : s.split(`“${p.value}”`).join('“…”');
    expect(own).not.toMatch(/undefined|NaN|\[object/);
    expect(s.endsWith('.')).toBe(true);
  }
}

const tricky = fc.constantFrom('"', ';', ',', '\t', '\n', '\r\n', ' ', '\u00a0', '1', '2', '0', ',5', '.5', '-', '%', 'kr', '€', 'å', 'Ö', 'æ', 'Ja', 'x', '2025-01-02', '31.12.2025', 'kg', 'st');
const cellText = fc.oneof(fc.string({ maxLength: 8 }), fc.array(tricky, { maxLength: 6 }).map((a) => a.join('')));

describe('fuzzing the readers', () => {
  it('reads any bytes as a file without throwing (10,000 inputs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom<ImportTarget>(...IMPORT_TARGETS), (bytes, target) => {
        const { result } = importBytes(bytes, target, { plan, createMissingSuppliers: true });
        expectSentences(result.problems.listed);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('imports random tables in random dialects and encodings without throwing (4,000 inputs)', () => {
    const table = fc.record({
      target: fc.constantFrom<ImportTarget>(...IMPORT_TARGETS),
      delimiter: fc.constantFrom<Delimiter>(';', ',', '\t'),
      quoteAll: fc.boolean(),
      encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
      rows: fc.array(fc.array(cellText, { minLength: 1, maxLength: 8 }), { maxLength: 12 }),
      crlf: fc.boolean(),
    });
    fc.assert(
      fc.property(table, ({ target, delimiter, quoteAll, encoding, rows, crlf }) => {
        // A header the mapping recognises, so that rows reach the field readers.
        const header = fieldsOf(target).map((f) => headerWords(target, f.id)[0] ?? f.id);
        const esc = (s: string) => (quoteAll || /[";,\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
        const text = [header, ...rows].map((r) => r.map(esc).join(delimiter)).join(crlf ? '\r\n' : '\n');
        const safe = [...text].map((ch) => (ch.charCodeAt(0) < 0x100 ? ch : '?')).join('');
        const bytes = encoding === 'windows-1252' ? cp1252(safe) : utf8(text, encoding === 'utf-8-bom');
        const { result } = importBytes(bytes, target, { plan, createMissingSuppliers: true, slice: 5 });
        expectSentences(result.problems.listed);
        if (result.problems.errors === 0 && target === 'purchases') expect(result.purchases!.rowCount).toBe(result.rows);
      }),
      { numRuns: 4000 },
    );
  }, 180_000);

  it('parses any text the same whatever the chunks (2,000 inputs)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom<Delimiter>(';', ',', '\t'), (parts, chunk, delimiter) => {
        const text = parts.join('');
        const whole: string[][] = [];
        const a = new CsvParser(delimiter, (r) => whole.push(r));
        a.push(text);
        a.end();
        const pieces: string[][] = [];
        const b = new CsvParser(delimiter, (r) => pieces.push(r));
        for (let i = 0; i < text.length; i += chunk) b.push(text.slice(i, i + chunk));
        b.end();
        expect(pieces).toEqual(whole);
        expect(b.errors).toEqual(a.errors);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('reads any spreadsheet cell values without throwing (1,000 inputs)', () => {
    const value = fc.oneof(fc.anything(), fc.date(), fc.record({ result: fc.anything() }), fc.record({ richText: fc.array(fc.record({ text: fc.string() })) }), fc.double());
    fc.assert(
      fc.property(fc.constantFrom<ImportTarget>(...IMPORT_TARGETS), fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 8 }), (target, raw) => {
        const rows: Cell[][] = raw.map((r) => r.map(xlsxValue));
        for (const r of rows) for (const c of r) expect(c === null || ['string', 'number', 'boolean'].includes(typeof c)).toBe(true);
        const headers = fieldsOf(target).map((f) => headerWords(target, f.id)[0] ?? f.id);
        const mapping = guessMapping(target, headers);
        const result = runRows(
          { target, mapping, columnCount: headers.length, decimal: ',', encoding: 'utf-8', delimiter: ';', fileName: 'bok.xlsx', plan, categoryRules: DEFAULT_CATEGORY_RULES, pieceRules: [], createMissingSuppliers: false, newId: testId },
          [headers, ...rows],
        );
        expectSentences(result.problems.listed);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
