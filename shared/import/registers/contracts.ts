/**
 * Contracts from a file: name, supplier (by name; missing suppliers added when the user agreed),
 * buyers (organisations by name or code, separated by commas; the plan's only organisation when
 * empty), categories (ids or names, separated by commas), start and end dates, an extension
 * option in months, the tender lead time and a join-by date. A contract with the same name is
 * updated; others are added with the common pattern's notice (nine months) and lead time (nine
 * months) where the file gives none.
 */
import { contractSchema } from '../../model/schema';
import type { Contract } from '../../model/types';
import type { FieldId } from '../fields';
import { SupplierFinder } from './newSuppliers';
import { categoryResolver, nameKey, organisationResolver } from './refs';
import { checkRecord, type MappedRow, type RegisterContext, type RegisterPut, type RowReader } from './rowReader';

function fieldOf(path: readonly PropertyKey[]): FieldId | undefined {
  const map: Record<string, FieldId> = {
    name: 'name',
    buyerIds: 'buyers',
    supplierId: 'supplier',
    categoryIds: 'categories',
    start: 'start',
    initialEnd: 'end',
    extensions: 'extensionMonths',
    leadTimeMonths: 'leadTimeMonths',
    joinByDate: 'joinBy',
  };
  return typeof path[0] === 'string' ? map[path[0]] : undefined;
}

export function contractRows(rows: readonly MappedRow[], read: (row: MappedRow) => RowReader, ctx: RegisterContext): RegisterPut[] {
  const { plan } = ctx;
  const suppliers = new SupplierFinder(ctx);
  const orgOf = organisationResolver(plan);
  const categoryOf = categoryResolver(plan, ctx.categoryRules);
  const existing = new Map(plan.contracts.map((c) => [nameKey(c.name), c]));
  const seen = new Map<string, number>();
  const out: RegisterPut[] = [];
  for (const row of rows) {
    const r = read(row);
    const name = r.text('name', { required: true });
    const supplierId = suppliers.idFor(r);
    const buyerIds: string[] = [];
    for (const b of r.list('buyers')) {
      const org = orgOf(b);
      if (org) buyerIds.push(org.id);
      else r.error('unknownOrganisation', 'buyers', { value: b });
    }
    if (buyerIds.length === 0 && !r.has('buyers')) {
      if (plan.organisations.length === 1) buyerIds.push(plan.organisations[0]!.id);
      else r.error('required', 'buyers');
    }
    const categoryIds: string[] = [];
    for (const c of r.list('categories')) {
      const id = categoryOf(c);
      if (id) {
        if (!categoryIds.includes(id)) categoryIds.push(id);
      } else r.error('unknownCategory', 'categories', { value: c });
    }
    if (!r.has('categories')) r.error('required', 'categories');
    const start = r.date('start', { required: true });
    const end = r.date('end', { required: true });
    const extension = r.number('extensionMonths', { integer: true, min: 1, max: 60 });
    const lead = r.number('leadTimeMonths', { integer: true, min: 0, max: 48 });
    const joinBy = r.date('joinBy');
    if (start && end && end < start) r.error('endBeforeStart', 'end', { value: r.raw('end') });
    if (r.failed || name === undefined || supplierId === undefined || start === undefined || end === undefined) continue;
    const key = nameKey(name);
    const other = seen.get(key);
    if (other !== undefined) {
      r.error('duplicateInFile', 'name', { value: name, otherLine: other });
      continue;
    }
    seen.set(key, r.line);
    const before = existing.get(key);
    const record: Contract = {
      id: before?.id ?? ctx.newId('contract'),
      name,
      buyerIds: [...new Set(buyerIds)],
      supplierId,
      categoryIds,
      start,
      initialEnd: end,
      extensions: extension !== undefined ? [{ months: extension, noticeMonths: 9, use: false }] : (before?.extensions ?? []),
      leadTimeMonths: lead ?? before?.leadTimeMonths ?? 9,
      ...(joinBy !== undefined ? { joinByDate: joinBy } : before?.joinByDate ? { joinByDate: before.joinByDate } : {}),
    };
    const checked = checkRecord(contractSchema, record, r, fieldOf);
    if (checked) out.push({ table: 'contracts', record: checked, update: !!before });
  }
  return [...suppliers.puts(), ...out];
}
