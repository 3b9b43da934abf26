/**
 * Excel number formats for the export's cell kinds. Format codes always use the invariant marks
 * (',' groups, '.' is the decimal point); Excel shows them with the reader's own separators, so a
 * Swedish Excel shows 1 234,50 kr and an English one 1,234.50 kr. Currency signs are literal
 * text in the code: the workbook must say kronor or euro whatever the reader's locale.
 */
import type { Currency, Language } from '../../../shared/model/enums';

const CURRENCY_SIGN: Record<Currency, string> = { SEK: 'kr', DKK: 'kr.', EUR: '€' };

export function moneyFormat(currency: Currency, decimals: 0 | 2): string {
  return `#,##0${decimals ? '.00' : ''} "${CURRENCY_SIGN[currency]}"`;
}

export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

/** Each language's everyday short date, as its readers write it. */
const DATE_FORMAT: Record<Language, string> = { sv: 'yyyy-mm-dd', da: 'dd-mm-yyyy', fi: 'd.m.yyyy', en: 'dd/mm/yyyy' };

export function dateFormat(language: Language): string {
  return DATE_FORMAT[language];
}

/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\ , unique in the book. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = clean;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${clean.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}
