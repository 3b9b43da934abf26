/**
 * What can be imported, and into which fields. Each target (a plan register, or purchase lines)
 * has fields with a kind (how a cell is read), whether a column for it is required, and the
 * header names that announce it in Swedish, Danish, Finnish and English spreadsheets and in the
 * exports of common e-procurement and invoice systems (vocabulary/headers.ts).
 */
import { HEADER_WORDS } from './vocabulary/headers';

export const IMPORT_TARGETS = ['purchases', 'kitchens', 'organisations', 'suppliers', 'offers', 'budgets', 'contracts'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];
export type RegisterTarget = Exclude<ImportTarget, 'purchases'>;

/**
 * How a cell is read:
 * text — trimmed text; number — a number (decimal comma or point, grouped thousands, currency
 * signs); money — a number in major units, stored as integer minor units; integer — a whole
 * number; share — 0.9, "90 %" or 90 (read as per cent when above 1); date — 31.12.2025,
 * 2025-12-31 or 31/12/2025; yesNo — ja/nej, yes/no, kyllä/ei, 1/0, x; choice — one of a closed
 * vocabulary in any of the four languages; list — several names separated by commas.
 */
export type FieldKind = 'text' | 'number' | 'money' | 'integer' | 'share' | 'date' | 'yesNo' | 'choice' | 'list';

export interface FieldDef {
  id: FieldId;
  kind: FieldKind;
  /** A column for it must be mapped. */
  required: boolean;
}

export const FIELD_IDS = [
  // Purchase lines.
  'date',
  'buyer',
  'costCentre',
  'supplier',
  'product',
  'category',
  'quantity',
  'unit',
  'amount',
  'organic',
  'origin',
  // Registers.
  'name',
  'organisation',
  'sector',
  'kitchenKind',
  'breakfast',
  'lunch',
  'dinner',
  'snack',
  'attendance',
  'serviceDays',
  'latitude',
  'longitude',
  'organisationKind',
  'code',
  'regionCode',
  'municipalityCode',
  'population',
  'country',
  'distanceKm',
  'pricePerKg',
  'priceYear',
  'capacityKg',
  'minVolumeKg',
  'candidate',
  'year',
  'budget',
  'buyers',
  'categories',
  'start',
  'end',
  'extensionMonths',
  'leadTimeMonths',
  'joinBy',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

const f = (id: FieldId, kind: FieldKind, required = false): FieldDef => ({ id, kind, required });

export const TARGET_FIELDS: Record<ImportTarget, readonly FieldDef[]> = {
  purchases: [
    f('date', 'date', true),
    f('buyer', 'text'),
    f('costCentre', 'text'),
    f('supplier', 'text'),
    f('product', 'text'),
    f('category', 'text'),
    f('quantity', 'number'),
    f('unit', 'text'),
    f('amount', 'money', true),
    f('organic', 'yesNo'),
    f('origin', 'text'),
  ],
  kitchens: [
    f('name', 'text', true),
    f('organisation', 'text'),
    f('sector', 'choice', true),
    f('kitchenKind', 'choice'),
    f('breakfast', 'number'),
    f('lunch', 'number'),
    f('dinner', 'number'),
    f('snack', 'number'),
    f('attendance', 'share'),
    f('serviceDays', 'integer'),
    f('latitude', 'number'),
    f('longitude', 'number'),
  ],
  organisations: [
    f('name', 'text', true),
    f('organisationKind', 'choice'),
    f('code', 'text'),
    f('regionCode', 'text'),
    f('population', 'integer'),
    f('latitude', 'number'),
    f('longitude', 'number'),
  ],
  suppliers: [
    f('name', 'text', true),
    f('country', 'text'),
    f('municipalityCode', 'text'),
    f('regionCode', 'text'),
    f('distanceKm', 'number'),
    f('latitude', 'number'),
    f('longitude', 'number'),
  ],
  offers: [
    f('supplier', 'text', true),
    f('category', 'text', true),
    f('pricePerKg', 'money', true),
    f('priceYear', 'integer'),
    f('organic', 'yesNo'),
    f('capacityKg', 'number'),
    f('minVolumeKg', 'number'),
    f('origin', 'text'),
    f('candidate', 'yesNo'),
  ],
  budgets: [f('organisation', 'text'), f('year', 'integer', true), f('budget', 'money', true)],
  contracts: [
    f('name', 'text', true),
    f('supplier', 'text', true),
    f('buyers', 'list'),
    f('categories', 'list', true),
    f('start', 'date', true),
    f('end', 'date', true),
    f('extensionMonths', 'integer'),
    f('leadTimeMonths', 'integer'),
    f('joinBy', 'date'),
  ],
};

/** Fields of which at least one must be mapped (a purchase line needs a product text or a category). */
export const ONE_OF: Partial<Record<ImportTarget, readonly FieldId[]>> = {
  purchases: ['product', 'category'],
};

/** English field names, for the command line (the app has them in its four languages). */
export const FIELD_NAMES_EN: Record<FieldId, string> = {
  date: 'Date',
  buyer: 'Buyer',
  costCentre: 'Kitchen or cost centre',
  supplier: 'Supplier',
  product: 'Product',
  category: 'Category',
  quantity: 'Quantity',
  unit: 'Unit',
  amount: 'Amount',
  organic: 'Organic',
  origin: 'Origin',
  name: 'Name',
  organisation: 'Organisation',
  sector: 'Sector',
  kitchenKind: 'Kitchen type',
  breakfast: 'Breakfasts a day',
  lunch: 'Lunches a day',
  dinner: 'Dinners a day',
  snack: 'Snacks a day',
  attendance: 'Attendance',
  serviceDays: 'Service days',
  latitude: 'Latitude',
  longitude: 'Longitude',
  organisationKind: 'Kind',
  code: 'Code',
  regionCode: 'Region code',
  municipalityCode: 'Municipality code',
  population: 'Population',
  country: 'Country',
  distanceKm: 'Delivery distance (km)',
  pricePerKg: 'Price per kg',
  priceYear: 'Price year',
  capacityKg: 'Capacity (kg a year)',
  minVolumeKg: 'Minimum volume (kg)',
  candidate: 'Candidate',
  year: 'Year',
  budget: 'Budget',
  buyers: 'Buyers',
  categories: 'Categories',
  start: 'Start',
  end: 'End',
  extensionMonths: 'Extension (months)',
  leadTimeMonths: 'Tender lead time (months)',
  joinBy: 'Join by',
};

/**
 * A header as compared: lower case, without what is in brackets ("Belopp (kr)"), punctuation as
 * spaces ("exkl. moms", "kr/kg"), and without trailing "per day" words ("Lunch per dag").
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\s(per|pr|om|a|i|dag|dagen|day|døgn|päivässä))+$/u, '')
    .trim();
}

/** The headers that announce a field in a target, normalised. */
export function headerWords(target: ImportTarget, field: FieldId): readonly string[] {
  return HEADER_WORDS[target][field] ?? [];
}

export function fieldsOf(target: ImportTarget): readonly FieldDef[] {
  return TARGET_FIELDS[target];
}

export function isImportTarget(x: unknown): x is ImportTarget {
  return typeof x === 'string' && (IMPORT_TARGETS as readonly string[]).includes(x);
}
