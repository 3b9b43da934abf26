/**
 * An export table as a Word table: the header row repeats on every page and no row is split
 * across pages, as in the printed report; numbers right-aligned, in the report's language.
 *
 * Column widths are fixed (left to itself, Word and LibreOffice give every column the same width,
 * which broke scenario names inside words while year columns stood half empty): the page width is
 * shared in proportion to the columns' width hints (the printed report's, ReportTable.tsx), but
 * no column gets less than its longest unbreakable text needs (a number or a date whole, else the
 * longest word). When even those minimums do not fit the page (a 15-year table), the table's text
 * is set smaller, down to 6 pt, and the widths follow.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table as DocxTable, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Formatter } from '../../../../shared/format';
import { formatCell, type Table } from '../table';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B9C4C1' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** The memo's page (A4) and margins, in twips (twentieths of a point). */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const CONTENT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;

/** Table text size in half-points: 9 pt, and the smallest a crowded table may use, 6 pt (a 15-year table). */
const TEXT_SIZE = 18;
const MIN_TEXT_SIZE = 12;
/** The width hint of a column without one (the printed report's default). */
const DEFAULT_HINT = 14;

/**
 * The width of a text at 9 pt in twips, by the wider of the fonts it may be drawn in: Calibri in
 * Word, DejaVu Sans where Calibri is missing (LibreOffice on Linux), whose digits are 0.64 em.
 */
function textTwips9pt(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') w += 116;
    else if (' \u00a0\u202f.,:;\'()'.includes(ch)) w += 60;
    else if (ch === '%' || ch === '€' || ch === 'm' || ch === 'M' || ch === 'W' || ch === 'w') w += 165;
    else w += 118;
  }
  return w;
}

/** A text's width in twips at `size` half-points. */
export function textTwips(text: string, size: number): number {
  return (textTwips9pt(text) * size) / TEXT_SIZE;
}

/** Left plus right cell margin at `size`: 80 twips a side at 9 pt, less in a table set smaller. */
export function cellMarginTwips(size: number): number {
  return Math.round((160 * size) / TEXT_SIZE);
}

/** The texts of a column that must stay on one line: a number or a date whole, else each word. */
function unbreakable(header: string, cells: readonly string[], numeric: boolean): string[] {
  const words = (s: string) => s.split(/[ \t\n/-]+/).filter((w) => w !== '');
  // Numbers, money and percentages read wrongly when broken: whole (their spaces are no-break).
  return [...words(header), ...cells.flatMap((c) => (numeric ? [c] : words(c)))];
}

/** Column widths in twips (summing to `total`) and the text size in half-points. */
export function columnLayout(table: Table, texts: readonly (readonly string[])[], total = CONTENT_WIDTH_TWIPS): { widths: number[]; size: number } {
  const n = table.columns.length;
  if (n === 0) return { widths: [], size: TEXT_SIZE };
  const hints = table.columns.map((c) => (c.width !== undefined && c.width > 0 ? c.width : DEFAULT_HINT));
  // The widest unbreakable text of each column at 9 pt (header in bold: 10 % wider).
  const widest = table.columns.map((c, i) => {
    const header = Math.max(0, ...unbreakable(c.header, [], c.numeric).map((w) => textTwips9pt(w) * 1.1));
    const cells = Math.max(0, ...unbreakable('', texts.map((row) => row[i] ?? ''), c.numeric).map(textTwips9pt));
    return Math.max(header, cells);
  });
  const minsAt = (size: number) => widest.map((w) => (w * size) / TEXT_SIZE + cellMarginTwips(size));
  let size = TEXT_SIZE;
  let mins = minsAt(size);
  while (size > MIN_TEXT_SIZE && mins.reduce((a, b) => a + b, 0) > total) mins = minsAt(--size);
  const sumMin = mins.reduce((a, b) => a + b, 0);
  const hintSum = hints.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sumMin >= total) {
    // Still too wide at the smallest size: share the page in proportion to the minimums.
    widths = mins.map((m) => (total * m) / sumMin);
  } else {
    widths = hints.map((h) => (total * h) / hintSum);
    const need = widths.reduce((s, w, i) => s + Math.max(0, mins[i]! - w), 0);
    if (need > 0) {
      // Narrow columns get their minimum, taken from the others in proportion to what they have above theirs.
      const surplus = widths.reduce((s, w, i) => s + Math.max(0, w - mins[i]!), 0);
      widths = widths.map((w, i) => (w < mins[i]! ? mins[i]! : w - (need * (w - mins[i]!)) / surplus));
    }
  }
  const whole = widths.map((w) => Math.ceil(w));
  // Rounding: the widest column gives back what the others rounded up.
  const at = whole.indexOf(Math.max(...whole));
  whole[at] = whole[at]! + total - whole.reduce((a, b) => a + b, 0);
  return { widths: whole, size };
}

function textCell(text: string, width: number, size: number, options: { bold?: boolean; right?: boolean; header?: boolean }): TableCell {
  const side = cellMarginTwips(size) / 2;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E3F0EE' } } : {}),
    margins: { top: 40, bottom: 40, left: side, right: side },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold ?? false, size })],
      }),
    ],
  });
}

export function docxTable(table: Table, f: Formatter, yesNo: { yes: string; no: string }): DocxTable {
  const texts = table.rows.map((row) => row.map((c) => formatCell(c, f, table.currency, yesNo)));
  const { widths, size } = columnLayout(table, texts);
  return new DocxTable({
    width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map((c, i) => textCell(c.header, widths[i]!, size, { bold: true, right: c.numeric, header: true })),
      }),
      ...texts.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) =>
              textCell(text, widths[i]!, size, { bold: i === 0 && table.rowHeaders === true, right: table.columns[i]?.numeric === true && !(i === 0 && table.rowHeaders) }),
            ),
          }),
      ),
    ],
  });
}
