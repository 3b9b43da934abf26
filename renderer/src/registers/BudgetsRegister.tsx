import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetSchema, MAX_MINOR } from '../../../shared/model/schema';
import type { Budget, Plan } from '../../../shared/model/types';
import { EmptyState } from '../components/EmptyState';
import { newId } from '../data/ids';
import { moneyColumn, numberColumn, selectColumn } from '../grid/columns';
import { RegisterGrid } from '../grid/RegisterGrid';
import type { ColumnDef } from '../grid/types';
import { useColumnContext } from './useColumnContext';
import { RegisterCsvButton } from '../exports/RegisterCsvButton';

/** Food budgets per organisation and year, in the plan's currency. */
export function BudgetsRegister({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const ctx = useColumnContext();
  const currency = plan.meta.currency;
  const columns = useMemo(
    (): ColumnDef<Budget>[] => [
      selectColumn<Budget>({
        id: 'organisationId',
        header: t('fields.organisation'),
        width: 240,
        filterable: true,
        options: plan.organisations.map((o) => ({ value: o.id, label: o.name })),
        get: (b) => b.organisationId,
        set: (b, organisationId) => ({ ...b, organisationId }),
      }),
      numberColumn<Budget>(ctx, {
        id: 'year', grouping: false,
        header: t('fields.year'),
        width: 100,
        decimals: 0,
        rule: budgetSchema.shape.year,
        get: (b) => b.year,
        set: (b, v) => ({ ...b, year: v ?? b.year }),
      }),
      moneyColumn<Budget>(ctx, {
        id: 'amount',
        header: `${t('budgets.amount')} (${currency})`,
        fieldName: t('budgets.amount'),
        width: 200,
        decimals: 0,
        maxMinor: MAX_MINOR,
        get: (b) => b.amountMinor,
        set: (b, amountMinor) => ({ ...b, amountMinor }),
      }),
    ],
    [t, ctx, plan.organisations, currency],
  );
  const firstOrg = plan.organisations[0];
  const nextYear = Number(plan.meta.planDate.slice(0, 4)) + 1;
  return (
    <RegisterGrid<Budget>
      toolbarExtra={<RegisterCsvButton register="budgets" plan={plan} />}
      gridId="budgets"
      label={t('budgets.title')}
      table="budgets"
      workspaceId={plan.meta.id}
      rows={plan.budgets}
      columns={columns}
      texts={{ add: t('budgets.add'), count: (n) => t('budgets.count', { count: n }), deleted: (n) => t('budgets.count', { count: n }) }}
      canAdd={!!firstOrg}
      createRecord={() => (firstOrg ? { id: newId('budget'), organisationId: firstOrg.id, year: nextYear, amountMinor: 0 } : null)}
      duplicateRecord={(b) => ({ ...b, id: newId('budget'), year: b.year + 1 })}
      empty={
        <EmptyState title={t('budgets.emptyTitle')}>
          <p>{t('budgets.empty')}</p>
        </EmptyState>
      }
    />
  );
}
