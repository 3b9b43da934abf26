/**
 * The Excel workbook: the comparison and the assumptions first, then each chosen scenario's
 * result tables, then one sheet per register. Numbers are real numbers with number formats
 * (money in major units computed from integer minor units, so 12 345 öre is exactly 123.45),
 * dates are dates, headers are frozen and columns fit their contents.
 *
 * exceljs is large: this module is only ever loaded by a dynamic import (./loadExports.ts), so it
 * stays out of the app's initial JavaScript. The library itself is passed in, which lets the tests
 * run the same code in Node.
 */
import type * as ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type { ScenarioResult } from '../../../shared/engine/types';
import { neutralise } from '../../../shared/export/csv';
import type { Formatter } from '../../../shared/format';
import { isoToUtcDate } from '../../../shared/format';
import type { Language } from '../../../shared/model/enums';
import type { Plan } from '../../../shared/model/types';
import type { ReportModel } from '../../../shared/report';
import { assumptionsTable, type AssumptionRow } from './assumptionText';
import { REGISTER_IDS, registerTable } from './registerTables';
import { categoryYearsTable, comparisonTable, organisationYearsTable, totalsTable } from './resultTables';
import { formatCell, type Cell, type Table } from './table';
import { dateFormat, moneyFormat, numberFormat, percentFormat, sheetName } from './xlsxFormats';

export type ExcelModule = Pick<typeof ExcelJS, 'Workbook'>;

export interface WorkbookInput {
  plan: Plan;
  results: ReadonlyMap<string, ScenarioResult>;
  model: ReportModel;
  assumptions: readonly AssumptionRow[];
  t: TFunction;
  f: Formatter;
  language: Language;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3F0EE' } };

function writeCell(target: ExcelJS.Cell, c: Cell, table: Table, input: WorkbookInput, yesNo: { yes: string; no: string }): void {
  switch (c.kind) {
    case 'text':
      target.value = neutralise(c.text);
      break;
    case 'number':
      target.value = c.value;
      target.numFmt = numberFormat(c.decimals);
      break;
    case 'integer':
      target.value = c.value;
      target.numFmt = '0';
      break;
    case 'money':
      // Sums are integer minor units, so minor / 100 is the nearest double to the exact amount.
      target.value = c.minor / 100;
      target.numFmt = moneyFormat(table.currency, c.decimals);
      break;
    case 'percent':
      target.value = c.share;
      target.numFmt = percentFormat(c.decimals);
      break;
    case 'date':
      target.value = isoToUtcDate(c.iso);
      target.numFmt = dateFormat(input.language);
      break;
    case 'bool':
      target.value = c.value ? yesNo.yes : yesNo.no;
      break;
    case 'empty':
      break;
  }
}

/** Adds a sheet: the title in row 1, the header in row 2 (frozen, so it stays in view), the rows. */
function addTable(wb: ExcelJS.Workbook, name: string, table: Table, input: WorkbookInput, yesNo: { yes: string; no: string }): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: table.rowHeaders ? 1 : 0, ySplit: 2 }] });
  ws.getCell(1, 1).value = neutralise(table.title);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  const header = ws.getRow(2);
  table.columns.forEach((col, i) => {
    const c = header.getCell(i + 1);
    c.value = neutralise(col.header);
    c.font = { bold: true };
    c.fill = HEADER_FILL;
    c.alignment = { wrapText: true, vertical: 'top', horizontal: col.numeric ? 'right' : 'left' };
  });
  // Column widths that fit: the longest formatted value (or header word), within reason.
  const widths = table.columns.map((col) => Math.max(8, Math.min(40, ...col.header.split(/\s+/).map((w) => w.length + 2))));
  table.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 3);
    cells.forEach((c, i) => {
      writeCell(row.getCell(i + 1), c, table, input, yesNo);
      const shown = formatCell(c, input.f, table.currency, yesNo).length + 2;
      widths[i] = Math.max(widths[i] ?? 8, Math.min(shown, 60));
    });
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: table.columns.length } };
  return ws;
}

export async function buildWorkbook(excel: ExcelModule, input: WorkbookInput): Promise<Uint8Array> {
  const { plan, results, model, t, language } = input;
  const yesNo = { yes: t('common.yes'), no: t('common.no') };
  const wb = new excel.Workbook();
  wb.creator = 'Måltid';
  wb.title = plan.meta.name;
  // The plan's date, not the clock: the same plan gives the same workbook.
  wb.created = isoToUtcDate(plan.meta.planDate);
  wb.modified = wb.created;
  const taken = new Set<string>();
  const add = (wanted: string, table: Table) => addTable(wb, sheetName(wanted, taken), table, input, yesNo);

  add(t('exports.sheetNames.comparison'), comparisonTable(plan, model, t));
  add(t('exports.sheetNames.assumptions'), assumptionsTable(input.assumptions, plan, t));
  model.scenarios.forEach((s, i) => {
    const r = results.get(s.scenarioId);
    if (!r) return;
    const n = i + 1;
    add(t('exports.sheetNames.totals', { n }), totalsTable(plan, r, model, t, s.name));
    add(t('exports.sheetNames.organisationYears', { n }), organisationYearsTable(plan, r, model, t, s.name));
    add(t('exports.sheetNames.categoryYears', { n }), categoryYearsTable(plan, r, model, t, language, s.name));
  });
  for (const id of REGISTER_IDS) add(t(`exports.registers.${id}`), registerTable(id, plan, t, language));

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
