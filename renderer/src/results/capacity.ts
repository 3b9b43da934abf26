/**
 * Demand against capacity per supplier and category: the engine's offer utilisation rows of
 * capacity-limited offers, summed per (supplier, category) over the offers and the years of the
 * period, for display. Needs results with detail 'full' or 'compare'.
 *
 * The engine does not expose which offers count as local, so the rows are the offers with a
 * capacity limit (local producers in practice); `deniedKg` > 0 is a shortfall the engine rationed.
 */
import type { ScenarioResult } from '../../../shared/engine/types';
import { inPeriod, type Period } from './period';

export interface CapacityRow {
  supplierId: string;
  categoryId: string;
  /** kg bought from the offers. */
  allocatedKg: number;
  /** kg asked beyond what the capacity could give (rationed away). */
  deniedKg: number;
  /** allocated + denied: what the buyers asked of the supplier and could be counted. */
  demandKg: number;
  /** The capacity over the period (a year's capacity × the years). */
  capacityKg: number;
}

export const capacityKey = (supplierId: string, categoryId: string): string => `${supplierId}\u0000${categoryId}`;

export function capacityRows(result: ScenarioResult, period: Period): Map<string, CapacityRow> {
  const out = new Map<string, CapacityRow>();
  for (const o of result.offers) {
    if (o.capacityKg === null || !inPeriod(o.year, period)) continue;
    const key = capacityKey(o.supplierId, o.categoryId);
    let row = out.get(key);
    if (!row) {
      row = { supplierId: o.supplierId, categoryId: o.categoryId, allocatedKg: 0, deniedKg: 0, demandKg: 0, capacityKg: 0 };
      out.set(key, row);
    }
    row.allocatedKg += o.allocatedKg;
    row.deniedKg += o.deniedKg;
    row.demandKg += o.allocatedKg + o.deniedKg;
    row.capacityKg += o.capacityKg;
  }
  return out;
}

/** Share of the capacity bought (above 1 when a contract binds more than the capacity); null without capacity. */
export function utilisation(row: CapacityRow): number | null {
  return row.capacityKg > 0 ? row.allocatedKg / row.capacityKg : null;
}
