import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MINOR, offerSchema } from '../../../shared/model/schema';
import type { Offer, Origin, Plan } from '../../../shared/model/types';
import { EmptyState } from '../components/EmptyState';
import { commit } from '../data/history';
import { newId } from '../data/ids';
import { categoryName } from '../format/names';
import { checkboxColumn, moneyColumn, numberColumn, readonlyColumn, selectColumn, textColumn } from '../grid/columns';
import { RegisterGrid } from '../grid/RegisterGrid';
import type { ColumnDef } from '../grid/types';
import { useAppStore } from '../state/appStore';
import { countryOptions } from './geo';
import { OfferDetails } from './OfferDetails';
import { useColumnContext } from './useColumnContext';
import { RegisterCsvButton } from '../exports/RegisterCsvButton';
import { storageMessageKey } from '../db/errors';

/** An origin with nothing known is `null` (it then counts against data coverage). */
function cleanOrigin(origin: Origin): Origin | null {
  const out: Origin = {};
  if (origin.country) out.country = origin.country;
  if (origin.regionCode) out.regionCode = origin.regionCode;
  if (origin.municipalityCode) out.municipalityCode = origin.municipalityCode;
  if (origin.location) out.location = origin.location;
  return Object.keys(out).length ? out : null;
}

export function OffersRegister({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const ctx = useColumnContext();
  const notify = useAppStore((s) => s.notify);
  const currency = plan.meta.currency;
  const columns = useMemo((): ColumnDef<Offer>[] => {
    const supplierOptions = plan.suppliers.map((s) => ({ value: s.id, label: s.name }));
    const categoryOptions = plan.foodCategories.map((c) => ({ value: c.id, label: categoryName(c, ctx.language) }));
    return [
      selectColumn<Offer>({ id: 'supplierId', header: t('offers.supplier'), width: 200, filterable: true, options: supplierOptions, get: (o) => o.supplierId, set: (o, supplierId) => ({ ...o, supplierId }) }),
      selectColumn<Offer>({ id: 'categoryId', header: t('offers.category'), width: 210, filterable: true, options: categoryOptions, get: (o) => o.categoryId, set: (o, categoryId) => ({ ...o, categoryId }) }),
      moneyColumn<Offer>(ctx, {
        id: 'price',
        header: `${t('offers.price')} (${currency}/kg)`,
        fieldName: t('offers.price'),
        width: 130,
        maxMinor: MAX_MINOR,
        get: (o) => o.pricePerKgMinor,
        set: (o, pricePerKgMinor) => ({ ...o, pricePerKgMinor }),
      }),
      numberColumn<Offer>(ctx, { id: 'priceYear', grouping: false, header: t('offers.priceYear'), width: 100, decimals: 0, rule: offerSchema.shape.priceYear, get: (o) => o.priceYear, set: (o, v) => ({ ...o, priceYear: v ?? o.priceYear }) }),
      checkboxColumn<Offer>(ctx, { id: 'organic', header: t('offers.organic'), filterable: true, get: (o) => o.organic, set: (o, organic) => ({ ...o, organic }) }),
      numberColumn<Offer>(ctx, {
        id: 'capacityKg',
        header: `${t('offers.capacity')} (${t('units.kgPerYear')})`,
        fieldName: t('offers.capacity'),
        width: 160,
        decimals: 0,
        optional: true,
        nullText: t('offers.noLimit'),
        rule: offerSchema.shape.capacityKg.unwrap(),
        get: (o) => o.capacityKg,
        set: (o, capacityKg) => ({ ...o, capacityKg }),
      }),
      numberColumn<Offer>(ctx, {
        id: 'minVolumeKg',
        header: `${t('offers.minVolume')} (${t('units.kgPerYear')})`,
        fieldName: t('offers.minVolume'),
        width: 160,
        decimals: 0,
        rule: offerSchema.shape.minVolumeKg,
        get: (o) => o.minVolumeKg,
        set: (o, v) => ({ ...o, minVolumeKg: v ?? 0 }),
      }),
      selectColumn<Offer>({
        id: 'originCountry',
        header: t('offers.grownInCountry'),
        width: 170,
        filterable: true,
        options: [{ value: '', label: t('offers.unknown') }, ...countryOptions(t)],
        get: (o) => o.origin?.country ?? '',
        set: (o, country) => ({ ...o, origin: cleanOrigin({ ...(o.origin ?? {}), country: country || undefined }) }),
      }),
      textColumn<Offer>({
        id: 'originRegion',
        header: t('offers.grownInRegion'),
        width: 160,
        required: false,
        maxLength: 20,
        get: (o) => o.origin?.regionCode ?? '',
        set: (o, regionCode) => ({ ...o, origin: cleanOrigin({ ...(o.origin ?? {}), regionCode: regionCode || undefined }) }),
      }),
      checkboxColumn<Offer>(ctx, { id: 'candidate', header: t('offers.candidate'), width: 110, filterable: true, get: (o) => o.candidate, set: (o, candidate) => ({ ...o, candidate }) }),
      checkboxColumn<Offer>(ctx, { id: 'isEstimate', header: t('common.estimate'), width: 110, get: (o) => o.isEstimate, set: (o, isEstimate) => ({ ...o, isEstimate }) }),
      readonlyColumn<Offer>({
        id: 'tiers',
        header: t('offers.discountTiers'),
        width: 140,
        display: (o) => (o.discountTiers.length ? t('offers.tierCount', { count: o.discountTiers.length }) : t('offers.noTiers')),
        sortValue: (o) => o.discountTiers.length,
      }),
    ];
  }, [t, ctx, plan.suppliers, plan.foodCategories, currency]);

  const firstSupplier = plan.suppliers[0];
  const firstCategory = plan.foodCategories[0];
  const year = Number(plan.meta.planDate.slice(0, 4));
  return (
    <RegisterGrid<Offer>
      toolbarExtra={<RegisterCsvButton register="offers" plan={plan} />}
      gridId="offers"
      label={t('offers.title')}
      table="offers"
      workspaceId={plan.meta.id}
      rows={plan.offers}
      columns={columns}
      texts={{ add: t('offers.add'), count: (n) => t('offers.count', { count: n }), deleted: (n) => t('offers.count', { count: n }) }}
      canAdd={!!firstSupplier && !!firstCategory}
      createRecord={() =>
        firstSupplier && firstCategory
          ? {
              id: newId('offer'),
              supplierId: firstSupplier.id,
              categoryId: firstCategory.id,
              pricePerKgMinor: 0,
              priceYear: year,
              organic: false,
              capacityKg: null,
              minVolumeKg: 0,
              discountTiers: [],
              origin: null,
              candidate: false,
              source: '',
              isEstimate: false,
            }
          : null
      }
      duplicateRecord={(o) => ({ ...o, id: newId('offer') })}
      details={(row, close) => (
        <OfferDetails
          plan={plan}
          offer={row}
          onCancel={close}
          onSave={async (offer) => {
            try {
              await commit(plan.meta.id, 'history.edit', [{ table: 'offers', op: 'put', record: offer }]);
              close();
            } catch (error) {
              notify('error', storageMessageKey(error));
            }
          }}
        />
      )}
      empty={
        <EmptyState title={t('offers.emptyTitle')}>
          <p>{firstSupplier ? t('offers.empty') : t('offers.needSupplier')}</p>
        </EmptyState>
      }
    />
  );
}
