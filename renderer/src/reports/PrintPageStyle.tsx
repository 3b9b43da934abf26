import type { TFunction } from 'i18next';

/** A CSS string literal: quotes and backslashes escaped, line breaks as CSS escapes. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The printed page: A4, margins, the running header (the plan and the report's title) and
 * "page N of M" in the report's language, drawn by Chromium's CSS page margin boxes. The same
 * rules serve Electron's printToPDF, the browser's print dialog and Playwright's page.pdf(). They
 * live in a <style> element of the report, so they apply only while the report is on screen.
 */
export function PrintPageStyle({ t, header }: { t: TFunction; header: string }) {
  // The page counters are CSS, so the translated sentence is split around two markers.
  const [before = '', middle = '', after = ''] = t('reports.doc.pageOf', { page: '\u0001', pages: '\u0001' }).split('\u0001');
  const pageNumbers = `${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}`;
  const box = 'font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; font-size: 8pt; color: #4b5a57;';
  const css = `@media print {
  @page { size: A4; margin: 20mm 16mm 18mm 16mm;
    @top-left { content: ${cssString(header)}; ${box} vertical-align: bottom; padding-bottom: 4mm; }
    @bottom-right { content: ${pageNumbers}; ${box} vertical-align: top; padding-top: 4mm; }
  }
  @page :first { @top-left { content: none; } }
}`;
  return <style>{css}</style>;
}
