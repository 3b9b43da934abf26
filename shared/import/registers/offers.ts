/**
 * Offers from a file: supplier (by name; missing suppliers added when the user agreed), category
 * (id, name in any language, or the product-text rules: "Mjölk" is milk), price per kg, price year
 * (the plan date's year when empty), organic, capacity (empty: not limited), minimum volume,
 * origin (origin.ts) and candidate. An offer of the same supplier, category, organic and candidate
 * status is updated (its price, capacity, origin); others are added.
 */
import { offerSchema } from '../../model/schema';
import type { Offer } from '../../model/types';
import type { FieldId } from '../fields';
import { originReader } from '../origin';
import { SupplierFinder } from './newSuppliers';
import { categoryResolver } from './refs';
import { checkRecord, type MappedRow, type RegisterContext, type RegisterPut, type RowReader } from './rowReader';

function fieldOf(path: readonly PropertyKey[]): FieldId | undefined {
  const map: Record<string, FieldId> = {
    supplierId: 'supplier',
    categoryId: 'category',
    pricePerKgMinor: 'pricePerKg',
    priceYear: 'priceYear',
    organic: 'organic',
    capacityKg: 'capacityKg',
    minVolumeKg: 'minVolumeKg',
    origin: 'origin',
    candidate: 'candidate',
  };
  return typeof path[0] === 'string' ? map[path[0]] : undefined;
}

export function offerRows(rows: readonly MappedRow[], read: (row: MappedRow) => RowReader, ctx: RegisterContext): RegisterPut[] {
  const { plan } = ctx;
  const suppliers = new SupplierFinder(ctx);
  const categoryOf = categoryResolver(plan, ctx.categoryRules);
  const placeOf = originReader(plan);
  const planYear = Number(plan.meta.planDate.slice(0, 4));
  const key = (o: Pick<Offer, 'supplierId' | 'categoryId' | 'organic' | 'candidate'>) => `${o.supplierId}\u0000${o.categoryId}\u0000${o.organic}\u0000${o.candidate}`;
  const existing = new Map(plan.offers.map((o) => [key(o), o]));
  const seen = new Map<string, number>();
  const out: RegisterPut[] = [];
  for (const row of rows) {
    const r = read(row);
    const supplierId = suppliers.idFor(r);
    let categoryId: string | undefined;
    if (r.has('category')) {
      categoryId = categoryOf(r.raw('category')) ?? undefined;
      if (!categoryId) r.error('unknownCategory', 'category', { value: r.raw('category') });
    } else r.error('required', 'category');
    const pricePerKgMinor = r.money('pricePerKg', { required: true });
    const priceYear = r.number('priceYear', { integer: true, min: 1990, max: 2100 }) ?? planYear;
    const organic = r.yesNo('organic') ?? false;
    const capacityKg = r.number('capacityKg', { min: 0, max: 1e12 });
    const minVolumeKg = r.number('minVolumeKg', { min: 0, max: 1e12 });
    const candidate = r.yesNo('candidate') ?? false;
    const originText = r.raw('origin');
    const place = originText === '' ? null : placeOf(originText);
    if (r.failed || supplierId === undefined || categoryId === undefined || pricePerKgMinor === undefined) continue;
    const k = key({ supplierId, categoryId, organic, candidate });
    const other = seen.get(k);
    if (other !== undefined) {
      r.error('duplicateInFile', 'category', { value: r.raw('category'), otherLine: other });
      continue;
    }
    seen.set(k, r.line);
    const before = existing.get(k);
    const record: Offer = {
      ...(before ?? {
        id: ctx.newId('offer'),
        discountTiers: [],
        origin: null,
        source: `Imported from ${ctx.fileName}`,
        isEstimate: false,
      }),
      supplierId,
      categoryId,
      pricePerKgMinor,
      priceYear,
      organic,
      capacityKg: r.mapped('capacityKg') ? (capacityKg ?? null) : (before?.capacityKg ?? null),
      minVolumeKg: minVolumeKg ?? before?.minVolumeKg ?? 0,
      candidate,
      ...(r.mapped('origin') ? { origin: place } : {}),
    };
    const checked = checkRecord(offerSchema, record, r, fieldOf);
    if (checked) out.push({ table: 'offers', record: checked, update: !!before });
  }
  return [...suppliers.puts(), ...out];
}
