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

/**
 * The page is the report's: its print stylesheet sets A4, the margins, the running header and
 * "page N of M" in the report's language (CSS page margin boxes, renderer/src/reports/
 * PrintPageStyle.tsx). Electron's own header and footer would print a second, untranslated page
 * number over them, so they are off, and the CSS page size wins.
 */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
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
