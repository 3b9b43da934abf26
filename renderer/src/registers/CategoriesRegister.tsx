import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foodCategorySchema } from '../../../shared/model/schema';
import type { FoodCategory, Plan } from '../../../shared/model/types';
import { EmptyState } from '../components/EmptyState';
import { newId } from '../data/ids';
import { categoryName } from '../format/names';
import { checkboxColumn, numberColumn, readonlyColumn, textColumn } from '../grid/columns';
import { RegisterGrid } from '../grid/RegisterGrid';
import type { ColumnDef } from '../grid/types';
import { useColumnContext } from './useColumnContext';
import { RegisterCsvButton } from '../exports/RegisterCsvButton';

function usesCategory(plan: Plan, ids: Set<string>): string | null {
  const offer = plan.offers.find((o) => ids.has(o.categoryId));
  if (offer) return 'offers';
  if (plan.contracts.some((c) => c.categoryIds.some((id) => ids.has(id)))) return 'contracts';
  const inScenario = plan.scenarios.some(
    (s) =>
      s.partnership.pooledCategoryIds.some((id) => ids.has(id)) ||
      s.fixedShares.some((x) => ids.has(x.categoryId)) ||
      s.categoryPriceIndex.some((x) => ids.has(x.categoryId)) ||
      s.priceShocks.some((x) => ids.has(x.categoryId)) ||
      s.localTarget.categories.some((x) => ids.has(x.categoryId)) ||
      s.organicTarget.categories.some((x) => ids.has(x.categoryId)),
  );
  return inScenario ? 'scenarios' : null;
}

/** Food categories with their climate factor (kg CO2e per kg) and its source. */
export function CategoriesRegister({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const ctx = useColumnContext();
  const lang = ctx.language;
  const columns = useMemo(
    (): ColumnDef<FoodCategory>[] => [
      textColumn<FoodCategory>({
        id: 'name',
        header: t('fields.name'),
        width: 260,
        get: (c) => categoryName(c, lang),
        // The name is kept per language; a category made here gets its first name as the fallback too.
        set: (c, name) => ({ ...c, names: { ...c.names, [lang]: name }, ...(Object.keys(c.names).length === 0 ? { name } : {}) }),
      }),
      numberColumn<FoodCategory>(ctx, {
        id: 'co2ePerKg',
        header: `${t('categories.co2e')} (${t('units.kgCo2ePerKg')})`,
        fieldName: t('categories.co2e'),
        width: 170,
        decimals: 2,
        rule: foodCategorySchema.shape.co2ePerKg,
        get: (c) => c.co2ePerKg,
        set: (c, v) => ({ ...c, co2ePerKg: v ?? 0 }),
      }),
      checkboxColumn<FoodCategory>(ctx, { id: 'isEstimate', header: t('common.estimate'), width: 110, filterable: true, get: (c) => c.isEstimate, set: (c, isEstimate) => ({ ...c, isEstimate }) }),
      textColumn<FoodCategory>({ id: 'source', header: t('categories.source'), width: 420, required: false, maxLength: 20_000, get: (c) => c.source, set: (c, source) => ({ ...c, source }) }),
      readonlyColumn<FoodCategory>({ id: 'id', header: t('categories.id'), width: 150, display: (c) => c.id, sortValue: (c) => c.id }),
    ],
    [t, ctx, lang],
  );
  return (
    <RegisterGrid<FoodCategory>
      toolbarExtra={<RegisterCsvButton register="foodCategories" plan={plan} />}
      gridId="categories"
      label={t('kitchens.tabs.categories')}
      table="foodCategories"
      workspaceId={plan.meta.id}
      rows={plan.foodCategories}
      columns={columns}
      texts={{ add: t('categories.add'), count: (n) => t('categories.count', { count: n }), deleted: (n) => t('categories.count', { count: n }) }}
      createRecord={() => ({ id: newId('cat'), name: t('categories.newName'), names: {}, co2ePerKg: 0, source: '', isEstimate: true })}
      duplicateRecord={(c) => ({ ...c, id: newId('cat'), name: t('grid.copyOf', { name: categoryName(c, lang) }), names: {} })}
      deleteBlockedReason={(rows) => {
        const where = usesCategory(plan, new Set(rows.map((r) => r.id)));
        return where ? t(`categories.deleteBlocked.${where as 'offers' | 'contracts' | 'scenarios'}`) : null;
      }}
      deleteAlso={(rows) => {
        // The meal profiles forget the deleted categories' grams (and get them back on undo).
        const ids = new Set(rows.map((r) => r.id));
        return plan.mealProfiles
          .filter((p) => Object.keys(p.grams).some((id) => ids.has(id)))
          .map((p) => ({ table: 'mealProfiles' as const, op: 'put' as const, record: { ...p, grams: Object.fromEntries(Object.entries(p.grams).filter(([id]) => !ids.has(id))) } }));
      }}
      empty={
        <EmptyState title={t('categories.emptyTitle')}>
          <p>{t('categories.empty')}</p>
        </EmptyState>
      }
    />
  );
}
