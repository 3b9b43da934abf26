/**
 * The plan's registers as export tables (workbook sheets, CSV of a register): one row per record,
 * references shown by name, units in the headers. Pure: the texts come from the `t` passed in, so
 * a workbook in Finnish does not depend on the UI language.
 */
import type { TFunction } from 'i18next';
import { MEAL_TYPES, type Language } from '../../../shared/model/enums';
import type { Offer, Plan } from '../../../shared/model/types';
import { categoryName } from '../format/names';
import { cell, type Column, type Table } from './table';

export const REGISTER_IDS = ['organisations', 'kitchens', 'foodCategories', 'mealProfiles', 'suppliers', 'offers', 'contracts', 'budgets'] as const;
export type RegisterId = (typeof REGISTER_IDS)[number];

const text = (header: string, width = 24): Column => ({ header, numeric: false, width });
const num = (header: string, width = 14): Column => ({ header, numeric: true, width });

function namesOf(plan: Plan, language: Language) {
  const organisations = new Map(plan.organisations.map((o) => [o.id, o.name]));
  const categories = new Map(plan.foodCategories.map((c) => [c.id, categoryName(c, language)]));
  const suppliers = new Map(plan.suppliers.map((s) => [s.id, s.name]));
  const kitchens = new Map(plan.kitchens.map((k) => [k.id, k.name]));
  return {
    organisation: (id: string | undefined) => (id ? (organisations.get(id) ?? id) : ''),
    category: (id: string) => categories.get(id) ?? id,
    supplier: (id: string) => suppliers.get(id) ?? id,
    kitchen: (id: string | undefined) => (id ? (kitchens.get(id) ?? id) : ''),
  };
}

function origin(o: Offer, t: TFunction): string {
  if (!o.origin) return t('offers.unknown');
  const parts = [o.origin.country, o.origin.regionCode, o.origin.municipalityCode].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' / ') : t('offers.unknown');
}

