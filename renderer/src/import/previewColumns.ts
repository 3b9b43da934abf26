/**
 * The columns of the preview table: the first rows as they will be stored, in the user's
 * language (names for ids, formatted numbers, money and dates).
 */
import type { TFunction } from 'i18next';
import type { Formatter } from '../../../shared/format';
import { dayToIso } from '../../../shared/import/cells';
import type { RegisterTarget } from '../../../shared/import/fields';
import { lineAt, type PurchaseLine } from '../../../shared/import/purchaseColumns';
import type { RegisterPut } from '../../../shared/import/registers';
import type { RunResult } from '../../../shared/import/run';
import type { Language } from '../../../shared/model/enums';
import type { Budget, Contract, Kitchen, Offer, Organisation, Plan, Supplier } from '../../../shared/model/types';
import { categoryName } from '../format/names';
import { fieldName } from './problemText';

export interface PreviewColumn<T> {
  header: string;
  value(row: T): string;
  numeric?: boolean;
}

export const PREVIEW_ROWS = 20;

export function previewPurchaseLines(result: RunResult): PurchaseLine[] {
  const p = result.purchases;
  const c = p?.chunks[0];
  if (!p || !c) return [];
  return Array.from({ length: Math.min(PREVIEW_ROWS, c.count) }, (_, i) => lineAt(p.dictionaries, c, i, dayToIso));
}

export function purchaseColumns(t: TFunction, f: Formatter, plan: Plan, language: Language): PreviewColumn<PurchaseLine>[] {
  const cat = new Map(plan.foodCategories.map((c) => [c.id, categoryName(c, language)]));
  const cur = plan.meta.currency;
  return [
    { header: t('import.preview.line'), value: (l) => String(l.line), numeric: true },
    { header: fieldName(t, 'date'), value: (l) => f.date(l.date) },
    { header: fieldName(t, 'buyer'), value: (l) => l.buyer },
    { header: fieldName(t, 'costCentre'), value: (l) => l.costCentre },
    { header: fieldName(t, 'supplier'), value: (l) => l.supplier },
    { header: fieldName(t, 'product'), value: (l) => l.product },
    { header: fieldName(t, 'category'), value: (l) => (l.category ? (cat.get(l.category) ?? l.category) : t('import.preview.noCategory')) },
    { header: fieldName(t, 'quantity'), value: (l) => (l.quantity === null ? '' : `${f.number(l.quantity, 3)} ${l.unit}`.trim()), numeric: true },
    { header: t('import.preview.kg'), value: (l) => (l.kg === null ? '–' : f.number(l.kg, 3)), numeric: true },
    { header: fieldName(t, 'amount'), value: (l) => f.money(l.amountMinor, cur, 2), numeric: true },
    { header: fieldName(t, 'organic'), value: (l) => (l.organic ? t('common.yes') : t('common.no')) },
    { header: fieldName(t, 'origin'), value: (l) => l.origin },
  ];
}

export function previewRecords(result: RunResult, target: RegisterTarget): RegisterPut[] {
  return (result.puts ?? []).filter((p) => p.table === target).slice(0, PREVIEW_ROWS);
}

