/**
 * The numbers behind the report's charts, from the report model: one bar per scenario for the
 * comparison charts, one point per year for the trajectory. Pure, so the charts only draw.
 */
import { co2ePerMeal, costPerMeal } from '../../../shared/engine/figures';
import type { ReportModel } from '../../../shared/report';
import { localShareOf } from '../exports/reportContent';

export type ComparisonMeasure = 'costPerMeal' | 'localShare' | 'co2ePerMeal' | 'gapHorizon';
export const COMPARISON_MEASURES: readonly ComparisonMeasure[] = ['costPerMeal', 'localShare', 'co2ePerMeal', 'gapHorizon'];

export interface Bar {
  name: string;
  /** The value in the unit of the measure: minor units, a share, kg; null when not available. */
  value: number | null;
  index: number;
}

export function comparisonBars(model: ReportModel, measure: ComparisonMeasure): Bar[] {
  return model.scenarios.map((s, index) => {
    const y = s.year;
    const value =
      measure === 'costPerMeal'
        ? y && costPerMeal(y)
        : measure === 'localShare'
          ? localShareOf(s)
          : measure === 'co2ePerMeal'
            ? y && co2ePerMeal(y)
            : s.horizon.gapMinor;
    return { name: s.name, value: value ?? null, index };
  });
}

/** Rows for the trajectory chart: `year`, then `reached<i>` and `target<i>` per scenario. */
export function trajectoryRows(model: ReportModel): Record<string, number | null>[] {
  return model.years.map((year) => {
    const row: Record<string, number | null> = { year };
    model.trajectories.forEach((s, i) => {
      const p = s.points.find((x) => x.year === year);
      row[`reached${i}`] = p?.local ?? null;
      row[`target${i}`] = p?.localTarget ?? null;
    });
    return row;
  });
}

/** The top of the trajectory chart's share axis: the highest value rounded up to a tenth, at most 100 %. */
export function shareAxisTop(rows: readonly Record<string, number | null>[]): number {
  const max = Math.max(0.1, ...rows.flatMap((r) => Object.entries(r).filter(([k]) => k !== 'year').map(([, v]) => v ?? 0)));
  return Math.min(1, Math.ceil((max + 0.02) * 10) / 10);
}
