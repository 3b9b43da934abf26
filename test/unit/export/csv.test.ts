/**
 * The CSV writer: the dialect the user chose, a byte-order mark, quoting where needed, formulas
 * neutralised; and what it writes, the app's own CSV reader (shared/import) reads back with the
 * same dialect to the same table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, defaultDialect, formatCsvNumber, neutralise, writeCsv, type CsvCell, type CsvDialect } from '../../../shared/export/csv';
import { parseCsv } from '../../../shared/import/csv';
import { parseNumberCell } from '../../../shared/import/numbers';

/** Reads a file the way the import does: without the byte-order mark, with the same delimiter. */
function readBack(text: string, dialect: CsvDialect): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const { rows, errors } = parseCsv(text.slice(1), dialect.delimiter);
  expect(errors).toEqual([]);
  return rows;
}

const DIALECTS: CsvDialect[] = [
  { delimiter: ';', decimal: ',' },
  { delimiter: ',', decimal: '.' },
  { delimiter: '\t', decimal: ',' },
  { delimiter: ',', decimal: ',' },
  { delimiter: ';', decimal: '.' },
];

describe('writing CSV', () => {
  it('writes the Nordic default: semicolons, decimal comma, BOM, CRLF', () => {
    const text = writeCsv(
      [
        ['Kök', 'Luncher', 'Pris (kr)'],
        ['Björkens skola', 1234.5, { fixed: 1234567 / 100, decimals: 2 }],
        ['Æblegården; Ø', null, -3],
      ],
      { delimiter: ';', decimal: ',' },
    );
    expect(text).toBe('\uFEFFKök;Luncher;Pris (kr)\r\nBjörkens skola;1234,5;12345,67\r\n"Æblegården; Ø";;-3\r\n');
  });

  it('quotes fields with the delimiter, quotes or line breaks, and a decimal comma when the delimiter is a comma', () => {
    const d: CsvDialect = { delimiter: ',', decimal: ',' };
    expect(csvField('a,b', d)).toBe('"a,b"');
    expect(csvField('say "hi"', d)).toBe('"say ""hi"""');
    expect(csvField('two\nlines', d)).toBe('"two\nlines"');
    expect(csvField(2.5, d)).toBe('"2,5"');
    expect(csvField('a;b', d)).toBe('a;b');
  });

  it('neutralises text that a spreadsheet would run as a formula, never numbers', () => {
    for (const s of ['=1+1', '+46 8 123', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(s)).toBe(`'${s}`);
    expect(neutralise('Kommun = bra')).toBe('Kommun = bra');
    expect(csvField('=HYPERLINK("http://x")', { delimiter: ';', decimal: ',' })).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField(-2, { delimiter: ';', decimal: ',' })).toBe('-2');
  });

  it('writes numbers without grouping and never as -0', () => {
    expect(formatCsvNumber(1234567.891, ',')).toBe('1234567,891');
    expect(formatCsvNumber(-0, '.')).toBe('0');
    expect(formatCsvNumber(-0.001, ',', 2)).toBe('0,00');
    expect(formatCsvNumber(12345 / 100, '.', 2)).toBe('123.45');
  });

  it('money from integer minor units is exact to the öre', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_000_000_000_000, max: 9_000_000_000_000 }), (minor) => {
        const s = formatCsvNumber(minor / 100, '.', 2);
        const sign = minor < 0 ? '-' : '';
        const abs = Math.abs(minor);
        expect(s).toBe(`${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`);
      }),
    );
  });

  it('defaults to semicolon and decimal comma in sv, da and fi, comma and point in en', () => {
    expect(defaultDialect('sv')).toEqual({ delimiter: ';', decimal: ',' });
    expect(defaultDialect('da')).toEqual({ delimiter: ';', decimal: ',' });
    expect(defaultDialect('fi')).toEqual({ delimiter: ';', decimal: ',' });
    expect(defaultDialect('en')).toEqual({ delimiter: ',', decimal: '.' });
  });
});

describe('reading back what was written', () => {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('a;b', 'a,b', 'x"y', 'line\nbreak', 'cr\r\nlf', '', ' ', 'å ä ö æ ø', '=SUM(A1)', '-x', '+46', '@me', '\tt', "'q"),
  );
  const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(0, -1.5, 1e21, 1e-7));
  const cell: fc.Arbitrary<CsvCell> = fc.oneof(text, number, fc.constant(null));
  // A one-column row with an empty field is a blank line, which readers (ours and Excel) skip:
  // tables get at least two columns here.
  const table = fc.integer({ min: 2, max: 5 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }));

  for (const dialect of DIALECTS) {
    it(`gives the same table in the dialect ${JSON.stringify(dialect)}`, () => {
      fc.assert(
        fc.property(table, (rows) => {
          const read = readBack(writeCsv(rows, dialect), dialect);
          expect(read).toHaveLength(rows.length);
          rows.forEach((row, r) =>
            row.forEach((c, i) => {
              const got = read[r]![i]!;
              if (c === null) expect(got).toBe('');
              else if (typeof c === 'string') expect(got).toBe(neutralise(c));
              else if (typeof c === 'number') expect(parseNumberCell(got, dialect.decimal)).toBe(c === 0 ? 0 : c);
            }),
          );
        }),
        { numRuns: 300 },
      );
    });
  }
});
