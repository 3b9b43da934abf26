import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../shared/format';
import { parseLocaleNumber } from '../../../shared/format/parse';
import { LANGUAGES } from '../../../shared/model/enums';

describe('reading numbers as people type them', () => {
  it.each([
    ['sv', '1 234,5', 1234.5],
    ['sv', '1\u00a0234,5', 1234.5],
    ['fi', '12,5', 12.5],
    ['fi', '12.5', 12.5],
    ['da', '1.234,5', 1234.5],
    ['da', '1.234', 1234],
    ['da', '12,5', 12.5],
    ['en', '1,234.5', 1234.5],
    ['en', '−3', -3],
    ['sv', '0', 0],
  ] as const)('reads %s "%s" as %d', (language, text, expected) => {
    expect(parseLocaleNumber(text, language)).toBe(expected);
  });

  it.each([
    ['sv', '12o'],
    ['sv', ''],
    ['en', '1,23'],
    ['sv', '1,2.3'],
    ['en', 'abc'],
    ['da', '1..2'],
  ] as const)('rejects %s "%s"', (language, text) => {
    expect(parseLocaleNumber(text, language)).toBeNull();
  });

  it('reads back every number it formats, in every language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.double({ min: -1e9, max: 1e9, noNaN: true }), (language, value) => {
        const f = createFormatter(language);
        const rounded = Math.round(value * 100) / 100;
        expect(parseLocaleNumber(f.number(rounded, 2), language)).toBeCloseTo(rounded, 2);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.string(), (language, text) => {
        const v = parseLocaleNumber(text, language);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatting for the chosen language', () => {
  it('formats money from minor units in each locale', () => {
    expect(createFormatter('sv').money(123456789, 'SEK')).toBe('1\u00a0234\u00a0568\u00a0kr');
    expect(createFormatter('en').money(123456, 'EUR', 2)).toBe('€1,234.56');
    expect(createFormatter('fi').money(123456, 'EUR', 2)).toBe('1\u00a0234,56\u00a0€');
    expect(createFormatter('da').money(100, 'DKK', 2)).toBe('1,00\u00a0kr.');
  });

  it('formats dates as calendar dates, whatever the time zone', () => {
    expect(createFormatter('sv').date('2027-03-01')).toBe('2027-03-01');
    expect(createFormatter('fi').date('2027-03-01')).toBe('01.03.2027');
    expect(createFormatter('da').date('2027-03-01')).toBe('01.03.2027');
    expect(createFormatter('en').date('2027-03-01')).toBe('01/03/2027');
  });

  it('formats shares as percentages', () => {
    expect(createFormatter('sv').percent(0.254)).toBe('25\u00a0%');
    expect(createFormatter('en').percent(0.254, 1)).toBe('25.4%');
  });
});
