/**
 * Kitchens from a file: name, organisation (by name or code; the plan's only organisation when
 * the file has no such column), sector and kitchen type in any of the four languages, meals per
 * day, attendance, service days and location. A kitchen with the same name in the same
 * organisation is updated; others are added with the sector's defaults (shared/model/defaults.ts).
 * Service days given in the file make the kitchen's calendar "fixed" at that number.
 */
import { createKitchen } from '../../model/defaults';
import { kitchenSchema } from '../../model/schema';
import type { Kitchen } from '../../model/types';
import type { FieldId } from '../fields';
import { KITCHEN_KIND_WORDS, SECTOR_WORDS } from '../vocabulary/choices';
import { nameKey, organisationResolver } from './refs';
import { checkRecord, type MappedRow, type RegisterContext, type RegisterPut, type RowReader } from './rowReader';

const MEALS = ['breakfast', 'lunch', 'dinner', 'snack'] as const;

function fieldOf(path: readonly PropertyKey[]): FieldId | undefined {
  const [a, b] = path;
  if (a === 'meals' && typeof b === 'string' && (MEALS as readonly string[]).includes(b)) return b as FieldId;
  if (a === 'location') return b === 'lon' ? 'longitude' : 'latitude';
  const map: Record<string, FieldId> = { name: 'name', organisationId: 'organisation', sector: 'sector', kind: 'kitchenKind', attendance: 'attendance', serviceDays: 'serviceDays' };
  return typeof a === 'string' ? map[a] : undefined;
}

export function kitchenRows(rows: readonly MappedRow[], read: (row: MappedRow) => RowReader, ctx: RegisterContext): RegisterPut[] {
  const { plan } = ctx;
  const orgOf = organisationResolver(plan);
  const onlyOrg = plan.organisations.length === 1 ? plan.organisations[0]! : null;
  const existing = new Map(plan.kitchens.map((k) => [`${k.organisationId}\u0000${nameKey(k.name)}`, k]));
  const seen = new Map<string, number>();
  const out: RegisterPut[] = [];
  for (const row of rows) {
    const r = read(row);
    const name = r.text('name', { required: true });
    let organisationId: string | undefined;
    if (r.has('organisation')) {
      const org = orgOf(r.raw('organisation'));
      if (org) organisationId = org.id;
      else r.error('unknownOrganisation', 'organisation', { value: r.raw('organisation') });
    } else if (onlyOrg) organisationId = onlyOrg.id;
    else r.error('required', 'organisation');
    const sector = r.choice('sector', SECTOR_WORDS, { required: true });
    const kind = r.choice('kitchenKind', KITCHEN_KIND_WORDS);
    const meals: Partial<Record<(typeof MEALS)[number], number>> = {};
    for (const m of MEALS) {
      const v = r.number(m, { min: 0, max: 100_000 });
      if (v !== undefined) meals[m] = v;
    }
    const attendance = r.share('attendance');
    const serviceDays = r.number('serviceDays', { min: 0, max: 366, integer: true });
    const lat = r.number('latitude', { min: -90, max: 90 });
    const lon = r.number('longitude', { min: -180, max: 180 });
    if (r.failed || name === undefined || organisationId === undefined || sector === undefined) continue;

    const key = `${organisationId}\u0000${nameKey(name)}`;
    const other = seen.get(key);
    if (other !== undefined) {
      r.error('duplicateInFile', 'name', { value: name, otherLine: other });
      continue;
    }
    seen.set(key, r.line);
    const before = existing.get(key);
    const base: Kitchen = before
      ? structuredCopy(before)
      : createKitchen({ id: ctx.newId('kitchen'), name, organisationId, sector, country: plan.meta.country });
    const record: Kitchen = {
      ...base,
      name,
      organisationId,
      sector,
      kind: kind ?? base.kind,
      meals: { ...base.meals, ...meals },
      attendance: attendance ?? base.attendance,
      ...(serviceDays !== undefined ? { calendar: 'fixed' as const, serviceDays } : {}),
      ...(lat !== undefined && lon !== undefined ? { location: { lat, lon } } : {}),
    };
    const checked = checkRecord(kitchenSchema, record, r, fieldOf);
    if (checked) out.push({ table: 'kitchens', record: checked, update: !!before });
  }
  return out;
}

function structuredCopy(k: Kitchen): Kitchen {
  return { ...k, meals: { ...k.meals }, ...(k.location ? { location: { ...k.location } } : {}) };
}
