/**
 * Export tables as CSV: a register and the report's tables, written in each dialect and read
 * back with the app's own CSV reader, give the same table: text as it is (formulas neutralised),
 * money to the minor unit, shares as percentages, dates as ISO dates.
 */
import { describe, expect, it } from 'vitest';
import { writeCsv, type CsvDialect } from '../../../shared/export/csv';
import { parseCsv } from '../../../shared/import/csv';
import { parseNumberCell } from '../../../shared/import/numbers';
import { registerTable, REGISTER_IDS } from '../../../renderer/src/exports/registerTables';
import { yearRanges } from '../../../renderer/src/exports/reportTables';
import { csvRows, type Cell, type Table } from '../../../renderer/src/exports/table';
import { demoPlan, fixedT, reportOf } from './support';

const yesNo = { yes: 'Ja', no: 'Nej' };

function expectRoundTrip(table: Table, dialect: CsvDialect) {
  const text = writeCsv(csvRows(table, yesNo), dialect);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const { rows, errors } = parseCsv(text.slice(1), dialect.delimiter);
  expect(errors).toEqual([]);
  expect(rows).toHaveLength(table.rows.length + 1);
  expect(rows[0]!.map((h) => h.replace(/ \(%\)$/, ''))).toEqual(table.columns.map((c) => c.header.replace(/^([=+\-@])/, "'$1")));
  table.rows.forEach((row, r) =>
    row.forEach((c: Cell, i) => {
      const got = rows[r + 1]![i]!;
      const n = () => parseNumberCell(got, dialect.decimal);
      switch (c.kind) {
        case 'text': {
          const text = /^[=+\-@\t\r]/.test(c.text) ? `'${c.text}` : c.text;
          // A row label of percentages in a transposed table says "%".
          expect(got.replace(/ \(%\)$/, '')).toBe(text);
          break;
        }
        case 'money':
          expect(Math.round(n()! * 100)).toBe(Math.round(c.minor));
          break;
        case 'percent':
          expect(n()! / 100).toBeCloseTo(c.share, 12);
          break;
        case 'number':
        case 'integer':
          expect(n()).toBe(c.value);
          break;
        case 'date':
          expect(got).toBe(c.iso);
          break;
        case 'bool':
          expect(got).toBe(c.value ? 'Ja' : 'Nej');
          break;
        case 'empty':
          expect(got).toBe('');
      }
    }),
  );
}

const DIALECTS: CsvDialect[] = [
  { delimiter: ';', decimal: ',' },
  { delimiter: ',', decimal: '.' },
  { delimiter: '\t', decimal: ',' },
];

describe('tables as CSV', async () => {
  const plan = demoPlan('stockholm-malardalen');
  const t = await fixedT('sv');

  for (const dialect of DIALECTS) {
    it(`reads every register back to the same table (${JSON.stringify(dialect)})`, () => {
      for (const id of REGISTER_IDS) expectRoundTrip(registerTable(id, plan, t, 'sv'), dialect);
    });
  }

  it('reads the report’s tables back to the same table', async () => {
    const { content } = await reportOf(plan, 'sv');
    for (const table of [content.summary, content.trajectory, content.heldBack, content.capacity, content.budgetByOrganisation]) {
      expect(table.rows.length, table.id).toBeGreaterThan(0);
      for (const dialect of DIALECTS) expectRoundTrip(table, dialect);
    }
  });

  it('marks percentage columns in the CSV header, and percentage rows of a transposed table', async () => {
    const rows = csvRows(registerTable('kitchens', plan, t, 'sv'), yesNo);
    expect(rows[0]).toContain('Närvaro (%)');
    const { content } = await reportOf(plan, 'sv');
    const summary = csvRows(content.summary, yesNo);
    expect(summary[0]!.some((h) => typeof h === 'string' && h.includes('%'))).toBe(false);
    expect(summary.map((r) => r[0])).toContain('Lokal andel (efter värde), 2032 (%)');
    expect(summary.map((r) => r[0])).toContain('Total kostnad, 2032');
  });
});

describe('year ranges', () => {
  it('joins consecutive years', () => {
    expect(yearRanges([2027, 2028, 2029, 2031, 2033, 2034])).toBe('2027–2029, 2031, 2033–2034');
    expect(yearRanges([])).toBe('');
  });
});
