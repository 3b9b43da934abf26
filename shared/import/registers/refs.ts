/**
 * Finding the plan's records that a file names: an organisation by its name or code, a supplier by
 * its name, a category by its id, its name in any language, or the product-text rules.
 * Names compare without case, and without the words that one system writes and another leaves
 * out ("Södertälje kommun" is "Södertälje"; "Arla Foods AB" is "Arla Foods") when that leaves one
 * match only.
 */
import type { Organisation, Plan, Supplier } from '../../model/types';
import { categoryByName, compileCategoryRules, type CategoryRule } from '../categoryRules';
import { normaliseHeader } from '../fields';

const ORG_WORDS = /\b(kommun|kommune|kunta|kaupunki|stad|municipality|city|council)\b/gu;
const COMPANY_WORDS = /\b(ab|aktiebolag|a s|as|aps|oy|oyj|ab oy|ltd|limited|gmbh|inc|hb|kb)\b/gu;

export function nameKey(name: string): string {
  return normaliseHeader(name);
}

function looseKey(name: string, words: RegExp): string {
  return normaliseHeader(name)
    .replace(/s (kommun|stad)$/u, ' $1') // Swedish genitive: "Nykvarns kommun" is "Nykvarn"
    .replace(words, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function resolver<T>(records: readonly T[], name: (r: T) => string, words: RegExp, extra?: (r: T) => string[]): (text: string) => T | null {
  const exact = new Map<string, T>();
  const loose = new Map<string, T | null>();
  for (const r of records) {
    exact.set(nameKey(name(r)), r);
    for (const e of extra?.(r) ?? []) exact.set(nameKey(e), r);
    const k = looseKey(name(r), words);
    loose.set(k, loose.has(k) && loose.get(k) !== r ? null : r);
  }
  return (text: string) => {
    const hit = exact.get(nameKey(text));
    if (hit) return hit;
    return loose.get(looseKey(text, words)) ?? null;
  };
}

/** An organisation by name or by code (kommunkod, kommunekode, kuntanumero). */
export function organisationResolver(plan: Pick<Plan, 'organisations'>): (text: string) => Organisation | null {
  return resolver(plan.organisations, (o) => o.name, ORG_WORDS, (o) => [o.id, ...(o.code ? [o.code] : [])]);
}

export function supplierResolver(suppliers: readonly Supplier[]): (text: string) => Supplier | null {
  return resolver(suppliers, (s) => s.name, COMPANY_WORDS, (s) => [s.id]);
}

/** A category by id or name in any language, else by the product-text rules ("Mjölk" → milk). */
export function categoryResolver(plan: Pick<Plan, 'foodCategories'>, rules: readonly CategoryRule[]): (text: string) => string | null {
  const byName = categoryByName(plan.foodCategories);
  const byRule = compileCategoryRules(rules, new Set(plan.foodCategories.map((c) => c.id)));
  return (text: string) => byName(text) ?? byRule(text);
}
