/**
 * Reading one cell as a field's kind. CSV cells are text; XLSX cells may already be numbers,
 * booleans or dates (written as ISO text by the workbook reader). Every reader returns the value,
 * EMPTY for an empty cell, or INVALID when the text is not of the kind (the caller names the row
 * and field).
 */
import { parseDateCell, excelSerialToIso } from './dates';
import { normaliseHeader } from './fields';
import { parseNumberCell, type DecimalMark } from './numbers';
import { NO_WORDS, YES_WORDS } from './vocabulary/choices';

export type Cell = string | number | boolean | null;

export const EMPTY = Symbol('empty');
export const INVALID = Symbol('invalid');
export type Read<T> = T | typeof EMPTY | typeof INVALID;

export function isEmptyCell(c: Cell | undefined): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  return String(c);
}

/**
 * A number. The common case of an export — digits with at most one decimal mark and a minus —
 * is read without regular expressions (a million lines have two numbers each); anything else
 * goes through parseNumberCell (currency signs, groupings, minus forms).
 */
export function readNumber(c: Cell | undefined, decimal: DecimalMark): Read<number> {
  if (typeof c === 'number') return Number.isFinite(c) ? c : INVALID;
  if (typeof c === 'boolean') return INVALID;
  if (c === null || c === undefined) return EMPTY;
  const n = c.length;
  let plain = n > 0;
  let marks = 0;
  const mark = decimal.charCodeAt(0);
  for (let i = 0; i < n; i++) {
    const ch = c.charCodeAt(i);
    if (ch >= 48 && ch <= 57) continue;
    if (ch === mark && marks === 0 && i > 0 && i < n - 1) {
      marks++;
      continue;
    }
    if (ch === 45 && i === 0 && n > 1) continue;
    plain = false;
    break;
  }
  if (plain) return Number(decimal === ',' && marks ? c.replace(',', '.') : c);
  if (c.trim() === '') return EMPTY;
  const v = parseNumberCell(c, decimal);
  return v === null ? INVALID : v;
}

/** Money in major units to integer minor units (öre, øre, cent), rounded half away from zero. */
export function toMinor(major: number): number {
  const m = Math.round(Math.abs(major) * 100);
  return major < 0 ? -m : m;
}

/** A share: 0.9, "90 %", "90%", or 90 (above 1 and at most 100 is read as per cent). */
export function readShare(c: Cell | undefined, decimal: DecimalMark): Read<number> {
  if (typeof c === 'string' && /%\s*$/.test(c)) {
    const v = readNumber(c.replace(/%\s*$/, ''), decimal);
    return typeof v === 'number' ? v / 100 : v;
  }
  const v = readNumber(c, decimal);
  if (typeof v !== 'number') return v;
  return v > 1 && v <= 100 ? v / 100 : v;
}

/** A date as ISO text; XLSX serial day numbers are read too. */
export function readDate(c: Cell | undefined): Read<string> {
  if (typeof c === 'number') return excelSerialToIso(c) ?? INVALID;
  if (typeof c === 'boolean') return INVALID;
  if (c === null || c === undefined || c.trim() === '') return EMPTY;
  return parseDateCell(c) ?? INVALID;
}

const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);

/** Yes or no in any of the four languages; an empty cell is no (exports mark only what is). */
export function readYesNo(c: Cell | undefined): Read<boolean> {
  if (typeof c === 'boolean') return c;
  if (typeof c === 'number') return c === 1 ? true : c === 0 ? false : INVALID;
  if (c === null || c === undefined) return false;
  const s = c.length <= 3 ? c.trim().toLowerCase() : normaliseHeader(c);
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return INVALID;
}

/** One of a closed vocabulary: the value's code, or one of its words. */
export function readChoice<T extends string>(c: Cell | undefined, words: Record<T, readonly string[]>): Read<T> {
  const text = cellText(c);
  if (text === '') return EMPTY;
  const s = normaliseHeader(text);
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][]) {
    if (s === value.toLowerCase() || s === value.replace(/_/g, ' ').toLowerCase() || list.includes(s)) return value;
  }
  return INVALID;
}

/** Several names in one cell, separated by commas, semicolons, slashes or line breaks. */
export function readList(c: Cell | undefined): string[] {
  return cellText(c)
    .split(/[,;/\n|]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Days since 1970-01-01 of an ISO date (the storage of purchase-line dates). */
export function isoToDay(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function dayToYear(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}
