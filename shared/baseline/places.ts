/**
 * Whether each purchase line is local, judged exactly as the engine judges an offer
 * (shared/engine/local.ts), by building the engine's own local table over stand-in offers: one per
 * distinct pair of (where grown, who supplied) found in the lines. The origin cell gives the grown
 * place (shared/import/origin.ts); the supplier, when its name matches one of the plan's
 * suppliers, gives the processed place. A supplier the plan lacks has no known place, so under a
 * "processed" or "both" definition its lines count as unknown, never as local.
 */
import { buildLocalTable } from '../engine/local';
import { buildPlanIndex } from '../engine/planIndex';
import type { Offer, Plan, Supplier } from '../model/types';
import type { Place } from '../import/origin';

/** The stand-in supplier for names the plan lacks: every field of its place is unknown. */
const UNKNOWN_SUPPLIER_ID = '__unknown_supplier__';

export interface LocalLookup {
  /** Index of the (origin place, supplier) pair; pass to `status`. */
  pair(place: Place | null, supplierIndex: number): number;
  /** After all pairs are known: builds the table. */
  build(): void;
  /** UNKNOWN (0), NOT_LOCAL (1) or LOCAL (2) of a pair for an organisation index of the plan. */
  status(pair: number, org: number): number;
}

export function localLookup(plan: Plan): LocalLookup {
  const pairs = new Map<string, number>();
  const offers: Offer[] = [];
  let table: Uint8Array | null = null;
  const nOrg = plan.organisations.length;
  return {
    pair(place, supplierIndex) {
      const key = `${place?.country ?? ''}|${place?.regionCode ?? ''}|${place?.municipalityCode ?? ''}|${place ? 1 : 0}|${supplierIndex}`;
      let i = pairs.get(key);
      if (i === undefined) {
        i = offers.length;
        pairs.set(key, i);
        offers.push({
          id: `pair-${i}`,
          supplierId: supplierIndex >= 0 ? plan.suppliers[supplierIndex]!.id : UNKNOWN_SUPPLIER_ID,
          categoryId: 'any',
          pricePerKgMinor: 0,
          priceYear: 2000,
          organic: false,
          capacityKg: null,
          minVolumeKg: 0,
          discountTiers: [],
          origin: place ? { ...place } : null,
          candidate: false,
          source: '',
          isEstimate: false,
        });
      }
      return i;
    },
    build() {
      const orgIds = new Set(plan.organisations.map((o) => o.id));
      // A supplier whose place is wholly unknown: the engine then finds every status unknown.
      const unknownSupplier = { id: UNKNOWN_SUPPLIER_ID, name: UNKNOWN_SUPPLIER_ID } as unknown as Supplier;
      const standIn: Plan = {
        meta: plan.meta,
        organisations: plan.organisations,
        kitchens: plan.kitchens.filter((k) => orgIds.has(k.organisationId)),
        foodCategories: [{ id: 'any', name: 'any', names: {}, co2ePerKg: 0, source: '', isEstimate: true }],
        mealProfiles: [],
        suppliers: [...plan.suppliers, unknownSupplier],
        offers,
        contracts: [],
        budgets: [],
        thresholds: [],
        scenarios: [],
      };
      table = buildLocalTable(standIn, buildPlanIndex(standIn)).status;
    },
    status(pair, org) {
      return table![pair * nOrg + org]!;
    },
  };
}
