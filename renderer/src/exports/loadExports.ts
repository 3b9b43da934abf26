/**
 * The heavy exporters (exceljs about 1 MB, docx about 400 kB) are loaded only when the user asks
 * for a workbook or a Word document, so they are not part of the app's initial JavaScript.
 */
import type { ExcelModule, WorkbookInput } from './workbook';
import type { MemoInput } from './memo/buildMemo';

export async function makeWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const [{ buildWorkbook }, excel] = await Promise.all([import('./workbook'), import('exceljs')]);
  // The browser build of exceljs is a UMD bundle: its API is the default export there.
  const mod = (excel as unknown as { default?: ExcelModule }).default ?? excel;
  return buildWorkbook(mod, input);
}

export async function makeMemo(input: MemoInput): Promise<Uint8Array> {
  const { buildMemo } = await import('./memo/buildMemo');
  return buildMemo(input);
}
