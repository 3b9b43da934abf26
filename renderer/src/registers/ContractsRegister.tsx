import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contractSchedule } from '../../../shared/engine/contracts';
import { parseIsoDate } from '../../../shared/engine/dates';
import { contractSchema } from '../../../shared/model/schema';
import type { Contract, Plan } from '../../../shared/model/types';
import { EmptyState } from '../components/EmptyState';
import { todayIso } from '../data/clock';
import { commit } from '../data/history';
import { newId } from '../data/ids';
import { formatDateText } from '../format/dates';
import { daysBetween } from '../format/dateMath';
import { categoryName } from '../format/names';
import { dateColumn, numberColumn, readonlyColumn, selectColumn, textColumn } from '../grid/columns';
import { RegisterGrid } from '../grid/RegisterGrid';
import type { ColumnDef } from '../grid/types';
import { useAppStore } from '../state/appStore';
import { ContractDetails } from './ContractDetails';
import { newContract } from './contractDefaults';
import { useColumnContext } from './useColumnContext';
import { RegisterCsvButton } from '../exports/RegisterCsvButton';
import { storageMessageKey } from '../db/errors';

/** Contracts with suppliers: their periods, options and when re-tendering must start. */
export function ContractsRegister({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const ctx = useColumnContext();
  const notify = useAppStore((s) => s.notify);
  const today = todayIso();
  const columns = useMemo((): ColumnDef<Contract>[] => {
    const lang = ctx.language;
    const orgName = new Map(plan.organisations.map((o) => [o.id, o.name]));
    const catName = new Map(plan.foodCategories.map((c) => [c.id, categoryName(c, lang)]));
    // Planned end and latest tender start as the engine computes them (docs/engine.md §3).
    const schedule = (c: Contract) => contractSchedule(c, parseIsoDate(plan.meta.planDate)).timeline;
    const example = formatDateText('2027-12-31', lang);
    const orderError = { key: 'dateOrder' as const, values: {} };
    return [
      textColumn<Contract>({ id: 'name', header: t('fields.name'), width: 220, get: (c) => c.name, set: (c, name) => ({ ...c, name }) }),
      selectColumn<Contract>({
        id: 'supplierId',
        header: t('offers.supplier'),
        width: 190,
        filterable: true,
        options: plan.suppliers.map((s) => ({ value: s.id, label: s.name })),
        get: (c) => c.supplierId,
        set: (c, supplierId) => ({ ...c, supplierId }),
      }),
      readonlyColumn<Contract>({ id: 'buyers', header: t('contracts.buyers'), width: 200, display: (c) => c.buyerIds.map((id) => orgName.get(id) ?? id).join(', '), sortValue: (c) => c.buyerIds.join() }),
      readonlyColumn<Contract>({ id: 'categories', header: t('contracts.lots'), width: 220, display: (c) => c.categoryIds.map((id) => catName.get(id) ?? id).join(', '), sortValue: (c) => c.categoryIds.join() }),
      dateColumn<Contract>(ctx, {
        id: 'start',
        header: t('contracts.start'),
        example,
        get: (c) => c.start,
        set: (c, start) => ({ ...c, start }),
        validate: (c, iso) => (iso > c.initialEnd ? orderError : null),
      }),
      dateColumn<Contract>(ctx, {
        id: 'initialEnd',
        header: t('contracts.initialEnd'),
        example,
        get: (c) => c.initialEnd,
        set: (c, initialEnd) => ({ ...c, initialEnd }),
        validate: (c, iso) => (iso < c.start ? orderError : null),
      }),
      readonlyColumn<Contract>({
        id: 'extensions',
        header: t('contracts.extensions'),
        width: 170,
        display: (c) =>
          c.extensions.length
            ? c.extensions.map((x) => t(x.use ? 'contracts.optionUsed' : 'contracts.option', { months: x.months })).join(' + ')
            : t('contracts.noOptions'),
        sortValue: (c) => c.extensions.length,
      }),
      numberColumn<Contract>(ctx, {
        id: 'leadTimeMonths',
        header: `${t('contracts.leadTime')} (${t('units.months')})`,
        fieldName: t('contracts.leadTime'),
        width: 140,
        decimals: 0,
        rule: contractSchema.shape.leadTimeMonths,
        get: (c) => c.leadTimeMonths,
        set: (c, v) => ({ ...c, leadTimeMonths: v ?? 0 }),
      }),
      readonlyColumn<Contract>({ id: 'plannedEnd', header: t('contracts.plannedEnd'), width: 130, display: (c) => formatDateText(schedule(c).plannedEnd, lang), sortValue: (c) => schedule(c).plannedEnd }),
      readonlyColumn<Contract>({
        id: 'daysToExpiry',
        header: `${t('contracts.daysToExpiry')} (${t('units.days')})`,
        fieldName: t('contracts.daysToExpiry'),
        width: 150,
        align: 'right',
        display: (c) => {
          const d = daysBetween(today, schedule(c).plannedEnd);
          return d < 0 ? t('contracts.ended') : ctx.f.number(d);
        },
        sortValue: (c) => daysBetween(today, schedule(c).plannedEnd),
      }),
      readonlyColumn<Contract>({
        id: 'latestTenderStart',
        header: t('contracts.tenderBy'),
        width: 190,
        display: (c) => {
          const s = schedule(c);
          const late = s.latestTenderStart < today && today <= s.plannedEnd;
          return late ? t('contracts.tenderLate', { date: formatDateText(s.latestTenderStart, lang) }) : formatDateText(s.latestTenderStart, lang);
        },
        sortValue: (c) => schedule(c).latestTenderStart,
      }),
      dateColumn<Contract>(ctx, {
        id: 'joinByDate',
        header: t('contracts.joinBy'),
        example,
        optional: true,
        get: (c) => c.joinByDate ?? '',
        set: (c, iso) => {
          const { joinByDate: _j, ...rest } = c;
          return iso ? { ...rest, joinByDate: iso } : rest;
        },
      }),
    ];
  }, [t, ctx, plan.organisations, plan.foodCategories, plan.suppliers, plan.meta.planDate, today]);

  return (
    <RegisterGrid<Contract>
      toolbarExtra={<RegisterCsvButton register="contracts" plan={plan} />}
      gridId="contracts"
      label={t('suppliers.tabs.contracts')}
      table="contracts"
      workspaceId={plan.meta.id}
      rows={plan.contracts}
      columns={columns}
      texts={{ add: t('contracts.add'), count: (n) => t('contracts.count', { count: n }), deleted: (n) => t('contracts.count', { count: n }) }}
      canAdd={plan.organisations.length > 0 && plan.suppliers.length > 0 && plan.foodCategories.length > 0}
      createRecord={() => newContract(plan, newId('contract'), t('contracts.newName'))}
      duplicateRecord={(c) => ({ ...c, id: newId('contract'), name: t('grid.copyOf', { name: c.name }) })}
      details={(row, close) => (
        <ContractDetails
          plan={plan}
          contract={row}
          onCancel={close}
          onSave={async (contract) => {
            try {
              await commit(plan.meta.id, 'history.edit', [{ table: 'contracts', op: 'put', record: contract }]);
              close();
            } catch (error) {
              notify('error', storageMessageKey(error));
            }
          }}
        />
      )}
      empty={
        <EmptyState title={t('contracts.emptyTitle')}>
          <p>{plan.suppliers.length ? t('contracts.empty') : t('contracts.needSupplier')}</p>
        </EmptyState>
      }
    />
  );
}
