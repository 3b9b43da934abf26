import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsv, sniffDelimiter, type Delimiter } from '../../../shared/import/csv';

describe('reading CSV', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'namn;kommentar\r\n"Björk; skolan";"sa ""hej""\r\nrad två"\r\nEk;enkel\r\n';
    const { rows, lines, errors } = parseCsv(text, ';');
    expect(rows).toEqual([
      ['namn', 'kommentar'],
      ['Björk; skolan', 'sa "hej"\r\nrad två'],
      ['Ek', 'enkel'],
    ]);
    expect(lines).toEqual([1, 2, 4]);
    expect(errors).toEqual([]);
  });

  it('skips blank lines and keeps empty fields', () => {
    expect(parseCsv('a,,c\n\n,,\n', ',').rows).toEqual([['a', '', 'c'], ['', '', '']]);
  });

  it('says where a quoted field never ends (a truncated file)', () => {
    const { errors } = parseCsv('a;b\n1;"open\n2;3\n', ';');
    expect(errors).toEqual([{ code: 'unclosedQuote', line: 2 }]);
  });

  it('gives the same rows whatever the chunks it is fed in', () => {
    const field = fc.oneof(fc.string(), fc.constantFrom('a;b', 'x"y', 'line\nbreak', '', 'å ä ö æ ø'));
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 7 }), (table, chunk) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = table.map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n';
        const rows: string[][] = [];
        const p = new CsvParser(';', (r) => rows.push(r));
        for (let i = 0; i < text.length; i += chunk) p.push(text.slice(i, i + chunk));
        expect(p.end()).toBe(true);
        // Rows that were a single empty field are blank lines and skipped.
        expect(rows).toEqual(table.filter((r) => !(r.length === 1 && r[0] === '')));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('guessing the delimiter', () => {
  it.each([
    [';', 'Datum;Leverantör;Belopp\n2025-01-02;Arla;1 234,50\n2025-01-03;Lantmännen;99,00\n'],
    [',', 'date,supplier,amount\n2025-01-02,Arla,1234.50\n2025-01-03,"Lantmännen, Unibake",99.00\n'],
    ['\t', 'pvm\ttoimittaja\tsumma\n2.1.2025\tValio\t1 234,50\n'],
  ] as [Delimiter, string][])('finds %j', (delimiter, text) => {
    expect(sniffDelimiter(text)).toEqual({ delimiter, confident: true });
  });

  it('is not confident when lines disagree', () => {
    expect(sniffDelimiter('a;b\nc,d,e\nf\n').confident).toBe(false);
  });
});
