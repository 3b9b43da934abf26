/**
 * Budgets from a file: organisation (by name or code; the plan's only organisation when the file
 * has no such column), year and amount. The plan allows one budget per organisation and year, so
 * an existing one is updated.
 */
import { budgetSchema } from '../../model/schema';
import type { Budget } from '../../model/types';
import type { FieldId } from '../fields';
import { organisationResolver } from './refs';
import { checkRecord, type MappedRow, type RegisterContext, type RegisterPut, type RowReader } from './rowReader';

function fieldOf(path: readonly PropertyKey[]): FieldId | undefined {
  const map: Record<string, FieldId> = { organisationId: 'organisation', year: 'year', amountMinor: 'budget' };
  return typeof path[0] === 'string' ? map[path[0]] : undefined;
}

export function budgetRows(rows: readonly MappedRow[], read: (row: MappedRow) => RowReader, ctx: RegisterContext): RegisterPut[] {
  const { plan } = ctx;
  const orgOf = organisationResolver(plan);
  const onlyOrg = plan.organisations.length === 1 ? plan.organisations[0]! : null;
  const existing = new Map(plan.budgets.map((b) => [`${b.organisationId}\u0000${b.year}`, b]));
  const seen = new Map<string, number>();
  const out: RegisterPut[] = [];
  for (const row of rows) {
    const r = read(row);
    let organisationId: string | undefined;
    if (r.has('organisation')) {
      const org = orgOf(r.raw('organisation'));
      if (org) organisationId = org.id;
      else r.error('unknownOrganisation', 'organisation', { value: r.raw('organisation') });
    } else if (onlyOrg) organisationId = onlyOrg.id;
    else r.error('required', 'organisation');
    const year = r.number('year', { required: true, integer: true, min: 1990, max: 2100 });
    const amountMinor = r.money('budget', { required: true });
    if (r.failed || organisationId === undefined || year === undefined || amountMinor === undefined) continue;
    const key = `${organisationId}\u0000${year}`;
    const other = seen.get(key);
    if (other !== undefined) {
      r.error('duplicateInFile', 'year', { value: String(year), otherLine: other });
      continue;
    }
    seen.set(key, r.line);
    const before = existing.get(key);
    const record: Budget = { id: before?.id ?? ctx.newId('budget'), organisationId, year, amountMinor };
    const checked = checkRecord(budgetSchema, record, r, fieldOf);
    if (checked) out.push({ table: 'budgets', record: checked, update: !!before });
  }
  return out;
}
