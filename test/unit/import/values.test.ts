import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateCell, excelSerialToIso } from '../../../shared/import/dates';
import { detectEncoding, decodeText, isValidUtf8, looksBinary, isZip } from '../../../shared/import/encoding';
import { detectDecimalMark, parseNumberCell } from '../../../shared/import/numbers';

describe('reading numbers from exports', () => {
  it.each([
    ['1 234,50', ',', 1234.5],
    ['1\u00a0234,50', ',', 1234.5],
    ['1\u202f234,5', ',', 1234.5],
    ['1.234.567,89', ',', 1234567.89],
    ['1,234,567.89', '.', 1234567.89],
    ["1'234.5", '.', 1234.5],
    ['99,00 kr', ',', 99],
    ['kr 99,00', ',', 99],
    ['99:-', ',', 99],
    ['€ 12.50', '.', 12.5],
    ['12,50 €', ',', 12.5],
    ['SEK 1 000', ',', 1000],
    ['−12,5', ',', -12.5],
    ['12,5-', ',', -12.5],
    ['(12,5)', ',', -12.5],
    ['0', ',', 0],
    [',5', ',', 0.5],
  ] as const)('reads %j with decimal %j as %d', (text, decimal, expected) => {
    expect(parseNumberCell(text, decimal)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['12o', ','],
    ['1.23.4', ','],
    ['1,2,3', '.'],
    ['', ','],
    ['abc', '.'],
    ['12,5,6', ','],
    ['1.23', ','],
  ] as const)('rejects %j with decimal %j', (text, decimal) => {
    expect(parseNumberCell(text, decimal)).toBeNull();
  });

  it('reads back what a Nordic or English spreadsheet writes (10,000 generated values)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('sv-SE', 'da-DK', 'fi-FI', 'en-GB', 'de-CH'), (whole, cents, locale) => {
        const value = whole + (whole < 0 ? -cents : cents) / 100;
        const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
        const decimal = locale === 'en-GB' || locale === 'de-CH' ? '.' : ',';
        expect(parseNumberCell(text, decimal)).toBeCloseTo(value, 6);
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws and never returns a non-finite number (10,000 generated texts)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom(',', '.'), (text, decimal) => {
        const v = parseNumberCell(text, decimal);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('guesses a column decimal mark from its values', () => {
    expect(detectDecimalMark(['12,50', '1 234,5', '7'])).toBe(',');
    expect(detectDecimalMark(['12.50', '1,234.5', '7'])).toBe('.');
    // 1.234 alone is ambiguous: the Nordic default holds.
    expect(detectDecimalMark(['1.234', '5'])).toBe(',');
  });
});

describe('reading dates from exports', () => {
  it.each([
    ['31.12.2025', '2025-12-31'],
    ['2025-12-31', '2025-12-31'],
    ['31/12/2025', '2025-12-31'],
    ['1.2.2025', '2025-02-01'],
    ['2025-02-01 13:45', '2025-02-01'],
    ['29.02.2024', '2024-02-29'],
  ])('reads %j', (text, expected) => {
    expect(parseDateCell(text)).toBe(expected);
  });

  it.each(['29.02.2025', '32.1.2025', '2025-13-01', '12/31/2025', 'igår', ''])('rejects %j', (text) => {
    expect(parseDateCell(text)).toBeNull();
  });

  it('reads back every date in the three written forms (10,000 generated dates)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }), (d) => {
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const day = d.getUTCDate();
        const isoText = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(parseDateCell(`${day}.${m}.${y}`)).toBe(isoText);
        expect(parseDateCell(isoText)).toBe(isoText);
        expect(parseDateCell(`${String(day).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`)).toBe(isoText);
      }),
      { numRuns: 10_000 },
    );
  });

  it('converts Excel serial days', () => {
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
  });
});

describe('encodings and binary files', () => {
  const utf8 = new TextEncoder().encode('Björk;Æble;Öland');
  const cp1252 = new Uint8Array([0x42, 0x6a, 0xf6, 0x72, 0x6b, 0x3b, 0xc6, 0x62, 0x6c, 0x65]); // "Björk;Æble"

  it('detects UTF-8 with and without a byte-order mark, and Windows-1252', () => {
    expect(detectEncoding(utf8)).toEqual({ encoding: 'utf-8', bom: false });
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ encoding: 'utf-8', bom: true });
    expect(detectEncoding(cp1252)).toEqual({ encoding: 'windows-1252', bom: false });
    expect(decodeText(cp1252, 'windows-1252')).toBe('Björk;Æble');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8')).toBe('Björk;Æble;Öland');
  });

  it('knows valid UTF-8 from invalid', () => {
    expect(isValidUtf8(utf8)).toBe(true);
    expect(isValidUtf8(new Uint8Array([0xc3]))).toBe(false);
    expect(isValidUtf8(new Uint8Array([0xff, 0x41]))).toBe(false);
  });

  it('recognises binary files and spreadsheets renamed .csv', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe(true);
    expect(looksBinary(utf8)).toBe(false);
    expect(isZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe(true);
  });
});
