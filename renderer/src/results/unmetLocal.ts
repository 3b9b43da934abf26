/**
 * Unmet local demand per food category: the engine's `unmetLocalKg` of the (organisation,
 * category, year) rows, summed over the organisations and the years of the period, for display.
 * Needs results with detail 'full' or 'compare' (the summary leaves `categories` empty).
 */
import type { ScenarioResult } from '../../../shared/engine/types';
import { inPeriod, type Period } from './period';

export interface UnmetLocalCategory {
  categoryId: string;
  kg: number;
  /** What each organisation could not get, kg (only those with some). */
  byOrganisation: { organisationId: string; kg: number }[];
}

export function unmetLocalByCategory(result: ScenarioResult, period: Period): Map<string, UnmetLocalCategory> {
  const out = new Map<string, UnmetLocalCategory>();
  const orgKg = new Map<string, Map<string, number>>();
  for (const row of result.categories) {
    if (row.unmetLocalKg <= 0 || !inPeriod(row.year, period)) continue;
    let cat = out.get(row.categoryId);
    if (!cat) {
      cat = { categoryId: row.categoryId, kg: 0, byOrganisation: [] };
      out.set(row.categoryId, cat);
      orgKg.set(row.categoryId, new Map());
    }
    cat.kg += row.unmetLocalKg;
    const byOrg = orgKg.get(row.categoryId)!;
    byOrg.set(row.organisationId, (byOrg.get(row.organisationId) ?? 0) + row.unmetLocalKg);
  }
  for (const [categoryId, byOrg] of orgKg) out.get(categoryId)!.byOrganisation = [...byOrg].map(([organisationId, kg]) => ({ organisationId, kg }));
  return out;
}
