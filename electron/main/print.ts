/**
 * "Export report…": prints the window's current page (the report view, laid out by its print
 * CSS) to an A4 PDF and saves it where the user chooses. The dialog comes first, so cancelling
 * costs nothing. Chromium's print engine is the same one `page.pdf()` uses in the browser
 * tests, which is how the print layout is tested on machines without Electron.
 */
import { basename, join } from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import type { IpcResult, PrintToPdfRequest, SaveFileResponse } from '../../shared/ipc-contract';
import { sanitizeFileName, withExtension } from './file-names';
import type { FileContext } from './files';

/** Page numbers in the footer; the report draws its own title block. */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between;color:#555;">' +
    '<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>',
  margins: { top: 0.6, bottom: 0.7, left: 0.6, right: 0.6 },
  // Tagged, outlined PDFs are readable by screen readers (public bodies must publish accessibly).
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const satisfies PrintToPDFOptions;

export interface PrintablePage {
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

export async function printToPdf(
  page: PrintablePage,
  request: PrintToPdfRequest,
  context: FileContext,
): Promise<IpcResult<SaveFileResponse>> {
  const name = withExtension(sanitizeFileName(request.suggestedName, 'report'), ['pdf']);
  const chosen = await context.port.showSaveDialog({
    title: context.labels.exportPdfDialogTitle,
    defaultPath: join(context.defaultFolder, name),
    filters: [{ name: context.labels.pdfDocument, extensions: ['pdf'] }],
  });
  if (chosen === null) return { ok: true, value: null };
  let pdf: Uint8Array;
  try {
    pdf = await page.printToPDF(PDF_OPTIONS);
  } catch {
    return { ok: false, error: 'printFailed' };
  }
  const path = withExtension(chosen, ['pdf']);
  try {
    await context.port.writeFile(path, pdf);
  } catch {
    return { ok: false, error: 'writeFailed' };
  }
  return { ok: true, value: { fileName: basename(path) } };
}
