/**
 * Reading a workbook with exceljs, loaded only when a workbook is imported (it is large, and most
 * imports are CSV). Runs in the import worker.
 */
import type { Cell } from '../../../shared/import/cells';
import { pickSheet, sheetRows, type WorkbookLike } from '../../../shared/import/xlsx';

export type WorkbookRead = { ok: true; sheets: string[]; sheet: string; rows: Cell[][]; lines: number[] } | { ok: false; code: 'unreadableXlsx' | 'noSheet'; sheets: string[] };

interface ExcelModule {
  Workbook: new () => WorkbookLike & { xlsx: { load(data: ArrayBuffer): Promise<unknown> } };
}

export async function readWorkbook(data: ArrayBuffer, sheet?: string): Promise<WorkbookRead> {
  const mod = (await import('exceljs')) as unknown as ExcelModule & { default?: ExcelModule };
  const Excel = mod.default?.Workbook ? mod.default : mod;
  const book = new Excel.Workbook();
  try {
    await book.xlsx.load(data);
  } catch {
    return { ok: false, code: 'unreadableXlsx', sheets: [] };
  }
  const sheets = book.worksheets.map((s) => s.name);
  const ws = pickSheet(book, sheet);
  if (!ws) return { ok: false, code: 'noSheet', sheets };
  const { rows, lines } = sheetRows(ws);
  return { ok: true, sheets, sheet: ws.name, rows, lines };
}
