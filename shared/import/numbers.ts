/**
 * Numbers as spreadsheets and invoice systems export them: a decimal comma or point; thousands
 * grouped with spaces, no-break spaces, apostrophes, or the other mark; currency signs and codes
 * (kr, kr., SEK, DKK, €, EUR, :-); minus written -, −, trailing or in parentheses.
 */

export type DecimalMark = ',' | '.';

const SPACES = /[\s\u00a0\u202f\u2009\u2007'\u2019]/g;
const CURRENCY = /SEK|DKK|EUR|NOK|kr\.?|€|:-/gi;
const GROUPED: Record<DecimalMark, RegExp> = { ',': /^\d{1,3}(,\d{3})+$/, '.': /^\d{1,3}(\.\d{3})+$/ };

/**
 * Reads a number written with the given decimal mark. Returns null when the text is not a
 * number (so that the import can say which row and field, and keep the text).
 */
export function parseNumberCell(raw: string, decimal: DecimalMark): number | null {
  let s = raw.trim();
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(CURRENCY, ' ').trim();
  s = s.replace(/\u2212/g, '-');
  if (s.endsWith('-') && !s.startsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  s = s.replace(SPACES, '');
  const group = decimal === ',' ? '.' : ',';
  if (s.includes(group)) {
    // The other mark groups thousands, only in groups of three: 1.234.567,89 / 1,234,567.89.
    const parts = s.split(decimal);
    const intPart = parts[0]!;
    if (parts.length > 2 || !GROUPED[group].test(intPart)) return null;
    s = intPart.split(group).join('') + (parts.length === 2 ? decimal + parts[1]! : '');
  }
  if (decimal === ',') s = s.replace(',', '.');
  if (!/^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const value = Number(s);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/**
 * Guesses a column's decimal mark from its values: a mark followed by one, two or more than three
 * digits at the end can only be decimal; three digits is ambiguous (1.234) and does not count.
 * When nothing decides, the Nordic default (comma) holds.
 */
export function detectDecimalMark(samples: readonly string[]): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const raw of samples) {
    const s = raw.replace(SPACES, '').replace(CURRENCY, '');
    const lastComma = s.lastIndexOf(',');
    const lastPoint = s.lastIndexOf('.');
    if (lastComma >= 0 && lastPoint >= 0) {
      if (lastComma > lastPoint) comma++;
      else point++;
      continue;
    }
    const mark = lastComma >= 0 ? ',' : lastPoint >= 0 ? '.' : null;
    if (!mark) continue;
    const after = s.length - 1 - Math.max(lastComma, lastPoint);
    if (after !== 3) {
      if (mark === ',') comma++;
      else point++;
    }
  }
  return point > comma ? '.' : ',';
}
