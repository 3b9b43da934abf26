/**
 * An export table as a Word table: the header row repeats on every page and no row is split
 * across pages, as in the printed report; numbers right-aligned, in the report's language.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table as DocxTable, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Formatter } from '../../../../shared/format';
import { formatCell, type Table } from '../table';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B9C4C1' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function textCell(text: string, options: { bold?: boolean; right?: boolean; header?: boolean }): TableCell {
  return new TableCell({
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
  return new DocxTable({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map((c) => textCell(c.header, { bold: true, right: c.numeric, header: true })),
      }),
      ...table.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) =>
              textCell(formatCell(c, f, table.currency, yesNo), { bold: i === 0 && table.rowHeaders === true, right: table.columns[i]?.numeric === true && !(i === 0 && table.rowHeaders) }),
            ),
          }),
      ),
    ],
  });
}
