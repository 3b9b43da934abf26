/**
 * The measures the comparison ranks scenarios on, each read from the engine's additive figures
 * through the ratio helpers of shared/engine/figures.ts, and which direction is better.
 */
import {
  co2ePerMeal,
  costPerMeal,
  foodCostPerMeal,
  localShareValue,
  localShareWeight,
  organicShareValue,
  organicShareWeight,
} from '../../../shared/engine/figures';
import type { PeriodFigures } from '../results/period';
import { cents, hundredths, tenthsOfPercent, wholeUnits, type Better } from '../results/winners';

export const MEASURE_IDS = [
  'costPerMeal',
  'foodCostPerMeal',
  'totalCost',
  'localShareValue',
  'localShareWeight',
  'organicShareValue',
  'organicShareWeight',
  'co2ePerMeal',
  'budgetGap',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export interface Measure {
  better: Better;
  value(f: PeriodFigures): number | null;
  /** The value at the precision shown on screen: scenarios that read the same tie. */
  shown(v: number): number;
}

export const MEASURES: Record<MeasureId, Measure> = {
  costPerMeal: { better: 'lower', value: costPerMeal, shown: cents },
  foodCostPerMeal: { better: 'lower', value: foodCostPerMeal, shown: cents },
  totalCost: { better: 'lower', value: (f) => f.totalMinor, shown: wholeUnits },
  localShareValue: { better: 'higher', value: localShareValue, shown: tenthsOfPercent },
  localShareWeight: { better: 'higher', value: localShareWeight, shown: tenthsOfPercent },
  organicShareValue: { better: 'higher', value: organicShareValue, shown: tenthsOfPercent },
  organicShareWeight: { better: 'higher', value: organicShareWeight, shown: tenthsOfPercent },
  co2ePerMeal: { better: 'lower', value: co2ePerMeal, shown: hundredths },
  // Total − budget: the smallest gap (the most to spare, or the least over) is best.
  budgetGap: { better: 'lower', value: (f) => f.gapMinor, shown: wholeUnits },
};
