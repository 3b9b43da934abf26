/**
 * The baseline from purchase lines, computed by hand for a small plan: two municipalities in
 * Stockholm county (län 01), local meaning "grown in the same region" unless a test says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { baselineShares, computeBaseline, sumBy, sumCells } from '../../../shared/baseline';
import { rowsToData } from '../../../shared/import/purchaseRows';
import { PURCHASE_FIELDS } from '../../../shared/model/schema';
import type { Plan, PurchaseCell } from '../../../shared/model/types';
import { testPlan } from '../import/helpers';

function plan(): Plan {
  const p = testPlan();
  p.kitchens.push({ id: 'k-bjork', name: 'Björkskolan', organisationId: 'org-nyk', sector: 'school', kind: 'production', meals: { breakfast: 0, lunch: 100, dinner: 0, snack: 0 }, attendance: 0.9, calendar: 'school', serviceDays: 178 });
  return p;
}

// batch, line, date, buyer, costCentre, supplier, product, category, quantity, unit, kg, amountMinor, organic, origin
const ROWS: PurchaseCell[][] = [
  ['b', 2, '2025-02-01', 'Södertälje kommun', '', 'Arla Foods AB', 'Mjölk', 'milk', 100, 'kg', 100, 100_000, true, '0181'], // local, organic
  ['b', 3, '2025-03-01', 'Södertälje', '', 'Arla Foods', 'Mjölk', 'milk', 50, 'kg', 50, 40_000, false, '12'], // Skåne: not local
  ['b', 4, '2025-04-01', 'Nykvarns kommun', '', 'Gården i Järna', 'Morötter', 'potatoes_roots', 200, 'kg', 200, 60_000, true, ''], // origin unknown
  ['b', 5, '2026-01-10', 'Södertälje kommun', '', 'Okänd AB', 'Ägg', 'eggs', 10, 'st', null, 30_000, false, '01'], // local, no weight
  ['b', 6, '2025-05-01', 'Gnesta kommun', 'Björkskolan', 'Arla Foods AB', 'Mjölk', 'milk', 20, 'kg', 20, 8_000, false, 'SE-01'], // Nykvarn by its kitchen; local
  ['b', 7, '2025-06-01', '', '', 'Arla Foods AB', 'Mjölk', 'milk', 5, 'kg', 5, 2_000, false, '01'], // no buyer: unassigned
];

function data(rows = ROWS) {
  return [...rowsToData({ batches: [{ id: 'b', sourceFile: 'x.csv', importedAt: '', rowCount: rows.length }], fields: [...PURCHASE_FIELDS], rows }).values()];
}

describe('baseline from purchase lines', () => {
  const b = computeBaseline(plan(), data());

  it('has the years of the lines', () => {
    expect(b.years).toEqual([2025, 2026]);
  });

  it('sums value, weight, local, organic and coverage per organisation', () => {
    const byOrg = sumBy(b, 2025, (c) => c.organisationId);
    expect(byOrg.get('org-sod')).toEqual({ valueMinor: 140_000, kg: 150, localValueMinor: 100_000, localKg: 100, organicValueMinor: 100_000, organicKg: 100, knownOriginValueMinor: 140_000, knownOriginKg: 150, lines: 2, linesWithoutKg: 0 });
    expect(byOrg.get('org-nyk')).toEqual({ valueMinor: 68_000, kg: 220, localValueMinor: 8_000, localKg: 20, organicValueMinor: 60_000, organicKg: 200, knownOriginValueMinor: 8_000, knownOriginKg: 20, lines: 2, linesWithoutKg: 0 });
    // The line without a buyer is counted, and never judged local.
    expect(byOrg.get(null)).toMatchObject({ valueMinor: 2_000, localValueMinor: 0, knownOriginValueMinor: 0, lines: 1 });
  });

  it('gives shares like the engine: local and organic over all food, weight shares over lines with a weight', () => {
    const sod = sumCells(b, (c) => c.year === 2025 && c.organisationId === 'org-sod');
    expect(baselineShares(sod)).toEqual({ localValue: 100_000 / 140_000, localWeight: 100 / 150, organicValue: 100_000 / 140_000, organicWeight: 100 / 150, coverageValue: 1, coverageWeight: 1 });
    const eggs = sumCells(b, (c) => c.year === 2026);
    expect(baselineShares(eggs)).toEqual({ localValue: 1, localWeight: null, organicValue: 0, organicWeight: null, coverageValue: 1, coverageWeight: null });
    expect(eggs.linesWithoutKg).toBe(1);
  });

  it('sums per category', () => {
    const byCat = sumBy(b, 2025, (c) => c.categoryId);
    expect(byCat.get('milk')!.valueMinor).toBe(150_000);
    expect(byCat.get('potatoes_roots')!.valueMinor).toBe(60_000);
  });

  it('judges the processed place by the supplier, as the engine does for offers', () => {
    const p = plan();
    p.meta.local = { ...p.meta.local, stage: 'processed' };
    const byOrg = sumBy(computeBaseline(p, data()), 2025, (c) => c.organisationId);
    // Arla and Gården are both in län 01: every line of a known supplier is local.
    expect(byOrg.get('org-sod')!.localValueMinor).toBe(140_000);
    expect(byOrg.get('org-nyk')!.localValueMinor).toBe(68_000);
    // A supplier the plan lacks has no known place.
    const unknown = sumBy(computeBaseline(p, data()), 2026, (c) => c.organisationId).get('org-sod')!;
    expect(unknown).toMatchObject({ localValueMinor: 0, knownOriginValueMinor: 0 });
  });

  it('uses the domestic definition with country origins', () => {
    const p = plan();
    p.meta.local = { ...p.meta.local, kind: 'domestic' };
    const rows = ROWS.map((r) => [...r]);
    rows[1]![13] = 'Danmark';
    const byOrg = sumBy(computeBaseline(p, data(rows)), 2025, (c) => c.organisationId);
    expect(byOrg.get('org-sod')).toMatchObject({ localValueMinor: 100_000, knownOriginValueMinor: 140_000 });
  });

  it('is empty without lines', () => {
    expect(computeBaseline(plan(), [])).toEqual({ years: [], cells: [] });
  });
});
