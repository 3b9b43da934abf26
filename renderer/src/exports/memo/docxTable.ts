/**
 * An export table as a Word table: the header row repeats on every page and no row is split
 * across pages, as in the printed report; numbers right-aligned, in the report's language. Columns
 * get the page width in proportion to their width hints (the workbook's), in a fixed layout: left
 * to itself, Word and LibreOffice give every column the same width, which broke scenario names
 * in the middle of words while the year columns stood half empty.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table as DocxTable, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Formatter } from '../../../../shared/format';
import { formatCell, type Table } from '../table';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B9C4C1' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** A4 less the memo's margins (buildMemo.ts), in twentieths of a point. */
export const CONTENT_WIDTH_TWIPS = 11906 - 2 * 1134;

/** Each column's width in twips: the content width shared in proportion to the hints (10 where none). */
export function columnTwips(table: Table, total = CONTENT_WIDTH_TWIPS): number[] {
  const hints = table.columns.map((c) => (c.width !== undefined && c.width > 0 ? c.width : 10));
  const sum = hints.reduce((a, b) => a + b, 0);
  const widths = hints.map((h) => Math.floor((total * h) / sum));
  widths[0] = widths[0]! + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function textCell(text: string, width: number, options: { bold?: boolean; right?: boolean; header?: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E3F0EE' } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold ?? false, size: 18 })],
      }),
    ],
  });
}

export function docxTable(table: Table, f: Formatter, yesNo: { yes: string; no: string }): DocxTable {
  const widths = columnTwips(table);
  return new DocxTable({
    width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map((c, i) => textCell(c.header, widths[i]!, { bold: true, right: c.numeric, header: true })),
      }),
      ...table.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) =>
              textCell(formatCell(c, f, table.currency, yesNo), widths[i]!, { bold: i === 0 && table.rowHeaders === true, right: table.columns[i]?.numeric === true && !(i === 0 && table.rowHeaders) }),
            ),
          }),
      ),
    ],
  });
}
