import { describe, expect, it } from 'vitest';
import { DEMOS } from '../../../shared/demos';
import { evaluate } from '../../../shared/engine';
import { costPerMeal } from '../../../shared/engine/figures';
import { capacityRows } from '../../../renderer/src/results/capacity';
import { organisationPeriods, periodFigures, sumFigures } from '../../../renderer/src/results/period';
import { localTargetReachedYear } from '../../../renderer/src/results/targetReach';
import { unmetLocalByCategory } from '../../../renderer/src/results/unmetLocal';
import { winners } from '../../../renderer/src/results/winners';
import { timeScale } from '../../../renderer/src/timeline/timeScale';

const plan = DEMOS.find((d) => d.id === 'danish-partnership')!.build();
const result = evaluate(plan, 'dk-partnership');

describe('the slices the analysis views show', () => {
  it('a year is the engine’s row and the horizon its horizon figures', () => {
    expect(periodFigures(result, 2030)).toBe(result.totals.find((t) => t.year === 2030));
    expect(periodFigures(result, 'horizon')).toBe(result.horizon);
    expect(periodFigures(result, 1999)).toBeUndefined();
  });

  it('per organisation over the horizon: the rows summed, money exactly, budget and gap over the years with a budget', () => {
    const orgs = organisationPeriods(result, 'horizon');
    expect(orgs).toHaveLength(new Set(result.organisations.map((o) => o.organisationId)).size);
    const total = orgs.reduce((s, o) => s + o.figures.totalMinor, 0);
    expect(total).toBe(result.horizon.totalMinor);
    const gaps = orgs.reduce((s, o) => s + (o.figures.gapMinor ?? 0), 0);
    expect(gaps).toBe(result.horizon.gapMinor);
    // A ratio of the summed figures, as the helpers compute it.
    expect(costPerMeal(sumFigures(orgs.map((o) => o.figures)))).toBeCloseTo(costPerMeal(result.horizon)!, 9);
  });

  it('unmet local demand per category sums the engine’s rows over organisations (and years)', () => {
    const unmet = unmetLocalByCategory(result, 2031);
    const expected = result.categories.filter((c) => c.year === 2031).reduce((s, c) => s + c.unmetLocalKg, 0);
    const shown = [...unmet.values()].reduce((s, c) => s + c.kg, 0);
    expect(shown).toBeCloseTo(expected, 6);
    for (const c of unmet.values()) expect(c.byOrganisation.reduce((s, o) => s + o.kg, 0)).toBeCloseTo(c.kg, 6);
    const horizon = [...unmetLocalByCategory(result, 'horizon').values()].reduce((s, c) => s + c.kg, 0);
    expect(horizon).toBeCloseTo(result.horizon.unmetLocalKg, 3);
  });

  it('capacity rows: only capacity-limited offers, demand = bought + turned away', () => {
    const rows = [...capacityRows(result, 2030).values()];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.demandKg).toBeCloseTo(r.allocatedKg + r.deniedKg, 9);
      const offers = result.offers.filter((o) => o.year === 2030 && o.supplierId === r.supplierId && o.categoryId === r.categoryId && o.capacityKg !== null);
      expect(r.capacityKg).toBe(offers.reduce((s, o) => s + o.capacityKg!, 0));
    }
  });

  it('the local target is reachable from the first year the achieved share reaches it', () => {
    const lapland = DEMOS.find((d) => d.id === 'lapland')!.build();
    expect(localTargetReachedYear(evaluate(lapland, 'fi-municipal'))).toBe(2027);
    expect(localTargetReachedYear(result)).toBeNull();
  });
});

describe('which scenario is best', () => {
  const m = (entries: [string, number | null][]) => new Map(entries);
  it('marks the lowest or highest, ties together', () => {
    expect([...winners(m([['a', 3], ['b', 1], ['c', 1]]), 'lower')]).toEqual(['b', 'c']);
    expect([...winners(m([['a', 3], ['b', 1], ['c', null]]), 'higher')]).toEqual(['a']);
  });
  it('marks nothing when all read the same or fewer than two are known', () => {
    expect(winners(m([['a', 2], ['b', 2]]), 'lower').size).toBe(0);
    expect(winners(m([['a', 2], ['b', null]]), 'lower').size).toBe(0);
    // 1.131 and 1.127 both read 1.13: no winner.
    expect(winners(m([['a', 1.131], ['b', 1.127]]), 'lower', (v) => Math.round(v * 100)).size).toBe(0);
  });
});

describe('the time axis', () => {
  it('spans whole years and places dates by calendar days', () => {
    const s = timeScale(result.contracts, [2027, 2032], plan.meta.planDate);
    expect(s.from.endsWith('-01-01')).toBe(true);
    expect(s.years.at(-1)).toBeGreaterThanOrEqual(2032);
    expect(s.at(s.from)).toBe(0);
    expect(s.after(`${s.years.at(-1)}-12-31`)).toBe(1);
    const mid = s.at('2027-07-01');
    expect(mid).toBeGreaterThan(s.at('2027-01-01'));
    expect(mid).toBeLessThan(s.at('2028-01-01'));
  });
});
