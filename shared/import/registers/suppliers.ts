/**
 * Suppliers from a file: name, country (code or name in the four languages; the plan's country
 * when empty), municipality and region codes, delivery distance and location. A supplier with the
 * same name is updated; others are added.
 */
import { supplierSchema } from '../../model/schema';
import type { Supplier } from '../../model/types';
import type { FieldId } from '../fields';
import { normaliseHeader } from '../fields';
import { COUNTRY_WORDS } from '../vocabulary/choices';
import { supplierResolver } from './refs';
import { checkRecord, type MappedRow, type RegisterContext, type RegisterPut, type RowReader } from './rowReader';

function fieldOf(path: readonly PropertyKey[]): FieldId | undefined {
  const [a, b] = path;
  if (a === 'location') return b === 'lon' ? 'longitude' : 'latitude';
  const map: Record<string, FieldId> = { name: 'name', country: 'country', municipalityCode: 'municipalityCode', regionCode: 'regionCode', distanceKm: 'distanceKm' };
  return typeof a === 'string' ? map[a] : undefined;
}

/** A country cell: a two-letter code, or a country's name. */
export function readCountry(text: string): string | null {
  const t = text.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
  return COUNTRY_WORDS[normaliseHeader(t)] ?? null;
}

export function supplierRows(rows: readonly MappedRow[], read: (row: MappedRow) => RowReader, ctx: RegisterContext): RegisterPut[] {
  const { plan } = ctx;
  const find = supplierResolver(plan.suppliers);
  const seen = new Map<string, number>();
  const out: RegisterPut[] = [];
  for (const row of rows) {
    const r = read(row);
    const name = r.text('name', { required: true });
    let country: string | undefined;
    if (r.has('country')) {
      const c = readCountry(r.raw('country'));
      if (c) country = c;
      else r.error('unknownChoice', 'country', { value: r.raw('country'), list: ['SE', 'DK', 'FI'] });
    }
    const municipalityCode = r.text('municipalityCode', { max: 20 });
    const regionCode = r.text('regionCode', { max: 20 });
    const distanceKm = r.number('distanceKm', { min: 0, max: 5000 });
    const lat = r.number('latitude', { min: -90, max: 90 });
    const lon = r.number('longitude', { min: -180, max: 180 });
    if (r.failed || name === undefined) continue;
    const before = find(name);
    const key = before ? before.id : normaliseHeader(name);
    const other = seen.get(key);
    if (other !== undefined) {
      r.error('duplicateInFile', 'name', { value: name, otherLine: other });
      continue;
    }
    seen.set(key, r.line);
    const record: Supplier = {
      ...(before ?? { id: ctx.newId('supplier'), country: plan.meta.country }),
      name,
      ...(country !== undefined ? { country } : {}),
      ...(municipalityCode !== undefined ? { municipalityCode } : {}),
      ...(regionCode !== undefined ? { regionCode } : {}),
      ...(distanceKm !== undefined ? { distanceKm } : {}),
      ...(lat !== undefined && lon !== undefined ? { location: { lat, lon } } : {}),
    };
    const checked = checkRecord(supplierSchema, record, r, fieldOf);
    if (checked) out.push({ table: 'suppliers', record: checked, update: !!before });
  }
  return out;
}
