/** The numbers behind the report's charts come from the report model, one bar per scenario. */
import { describe, expect, it } from 'vitest';
import { co2ePerMeal, costPerMeal, shareBy } from '../../../shared/engine/figures';
import { comparisonBars, shareAxisTop, trajectoryRows } from '../../../renderer/src/reports/chartData';
import { demoPlan, reportOf } from './support';

describe('chart data', async () => {
  const { model, results } = await reportOf(demoPlan('lapland'), 'fi');

  it('has one bar per scenario with the engine’s ratios for the summary year, and the horizon gap', () => {
    model.scenarios.forEach((s, i) => {
      const y = results.get(s.scenarioId)!.totals.find((t) => t.year === model.selection.year)!;
      expect(comparisonBars(model, 'costPerMeal')[i]!.value).toBe(costPerMeal(y));
      expect(comparisonBars(model, 'co2ePerMeal')[i]!.value).toBeCloseTo(co2ePerMeal(y)!, 12);
      expect(comparisonBars(model, 'localShare')[i]!.value).toBeCloseTo(shareBy(s.localBasis, 'local', y)!, 12);
      expect(comparisonBars(model, 'gapHorizon')[i]!.value).toBe(results.get(s.scenarioId)!.horizon.gapMinor);
    });
  });

  it('has a trajectory row per year, reached and target per scenario, and an axis that holds them', () => {
    const rows = trajectoryRows(model);
    expect(rows.map((r) => r.year)).toEqual(model.years);
    expect(rows[0]!.target0).toBe(model.trajectories[0]!.points[0]!.localTarget);
    const top = shareAxisTop(rows);
    for (const r of rows) for (const [k, v] of Object.entries(r)) if (k !== 'year') expect(v ?? 0).toBeLessThanOrEqual(top);
    expect(shareAxisTop([{ year: 2027, reached0: 0.95 }])).toBe(1);
  });
});
