import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { locationSchema, supplierSchema } from '../../../shared/model/schema';
import type { Plan, Supplier } from '../../../shared/model/types';
import { EmptyState } from '../components/EmptyState';
import { newId } from '../data/ids';
import { numberColumn, readonlyColumn, selectColumn, textColumn } from '../grid/columns';
import { RegisterGrid } from '../grid/RegisterGrid';
import type { ColumnDef } from '../grid/types';
import { countryOptions } from './geo';
import { useColumnContext } from './useColumnContext';
import { RegisterCsvButton } from '../exports/RegisterCsvButton';

function withoutKey<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const { [key]: _drop, ...rest } = o;
  return rest;
}

export function SuppliersRegister({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const ctx = useColumnContext();
  const offerCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const o of plan.offers) m.set(o.supplierId, (m.get(o.supplierId) ?? 0) + 1);
    return m;
  }, [plan.offers]);
  const columns = useMemo((): ColumnDef<Supplier>[] => {
    const setLocation = (s: Supplier, key: 'lat' | 'lon', v: number | null): Supplier => {
      if (v === null) return withoutKey(s, 'location');
      const loc = s.location ?? { lat: 0, lon: 0 };
      return { ...s, location: { ...loc, [key]: v } };
    };
    return [
      textColumn<Supplier>({ id: 'name', header: t('fields.name'), width: 220, get: (s) => s.name, set: (s, name) => ({ ...s, name }) }),
      selectColumn<Supplier>({
        id: 'country',
        header: t('suppliers.country'),
        width: 140,
        filterable: true,
        options: countryOptions(t),
        get: (s) => s.country,
        set: (s, country) => ({ ...s, country }),
      }),
      textColumn<Supplier>({
        id: 'regionCode',
        header: t('suppliers.regionCode'),
        width: 140,
        required: false,
        maxLength: 20,
        get: (s) => s.regionCode ?? '',
        set: (s, v) => (v ? { ...s, regionCode: v } : withoutKey(s, 'regionCode')),
      }),
      textColumn<Supplier>({
        id: 'municipalityCode',
        header: t('suppliers.municipalityCode'),
        width: 150,
        required: false,
        maxLength: 20,
        get: (s) => s.municipalityCode ?? '',
        set: (s, v) => (v ? { ...s, municipalityCode: v } : withoutKey(s, 'municipalityCode')),
      }),
      numberColumn<Supplier>(ctx, {
        id: 'lat',
        header: t('fields.latitude'),
        width: 110,
        decimals: 4,
        optional: true,
        rule: locationSchema.shape.lat,
        get: (s) => s.location?.lat ?? null,
        set: (s, v) => setLocation(s, 'lat', v),
      }),
      numberColumn<Supplier>(ctx, {
        id: 'lon',
        header: t('fields.longitude'),
        width: 110,
        decimals: 4,
        optional: true,
        rule: locationSchema.shape.lon,
        get: (s) => s.location?.lon ?? null,
        set: (s, v) => setLocation(s, 'lon', v),
      }),
      numberColumn<Supplier>(ctx, {
        id: 'distanceKm',
        header: `${t('suppliers.distance')} (km)`,
        fieldName: t('suppliers.distance'),
        width: 130,
        decimals: 0,
        optional: true,
        rule: supplierSchema.shape.distanceKm.unwrap(),
        get: (s) => s.distanceKm ?? null,
        set: (s, v) => (v === null ? withoutKey(s, 'distanceKm') : { ...s, distanceKm: v }),
      }),
      readonlyColumn<Supplier>({
        id: 'offers',
        header: t('suppliers.offerCount'),
        width: 100,
        align: 'right',
        display: (s) => ctx.f.number(offerCount.get(s.id) ?? 0),
        sortValue: (s) => offerCount.get(s.id) ?? 0,
      }),
    ];
  }, [t, ctx, offerCount]);

  return (
    <RegisterGrid<Supplier>
      toolbarExtra={<RegisterCsvButton register="suppliers" plan={plan} />}
      gridId="suppliers"
      label={t('nav.suppliers')}
      table="suppliers"
      workspaceId={plan.meta.id}
      rows={plan.suppliers}
      columns={columns}
      texts={{ add: t('suppliers.add'), count: (n) => t('suppliers.count', { count: n }), deleted: (n) => t('suppliers.count', { count: n }) }}
      createRecord={() => ({ id: newId('supplier'), name: t('suppliers.newName'), country: plan.meta.country })}
      duplicateRecord={(s) => ({ ...s, id: newId('supplier'), name: t('grid.copyOf', { name: s.name }) })}
      deleteBlockedReason={(rows) => {
        const ids = new Set(rows.map((r) => r.id));
        const contract = plan.contracts.find((c) => ids.has(c.supplierId));
        return contract ? t('suppliers.deleteBlockedContract', { contract: contract.name }) : null;
      }}
      deleteAlso={(rows) => {
        // A supplier's offers go with it (and come back with it on undo).
        const ids = new Set(rows.map((r) => r.id));
        return plan.offers.filter((o) => ids.has(o.supplierId)).map((o) => ({ table: 'offers' as const, op: 'delete' as const, id: o.id }));
      }}
      empty={
        <EmptyState title={t('suppliers.emptyTitle')}>
          <p>{t('suppliers.empty')}</p>
        </EmptyState>
      }
    />
  );
}
