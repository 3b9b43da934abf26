/**
 * Register rows into plan records: one converter per register, all through RowReader so that
 * every unreadable cell becomes a problem naming its row and field.
 */
import type { RegisterTarget } from '../fields';
import type { ColumnMapping } from '../mapping';
import type { DecimalMark } from '../numbers';
import type { ProblemLog } from '../problems';
import { budgetRows } from './budgets';
import { contractRows } from './contracts';
import { kitchenRows } from './kitchens';
import { offerRows } from './offers';
import { organisationRows } from './organisations';
import { RowReader, type MappedRow, type RegisterContext, type RegisterPut } from './rowReader';
import { supplierRows } from './suppliers';

export type { MappedRow, RegisterContext, RegisterPut } from './rowReader';

const CONVERTERS: Record<RegisterTarget, (rows: readonly MappedRow[], read: (row: MappedRow) => RowReader, ctx: RegisterContext) => RegisterPut[]> = {
  kitchens: kitchenRows,
  organisations: organisationRows,
  suppliers: supplierRows,
  offers: offerRows,
  budgets: budgetRows,
  contracts: contractRows,
};

export function convertRegisterRows(
  target: RegisterTarget,
  rows: readonly MappedRow[],
  mapping: ColumnMapping,
  decimal: DecimalMark,
  ctx: RegisterContext,
  log: ProblemLog,
): RegisterPut[] {
  return CONVERTERS[target](rows, (row) => new RowReader(row, mapping, decimal, log), ctx);
}
