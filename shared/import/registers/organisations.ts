/**
 * Organisations from a file: municipalities and regions with their codes, population and
 * location, in the plan's country and currency. An organisation with the same code (or, without
 * one, the same name) is updated; others are added.
 */
import { COUNTRY_CURRENCY } from '../../model/enums';
import { organisationSchema } from '../../model/schema';
import type { Organisation } from '../../model/types';
import type { FieldId } from '../fields';
import { ORGANISATION_KIND_WORDS } from '../vocabulary/choices';
import { nameKey } from './refs';
import { checkRecord, type MappedRow, type RegisterContext, type RegisterPut, type RowReader } from './rowReader';

const REGION_KIND = { SE: 'se_region', DK: 'dk_region', FI: 'fi_wellbeing_county' } as const;

function fieldOf(path: readonly PropertyKey[]): FieldId | undefined {
  const [a, b] = path;
  if (a === 'location') return b === 'lon' ? 'longitude' : 'latitude';
  const map: Record<string, FieldId> = { name: 'name', kind: 'organisationKind', code: 'code', regionCode: 'regionCode', population: 'population' };
  return typeof a === 'string' ? map[a] : undefined;
}

export function organisationRows(rows: readonly MappedRow[], read: (row: MappedRow) => RowReader, ctx: RegisterContext): RegisterPut[] {
  const { plan } = ctx;
  const country = plan.meta.country;
  const byCode = new Map(plan.organisations.filter((o) => o.code).map((o) => [o.code!, o]));
  const byName = new Map(plan.organisations.map((o) => [nameKey(o.name), o]));
  const seen = new Map<string, number>();
  const out: RegisterPut[] = [];
  for (const row of rows) {
    const r = read(row);
    const name = r.text('name', { required: true });
    const kind = r.choice('organisationKind', ORGANISATION_KIND_WORDS);
    const code = r.text('code', { max: 20 });
    const regionCode = r.text('regionCode', { max: 20 });
    const population = r.number('population', { min: 0, max: 20_000_000, integer: true });
    const lat = r.number('latitude', { min: -90, max: 90 });
    const lon = r.number('longitude', { min: -180, max: 180 });
    if (r.failed || name === undefined) continue;
    const key = code ? `code:${code}` : `name:${nameKey(name)}`;
    const other = seen.get(key);
    if (other !== undefined) {
      r.error('duplicateInFile', code ? 'code' : 'name', { value: code ?? name, otherLine: other });
      continue;
    }
    seen.set(key, r.line);
    const before = (code ? byCode.get(code) : undefined) ?? byName.get(nameKey(name));
    const k = kind ?? before?.kind ?? 'municipality';
    const record: Organisation = {
      ...(before ?? { id: ctx.newId('org'), country, currency: COUNTRY_CURRENCY[country] }),
      name,
      kind: k,
      ...(k === 'region' ? { regionKind: before?.regionKind ?? REGION_KIND[country] } : {}),
      ...(code !== undefined ? { code } : {}),
      ...(regionCode !== undefined ? { regionCode } : {}),
      ...(population !== undefined ? { population } : {}),
      ...(lat !== undefined && lon !== undefined ? { location: { lat, lon } } : {}),
    };
    if (k === 'municipality') delete record.regionKind;
    const checked = checkRecord(organisationSchema, record, r, fieldOf);
    if (checked) out.push({ table: 'organisations', record: checked, update: !!before });
  }
  return out;
}
