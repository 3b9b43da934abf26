/**
 * Writing CSV that the Nordic spreadsheet programs open correctly: the user's delimiter and
 * decimal mark (semicolon and decimal comma are Excel's default in Sweden, Denmark and Finland),
 * a UTF-8 byte-order mark so that Excel reads å, ä, ö, æ and ø as UTF-8 and not as the machine's
 * ANSI code page, CRLF line ends (RFC 4180), and quoting only where a field needs it.
 *
 * Text that a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return)
 * is prefixed with an apostrophe: plan data is typed by people and may come from imported files,
 * and a cell like `=HYPERLINK(…)` must stay text when a colleague opens the export.
 *
 * What this writes, shared/import/csv.ts reads back to the same fields (tested with fast-check).
 */

export type CsvDelimiter = ';' | ',' | '\t';
export type CsvDecimalMark = ',' | '.';

export interface CsvDialect {
  delimiter: CsvDelimiter;
  decimal: CsvDecimalMark;
}

/** A number written with exactly `decimals` decimals (money in major units: 2). */
export interface FixedNumber {
  fixed: number;
  decimals: number;
}

/** Text (neutralised and quoted as needed), a number (in the dialect's decimal mark), or empty. */
export type CsvCell = string | number | FixedNumber | null;

export const BYTE_ORDER_MARK = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula or a command. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that would start a formula gets a leading apostrophe, which spreadsheets show as text. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A number in the dialect: no thousands separators, the chosen decimal mark, never "-0". */
export function formatCsvNumber(value: number, decimal: CsvDecimalMark, decimals?: number): string {
  if (!Number.isFinite(value)) return '';
  const v = value === 0 ? 0 : value;
  let s = decimals === undefined ? String(v) : v.toFixed(decimals);
  // toFixed of a tiny negative number can give "-0.00".
  if (/^-0(\.0*)?$/.test(s)) s = s.slice(1);
  return decimal === ',' ? s.replace('.', ',') : s;
}

function quoteIfNeeded(field: string, delimiter: CsvDelimiter): string {
  return field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** One cell as it appears in the file. */
export function csvField(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return quoteIfNeeded(formatCsvNumber(cell, dialect.decimal), dialect.delimiter);
  if (typeof cell === 'object') return quoteIfNeeded(formatCsvNumber(cell.fixed, dialect.decimal, cell.decimals), dialect.delimiter);
  return quoteIfNeeded(neutralise(cell), dialect.delimiter);
}

/** The whole file as text, starting with the byte-order mark; encode it as UTF-8. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map((cell) => csvField(cell, dialect)).join(dialect.delimiter) + '\r\n').join('');
}

/** The usual dialect for a language: semicolon and decimal comma in the Nordic languages. */
export function defaultDialect(language: 'sv' | 'da' | 'fi' | 'en'): CsvDialect {
  return language === 'en' ? { delimiter: ',', decimal: '.' } : { delimiter: ';', decimal: ',' };
}
