/**
 * A worksheet's rows as cells. The workbook itself is read with exceljs by the caller (lazily in
 * the import worker, directly in the command line); this turns exceljs's cell values (numbers,
 * text, booleans, dates, formulas with their results, rich text, hyperlinks, errors) into the
 * plain cells the mapping reads, so that XLSX and CSV go the same way from here on.
 */
import type { Cell } from './cells';

/** What is used of an exceljs worksheet. */
export interface SheetLike {
  name: string;
  eachRow(opts: { includeEmpty: boolean }, cb: (row: { values: unknown }, rowNumber: number) => void): void;
}

export interface WorkbookLike {
  worksheets: SheetLike[];
}

/** One exceljs cell value as a cell: dates as ISO text (2025-12-31), formulas as their result. */
export function xlsxValue(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text?: unknown }[]; text?: unknown; error?: unknown };
    if ('result' in o) return xlsxValue(o.result);
    if (Array.isArray(o.richText)) return o.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
    if (typeof o.text === 'string') return o.text;
    if (typeof o.error === 'string') return o.error;
    // Anything else (an image, a comment object) holds no value to import.
    return null;
  }
  return typeof v === 'bigint' ? Number(v) : null;
}

/** The rows of a sheet (blank rows skipped) with their row numbers, which the problems name. */
export function sheetRows(sheet: SheetLike): { rows: Cell[][]; lines: number[] } {
  const rows: Cell[][] = [];
  const lines: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // exceljs's row.values is 1-based, with holes for empty cells.
    const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
    const cells: Cell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(xlsxValue(values[i]));
    while (cells.length > 0 && (cells[cells.length - 1] === null || cells[cells.length - 1] === '')) cells.pop();
    if (cells.length > 0) {
      rows.push(cells);
      lines.push(rowNumber);
    }
  });
  return { rows, lines };
}

/** The chosen sheet, or the first sheet with data. */
export function pickSheet(book: WorkbookLike, name?: string): SheetLike | null {
  if (name !== undefined) return book.worksheets.find((s) => s.name === name) ?? null;
  for (const s of book.worksheets) {
    let any = false;
    s.eachRow({ includeEmpty: false }, () => {
      any = true;
    });
    if (any) return s;
  }
  return book.worksheets[0] ?? null;
}