/** One register as a table, in the language of `t`. */
export function registerTable(id: RegisterId, plan: Plan, t: TFunction, language: Language): Table {
  const n = namesOf(plan, language);
  const currency = plan.meta.currency;
  const base = { id, currency, title: t(`exports.registers.${id}`) };
  switch (id) {
    case 'organisations':
      return {
        ...base,
        columns: [
          text(t('fields.name'), 30),
          text(t('fields.organisationKind'), 14),
          text(t('fields.regionKind'), 26),
          text(t('fields.country'), 10),
          text(t('header.currency'), 8),
          text(t('organisations.code'), 12),
          text(t('organisations.regionCode'), 12),
          text(t('organisations.parentRegion'), 26),
          num(t('fields.population'), 12),
        ],
        rows: plan.organisations.map((o) => [
          cell.text(o.name),
          cell.text(t(`organisationKinds.${o.kind}`)),
          o.regionKind ? cell.text(t(`regionKinds.${o.regionKind}`)) : cell.empty(),
          cell.text(t(`countries.${o.country}`)),
          cell.text(o.currency),
          o.code ? cell.text(o.code) : cell.empty(),
          o.regionCode ? cell.text(o.regionCode) : cell.empty(),
          o.parentRegionId ? cell.text(n.organisation(o.parentRegionId)) : cell.empty(),
          cell.number(o.population ?? null),
        ]),
      };
    case 'kitchens':
      return {
        ...base,
        columns: [
          text(t('fields.name'), 30),
          text(t('fields.organisation'), 24),
          text(t('fields.sector'), 16),
          text(t('fields.kitchenKind'), 14),
          text(t('fields.suppliedBy'), 26),
          ...MEAL_TYPES.map((m) => num(t('exports.columns.mealsPerDay', { meal: t(`mealTypes.${m}`) }), 12)),
          num(t('fields.attendance'), 12),
          text(t('fields.calendar'), 18),
          num(t('exports.columns.serviceDays'), 12),
        ],
        rows: plan.kitchens.map((k) => [
          cell.text(k.name),
          cell.text(n.organisation(k.organisationId)),
          cell.text(t(`sectors.${k.sector}`)),
          cell.text(t(`kitchenKinds.${k.kind}`)),
          k.suppliedById ? cell.text(n.kitchen(k.suppliedById)) : cell.empty(),
          ...MEAL_TYPES.map((m) => cell.number(k.meals[m], 2)),
          cell.percent(k.attendance, 1),
          cell.text(t(`calendars.${k.calendar}`)),
          k.calendar === 'fixed' ? cell.integer(k.serviceDays) : cell.empty(),
        ]),
      };
    case 'foodCategories':
      return {
        ...base,
        columns: [text(t('categories.id'), 18), text(t('fields.name'), 24), num(t('exports.columns.co2ePerKg'), 14), text(t('categories.source'), 60), text(t('common.estimate'), 10)],
        rows: plan.foodCategories.map((c) => [cell.text(c.id), cell.text(categoryName(c, language)), cell.number(c.co2ePerKg, 2), cell.text(c.source), cell.bool(c.isEstimate)]),
      };
    case 'mealProfiles':
      return {
        ...base,
        columns: [
          text(t('fields.sector'), 16),
          ...plan.foodCategories.map((c) => num(t('exports.columns.grams', { category: categoryName(c, language) }), 12)),
          num(t('exports.columns.wasteShare'), 12),
          text(t('categories.source'), 40),
          text(t('common.estimate'), 10),
        ],
        rows: plan.mealProfiles.map((p) => [
          cell.text(t(`sectors.${p.sector}`)),
          ...plan.foodCategories.map((c) => cell.number(p.grams[c.id] ?? 0, 1)),
          cell.percent(p.wasteShare, 1),
          cell.text(p.source),
          cell.bool(p.isEstimate),
        ]),
      };
    case 'suppliers':
      return {
        ...base,
        columns: [text(t('fields.name'), 30), text(t('suppliers.country'), 10), text(t('suppliers.regionCode'), 12), text(t('suppliers.municipalityCode'), 12), num(t('exports.columns.distanceKm'), 12)],
        rows: plan.suppliers.map((s) => [
          cell.text(s.name),
          cell.text(s.country),
          s.regionCode ? cell.text(s.regionCode) : cell.empty(),
          s.municipalityCode ? cell.text(s.municipalityCode) : cell.empty(),
          cell.number(s.distanceKm ?? null, 1),
        ]),
      };
    case 'offers':
      return {
        ...base,
        columns: [
          text(t('offers.supplier'), 26),
          text(t('offers.category'), 20),
          num(t('exports.columns.pricePerKg', { currency }), 14),
          num(t('offers.priceYear'), 10),
          text(t('offers.organic'), 10),
          num(t('exports.columns.capacityKg'), 14),
          num(t('exports.columns.minVolumeKg'), 14),
          text(t('offers.discountTiers'), 14),
          text(t('exports.columns.origin'), 16),
          text(t('offers.candidate'), 10),
          text(t('offers.source'), 40),
          text(t('common.estimate'), 10),
        ],
        rows: plan.offers.map((o) => [
          cell.text(n.supplier(o.supplierId)),
          cell.text(n.category(o.categoryId)),
          cell.money(o.pricePerKgMinor, 2),
          cell.integer(o.priceYear),
          cell.bool(o.organic),
          o.capacityKg === null ? cell.text(t('offers.noLimit')) : cell.number(o.capacityKg),
          cell.number(o.minVolumeKg),
          o.discountTiers.length ? cell.text(t('offers.tierCount', { count: o.discountTiers.length })) : cell.empty(),
          cell.text(origin(o, t)),
          cell.bool(o.candidate),
          cell.text(o.source),
          cell.bool(o.isEstimate),
        ]),
      };
    case 'contracts':
      return {
        ...base,
        columns: [
          text(t('fields.name'), 30),
          text(t('offers.supplier'), 24),
          text(t('contracts.buyers'), 30),
          text(t('contracts.lots'), 30),
          text(t('contracts.start'), 12),
          text(t('contracts.initialEnd'), 12),
          text(t('contracts.extensions'), 22),
          num(t('exports.columns.leadTimeMonths'), 12),
          text(t('contracts.joinBy'), 12),
        ],
        rows: plan.contracts.map((c) => [
          cell.text(c.name),
          cell.text(n.supplier(c.supplierId)),
          cell.text(c.buyerIds.map(n.organisation).join(', ')),
          cell.text(c.categoryIds.map(n.category).join(', ')),
          cell.date(c.start),
          cell.date(c.initialEnd),
          c.extensions.length
            ? cell.text(c.extensions.map((e) => t(e.use ? 'contracts.optionUsed' : 'contracts.option', { months: e.months })).join(' + '))
            : cell.empty(),
          cell.integer(c.leadTimeMonths),
          cell.date(c.joinByDate),
        ]),
      };
    case 'budgets':
      return {
        ...base,
        columns: [text(t('fields.organisation'), 30), num(t('fields.year'), 8), num(t('exports.columns.budget', { currency }), 18)],
        rows: plan.budgets.map((b) => [cell.text(n.organisation(b.organisationId)), cell.integer(b.year), cell.money(b.amountMinor)]),
      };
  }
}
