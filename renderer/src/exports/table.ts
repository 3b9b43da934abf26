/**
 * A table as every export sees it: typed cells, so that the screen and Word show formatted text
 * in the report's language, the workbook gets real numbers with number formats, and CSV gets
 * numbers in the user's decimal mark. Money stays integer minor units until the last step.
 */
import type { CsvCell } from '../../../shared/export/csv';
import type { Formatter } from '../../../shared/format';
import type { Currency } from '../../../shared/model/enums';

export type Cell =
  | { kind: 'text'; text: string }
  /** A plain quantity (meals, kg) shown with at most `decimals` decimals. */
  | { kind: 'number'; value: number; decimals: number }
  /** A code or a year: digits only, no grouping. */
  | { kind: 'integer'; value: number }
  /** Money in minor units (integer for sums, a fraction for per-meal and per-kg figures). */
  | { kind: 'money'; minor: number; decimals: 0 | 2 }
  | { kind: 'percent'; share: number; decimals: number }
  /** An ISO date, YYYY-MM-DD. */
  | { kind: 'date'; iso: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'empty' };

export interface Column {
  header: string;
  /** Right-aligned (numbers) or left (text). */
  numeric: boolean;
  /** A width hint in characters for the workbook. */
  width?: number;
}

export interface Table {
  /** A stable id (sheet names, file names, test ids). */
  id: string;
  title: string;
  currency: Currency;
  columns: Column[];
  rows: Cell[][];
  /** Rows whose first cell is a label (a transposed table): shown as row headers. */
  rowHeaders?: boolean;
}

export const cell = {
  text: (text: string): Cell => ({ kind: 'text', text }),
  number: (value: number | null, decimals = 0): Cell => (value === null || !Number.isFinite(value) ? { kind: 'empty' } : { kind: 'number', value, decimals }),
  integer: (value: number | null | undefined): Cell => (value === null || value === undefined ? { kind: 'empty' } : { kind: 'integer', value }),
  money: (minor: number | null, decimals: 0 | 2 = 0): Cell => (minor === null || !Number.isFinite(minor) ? { kind: 'empty' } : { kind: 'money', minor, decimals }),
  percent: (share: number | null, decimals = 1): Cell => (share === null || !Number.isFinite(share) ? { kind: 'empty' } : { kind: 'percent', share, decimals }),
  date: (iso: string | null | undefined): Cell => (iso ? { kind: 'date', iso } : { kind: 'empty' }),
  bool: (value: boolean): Cell => ({ kind: 'bool', value }),
  empty: (): Cell => ({ kind: 'empty' }),
};

/** The cell as text in the formatter's language (screen, print, Word). */
export function formatCell(c: Cell, f: Formatter, currency: Currency, yesNo: { yes: string; no: string }): string {
  switch (c.kind) {
    case 'text':
      return c.text;
    case 'number':
      return f.number(c.value, c.decimals);
    case 'integer':
      return f.number(c.value, 0, false);
    case 'money':
      return f.money(c.minor, currency, c.decimals);
    case 'percent':
      return f.percent(c.share, c.decimals);
    case 'date':
      return f.date(c.iso);
    case 'bool':
      return c.value ? yesNo.yes : yesNo.no;
    case 'empty':
      return '–';
  }
}

/**
 * The cell for CSV: numbers stay numbers (the writer puts the decimal mark), money in major units
 * with two decimals (exact from integer minor units), shares as percentages (25.4 for 25.4 %,
 * as people type them; the header says %), dates as ISO (every spreadsheet reads them).
 */
export function csvCell(c: Cell, yesNo: { yes: string; no: string }): CsvCell {
  switch (c.kind) {
    case 'text':
      return c.text;
    case 'number':
      return c.value;
    case 'integer':
      return c.value;
    case 'money':
      return { fixed: c.minor / 100, decimals: 2 };
    case 'percent':
      // Scaled by 100 and rounded to hide binary noise (0.254 × 100 = 25.400000000000002).
      return Number((c.share * 100).toPrecision(12));
    case 'date':
      return c.iso;
    case 'bool':
      return c.value ? yesNo.yes : yesNo.no;
    case 'empty':
      return null;
  }
}

/**
 * The table as CSV rows: the header (a column of percentages says "%"; in a transposed table,
 * where a column mixes kinds, the row label says what each row is), then the cells.
 */
export function csvRows(table: Table, yesNo: { yes: string; no: string }): CsvCell[][] {
  const header = table.columns.map((col, i) => {
    const cells = table.rows.map((row) => row[i]).filter((c) => c !== undefined && c.kind !== 'empty');
    const percent = cells.length > 0 && cells.every((c) => c.kind === 'percent');
    return percent && !col.header.includes('%') ? `${col.header} (%)` : col.header;
  });
  const body = table.rows.map((row) => {
    const cells = row.map((c) => csvCell(c, yesNo));
    const values = row.slice(1).filter((c) => c.kind !== 'empty');
    const label = row[0];
    if (table.rowHeaders && label?.kind === 'text' && values.length > 0 && values.every((c) => c.kind === 'percent') && !label.text.includes('%')) cells[0] = `${label.text} (%)`;
    return cells;
  });
  return [header, ...body];
}