export function recordColumns(target: RegisterTarget, t: TFunction, f: Formatter, plan: Plan, language: Language, newSuppliers: readonly RegisterPut[]): PreviewColumn<RegisterPut>[] {
  const orgName = new Map(plan.organisations.map((o) => [o.id, o.name]));
  const supName = new Map([...plan.suppliers, ...newSuppliers.map((p) => p.record as Supplier)].map((s) => [s.id, s.name]));
  const cat = new Map(plan.foodCategories.map((c) => [c.id, categoryName(c, language)]));
  const cur = plan.meta.currency;
  const status: PreviewColumn<RegisterPut> = { header: t('import.preview.status'), value: (p) => (p.update ? t('import.preview.updated') : t('import.preview.new')) };
  const col = <T,>(header: string, value: (r: T) => string, numeric = false): PreviewColumn<RegisterPut> => ({ header, value: (p) => value(p.record as T), numeric });
  const n = (x: number | undefined | null, d = 2) => (x === undefined || x === null ? '' : f.number(x, d));
  switch (target) {
    case 'kitchens':
      return [
        status,
        col<Kitchen>(fieldName(t, 'name'), (k) => k.name),
        col<Kitchen>(fieldName(t, 'organisation'), (k) => orgName.get(k.organisationId) ?? k.organisationId),
        col<Kitchen>(fieldName(t, 'sector'), (k) => t(`sectors.${k.sector}`)),
        col<Kitchen>(fieldName(t, 'kitchenKind'), (k) => t(`kitchenKinds.${k.kind}`)),
        col<Kitchen>(fieldName(t, 'breakfast'), (k) => n(k.meals.breakfast), true),
        col<Kitchen>(fieldName(t, 'lunch'), (k) => n(k.meals.lunch), true),
        col<Kitchen>(fieldName(t, 'dinner'), (k) => n(k.meals.dinner), true),
        col<Kitchen>(fieldName(t, 'snack'), (k) => n(k.meals.snack), true),
        col<Kitchen>(fieldName(t, 'attendance'), (k) => f.percent(k.attendance), true),
        col<Kitchen>(fieldName(t, 'serviceDays'), (k) => `${n(k.serviceDays, 0)} (${t(`calendars.${k.calendar}`)})`, true),
      ];
    case 'organisations':
      return [
        status,
        col<Organisation>(fieldName(t, 'name'), (o) => o.name),
        col<Organisation>(fieldName(t, 'organisationKind'), (o) => t(`organisationKinds.${o.kind}`)),
        col<Organisation>(fieldName(t, 'code'), (o) => o.code ?? ''),
        col<Organisation>(fieldName(t, 'regionCode'), (o) => o.regionCode ?? ''),
        col<Organisation>(fieldName(t, 'population'), (o) => n(o.population, 0), true),
      ];
    case 'suppliers':
      return [
        status,
        col<Supplier>(fieldName(t, 'name'), (s) => s.name),
        col<Supplier>(fieldName(t, 'country'), (s) => s.country),
        col<Supplier>(fieldName(t, 'municipalityCode'), (s) => s.municipalityCode ?? ''),
        col<Supplier>(fieldName(t, 'regionCode'), (s) => s.regionCode ?? ''),
        col<Supplier>(fieldName(t, 'distanceKm'), (s) => n(s.distanceKm, 1), true),
      ];
    case 'offers':
      return [
        status,
        col<Offer>(fieldName(t, 'supplier'), (o) => supName.get(o.supplierId) ?? o.supplierId),
        col<Offer>(fieldName(t, 'category'), (o) => cat.get(o.categoryId) ?? o.categoryId),
        col<Offer>(fieldName(t, 'pricePerKg'), (o) => f.money(o.pricePerKgMinor, cur, 2), true),
        col<Offer>(fieldName(t, 'priceYear'), (o) => String(o.priceYear), true),
        col<Offer>(fieldName(t, 'organic'), (o) => (o.organic ? t('common.yes') : t('common.no'))),
        col<Offer>(fieldName(t, 'capacityKg'), (o) => n(o.capacityKg, 0), true),
        col<Offer>(fieldName(t, 'origin'), (o) => (o.origin ? [o.origin.country, o.origin.regionCode, o.origin.municipalityCode].filter(Boolean).join(' ') : '')),
      ];
    case 'budgets':
      return [
        status,
        col<Budget>(fieldName(t, 'organisation'), (b) => orgName.get(b.organisationId) ?? b.organisationId),
        col<Budget>(fieldName(t, 'year'), (b) => String(b.year), true),
        col<Budget>(fieldName(t, 'budget'), (b) => f.money(b.amountMinor, cur, 0), true),
      ];
    case 'contracts':
      return [
        status,
        col<Contract>(fieldName(t, 'name'), (c) => c.name),
        col<Contract>(fieldName(t, 'supplier'), (c) => supName.get(c.supplierId) ?? c.supplierId),
        col<Contract>(fieldName(t, 'buyers'), (c) => c.buyerIds.map((id) => orgName.get(id) ?? id).join(', ')),
        col<Contract>(fieldName(t, 'categories'), (c) => c.categoryIds.map((id) => cat.get(id) ?? id).join(', ')),
        col<Contract>(fieldName(t, 'start'), (c) => f.date(c.start)),
        col<Contract>(fieldName(t, 'end'), (c) => f.date(c.initialEnd)),
      ];
  }
}
