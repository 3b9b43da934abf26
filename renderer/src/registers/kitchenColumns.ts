/** The columns of the kitchens register. */
import type { TFunction } from 'i18next';
import { CALENDAR_KINDS, KITCHEN_KINDS, MEAL_TYPES, SECTORS } from '../../../shared/model/enums';
import { kitchenSchema, mealsPerDaySchema } from '../../../shared/model/schema';
import type { Kitchen, Plan } from '../../../shared/model/types';
import { numberColumn, percentColumn, selectColumn, textColumn, type ColumnContext } from '../grid/columns';
import type { ColumnDef } from '../grid/types';

export function kitchenColumns(t: TFunction, ctx: ColumnContext, plan: Plan): ColumnDef<Kitchen>[] {
  const orgOptions = plan.organisations.map((o) => ({ value: o.id, label: o.name }));
  const producers = plan.kitchens.filter((k) => k.kind === 'production');
  const producerOptions = [{ value: '', label: t('fields.none') }, ...producers.map((k) => ({ value: k.id, label: k.name }))];
  const meals = t('units.mealsPerDay');
  return [
    textColumn<Kitchen>({ id: 'name', header: t('fields.name'), width: 220, get: (k) => k.name, set: (k, name) => ({ ...k, name }) }),
    selectColumn<Kitchen>({
      id: 'organisationId',
      header: t('fields.organisation'),
      options: orgOptions,
      filterable: true,
      get: (k) => k.organisationId,
      set: (k, organisationId) => ({ ...k, organisationId }),
    }),
    selectColumn<Kitchen>({
      id: 'sector',
      header: t('fields.sector'),
      width: 160,
      options: SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) })),
      filterable: true,
      get: (k) => k.sector,
      set: (k, sector) => ({ ...k, sector: sector as Kitchen['sector'] }),
    }),
    selectColumn<Kitchen>({
      id: 'kind',
      header: t('fields.kitchenKind'),
      width: 160,
      options: KITCHEN_KINDS.map((s) => ({ value: s, label: t(`kitchenKinds.${s}`) })),
      filterable: true,
      get: (k) => k.kind,
      set: (k, kind) => {
        const { suppliedById: _s, ...rest } = k;
        return kind === 'receiving' ? { ...k, kind } : { ...rest, kind: kind as Kitchen['kind'] };
      },
    }),
    selectColumn<Kitchen>({
      id: 'suppliedById',
      header: t('fields.suppliedBy'),
      width: 190,
      options: producerOptions,
      emptyLabel: '',
      get: (k) => k.suppliedById ?? '',
      set: (k, id) => {
        const { suppliedById: _s, ...rest } = k;
        return id ? { ...rest, suppliedById: id } : rest;
      },
      enabled: (k) => k.kind === 'receiving',
    }),
    ...MEAL_TYPES.map((m) =>
      numberColumn<Kitchen>(ctx, {
        id: `meals.${m}`,
        header: `${t(`mealTypes.${m}`)} (${meals})`,
        fieldName: t(`mealTypes.${m}`),
        width: 130,
        decimals: 1,
        rule: mealsPerDaySchema.shape[m],
        get: (k) => k.meals[m],
        set: (k, v) => ({ ...k, meals: { ...k.meals, [m]: v ?? 0 } }),
      }),
    ),
    percentColumn<Kitchen>(ctx, {
      id: 'attendance',
      header: `${t('fields.attendance')} (%)`,
      fieldName: t('fields.attendance'),
      get: (k) => k.attendance,
      set: (k, attendance) => ({ ...k, attendance }),
    }),
    selectColumn<Kitchen>({
      id: 'calendar',
      header: t('fields.calendar'),
      width: 220,
      options: CALENDAR_KINDS.map((c) => ({ value: c, label: t(`calendars.${c}`) })),
      get: (k) => k.calendar,
      set: (k, calendar) => ({ ...k, calendar: calendar as Kitchen['calendar'] }),
    }),
    {
      ...numberColumn<Kitchen>(ctx, {
      id: 'serviceDays',
      header: `${t('fields.serviceDays')} (${t('units.daysPerYear')})`,
      fieldName: t('fields.serviceDays'),
      width: 150,
      decimals: 0,
      rule: kitchenSchema.shape.serviceDays,
      get: (k) => k.serviceDays,
      set: (k, v) => ({ ...k, serviceDays: v ?? 0 }),
      enabled: (k) => k.calendar === 'fixed',
      }),
      // Other calendars count the days themselves: the fixed number is not used.
      display: (k: Kitchen) => (k.calendar === 'fixed' ? ctx.f.number(k.serviceDays) : t('kitchens.byCalendar')),
    },
  ];
}
