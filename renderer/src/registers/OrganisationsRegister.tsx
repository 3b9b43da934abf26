import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES, COUNTRY_CURRENCY, ORGANISATION_KINDS, REGION_KINDS, type Country } from '../../../shared/model/enums';
import { organisationSchema } from '../../../shared/model/schema';
import type { Organisation, Plan } from '../../../shared/model/types';
import { EmptyState } from '../components/EmptyState';
import { newId } from '../data/ids';
import { numberColumn, readonlyColumn, selectColumn, textColumn } from '../grid/columns';
import { RegisterGrid } from '../grid/RegisterGrid';
import type { ColumnDef } from '../grid/types';
import { useColumnContext } from './useColumnContext';
import { RegisterCsvButton } from '../exports/RegisterCsvButton';

const REGION_KIND_OF: Record<Country, Organisation['regionKind']> = { SE: 'se_region', DK: 'dk_region', FI: 'fi_wellbeing_county' };

function withoutKey<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  const { [key]: _drop, ...rest } = o;
  return rest;
}

export function OrganisationsRegister({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const ctx = useColumnContext();
  const columns = useMemo((): ColumnDef<Organisation>[] => {
    const regions = plan.organisations.filter((o) => o.kind === 'region');
    return [
      textColumn<Organisation>({ id: 'name', header: t('fields.name'), width: 220, get: (o) => o.name, set: (o, name) => ({ ...o, name }) }),
      selectColumn<Organisation>({
        id: 'kind',
        header: t('fields.organisationKind'),
        width: 140,
        filterable: true,
        options: ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) })),
        get: (o) => o.kind,
        set: (o, kind) =>
          kind === 'region' ? { ...withoutKey(o, 'parentRegionId'), kind: 'region', regionKind: REGION_KIND_OF[o.country] } : { ...withoutKey(o, 'regionKind'), kind: 'municipality' },
      }),
      selectColumn<Organisation>({
        id: 'regionKind',
        header: t('fields.regionKind'),
        width: 230,
        options: REGION_KINDS.map((k) => ({ value: k, label: t(`regionKinds.${k}`) })),
        get: (o) => o.regionKind ?? '',
        set: (o, regionKind) => ({ ...o, regionKind: regionKind as Organisation['regionKind'] }),
        enabled: (o) => o.kind === 'region',
      }),
      selectColumn<Organisation>({
        id: 'country',
        header: t('fields.country'),
        width: 120,
        options: COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) })),
        get: (o) => o.country,
        // The currency follows the country: each public body budgets in its own.
        set: (o, country) => ({ ...o, country: country as Country, currency: COUNTRY_CURRENCY[country as Country] }),
      }),
      readonlyColumn<Organisation>({ id: 'currency', header: t('header.currency'), width: 90, display: (o) => o.currency, sortValue: (o) => o.currency }),
      textColumn<Organisation>({
        id: 'code',
        header: t('organisations.code'),
        width: 130,
        required: false,
        maxLength: 20,
        get: (o) => o.code ?? '',
        set: (o, code) => (code ? { ...o, code } : withoutKey(o, 'code')),
      }),
      textColumn<Organisation>({
        id: 'regionCode',
        header: t('organisations.regionCode'),
        width: 150,
        required: false,
        maxLength: 20,
        get: (o) => o.regionCode ?? '',
        set: (o, regionCode) => (regionCode ? { ...o, regionCode } : withoutKey(o, 'regionCode')),
      }),
      selectColumn<Organisation>({
        id: 'parentRegionId',
        header: t('organisations.parentRegion'),
        width: 200,
        options: [{ value: '', label: t('fields.none') }, ...regions.map((r) => ({ value: r.id, label: r.name }))],
        get: (o) => o.parentRegionId ?? '',
        set: (o, id) => (id ? { ...o, parentRegionId: id } : withoutKey(o, 'parentRegionId')),
        enabled: (o) => o.kind === 'municipality',
      }),
      numberColumn<Organisation>(ctx, {
        id: 'population',
        header: `${t('fields.population')} (${t('units.inhabitants')})`,
        fieldName: t('fields.population'),
        width: 150,
        decimals: 0,
        optional: true,
        rule: organisationSchema.shape.population.unwrap(),
        get: (o) => o.population ?? null,
        set: (o, v) => (v === null ? withoutKey(o, 'population') : { ...o, population: v }),
      }),
    ];
  }, [t, ctx, plan.organisations]);

  return (
    <RegisterGrid<Organisation>
      toolbarExtra={<RegisterCsvButton register="organisations" plan={plan} />}
      gridId="organisations"
      label={t('nav.organisations')}
      table="organisations"
      workspaceId={plan.meta.id}
      rows={plan.organisations}
      columns={columns}
      texts={{ add: t('organisations.add'), count: (n) => t('organisations.count', { count: n }), deleted: (n) => t('organisations.count', { count: n }) }}
      createRecord={() => ({ id: newId('org'), name: t('organisations.newName'), kind: 'municipality', country: plan.meta.country, currency: plan.meta.currency })}
      duplicateRecord={(o) => ({ ...o, id: newId('org'), name: t('grid.copyOf', { name: o.name }) })}
      deleteBlockedReason={(rows) => {
        const ids = new Set(rows.map((r) => r.id));
        const kitchen = plan.kitchens.find((k) => ids.has(k.organisationId));
        if (kitchen) return t('organisations.deleteBlockedKitchens', { name: plan.organisations.find((o) => o.id === kitchen.organisationId)?.name ?? '', kitchen: kitchen.name });
        const contract = plan.contracts.find((c) => c.buyerIds.some((b) => ids.has(b)));
        if (contract) return t('organisations.deleteBlockedContracts', { contract: contract.name });
        return null;
      }}
      deleteAlso={(rows) => {
        const ids = new Set(rows.map((r) => r.id));
        // Budgets belong to their organisation; municipalities lose a deleted parent region.
        return [
          ...plan.budgets.filter((b) => ids.has(b.organisationId)).map((b) => ({ table: 'budgets' as const, op: 'delete' as const, id: b.id })),
          ...plan.organisations
            .filter((o) => !ids.has(o.id) && o.parentRegionId && ids.has(o.parentRegionId))
            .map((o) => ({ table: 'organisations' as const, op: 'put' as const, record: withoutKey(o, 'parentRegionId') })),
        ];
      }}
      empty={
        <EmptyState title={t('organisations.emptyTitle')}>
          <p>{t('organisations.empty')}</p>
        </EmptyState>
      }
    />
  );
}
