import { periodFigures, type Period } from '../results/period';
import { winners } from '../results/winners';
import { MEASURE_IDS, MEASURES, type MeasureId } from './measures';
import type { CompareColumn } from './types';

/** Per measure, the scenarios that are best on it in the period (none when all are equal). */
export function measureWinners(columns: readonly CompareColumn[], period: Period): Record<MeasureId, Set<string>> {
  return Object.fromEntries(
    MEASURE_IDS.map((id) => {
      const values = new Map(
        columns.map((c) => {
          const f = periodFigures(c.result, period);
          return [c.scenario.id, f ? MEASURES[id].value(f) : null] as const;
        }),
      );
      return [id, winners(values, MEASURES[id].better, MEASURES[id].shown)];
    }),
  ) as Record<MeasureId, Set<string>>;
}
