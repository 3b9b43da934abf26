/**
 * Sensitivity (docs/engine.md §8): each input group moved −10 % and +10 %, and the effect on the
 * year's total cost per meal and local share (by the general target's basis), sorted by the size
 * of the effect on cost per meal, for a tornado chart. Computed on a one-year variant of the
 * scenario (years are independent in the engine).
 */
import type { ShareBasis } from '../model/enums';
import type { Plan } from '../model/types';
import type { Adjustments } from './compute';
import { assertEvaluable, evaluateScenario, findScenario } from './evaluate';
import { costPerMeal, localShareValue, localShareWeight } from './figures';
import type { Figures } from './types';

export const SENSITIVITY_GROUPS = ['prices', 'localPremium', 'meals', 'waste', 'portions', 'localCapacity', 'logistics', 'fees'] as const;
export type SensitivityGroup = (typeof SENSITIVITY_GROUPS)[number];

/** What each group moves. */
const ADJUST: Record<SensitivityGroup, (f: number) => Adjustments> = {
  /** Every offer's price. */
  prices: (f) => ({ priceFactor: f }),
  /** The price of offers that are local for some organisation. */
  localPremium: (f) => ({ localPriceFactor: f }),
  /** Meals per day in every kitchen. */
  meals: (f) => ({ mealsFactor: f }),
  /** Every waste share. */
  waste: (f) => ({ wasteFactor: f }),
  /** Every portion's grams. */
  portions: (f) => ({ gramsFactor: f }),
  /** The capacity of local offers. */
  localCapacity: (f) => ({ localCapacityFactor: f }),
  /** Delivery and hub costs. */
  logistics: (f) => ({ logisticsFactor: f }),
  /** Partnership fees and the cost of a tender. */
  fees: (f) => ({ feesFactor: f }),
};

export interface SensitivityPoint {
  /** Total cost per meal, minor units (null without meals). */
  costPerMealMinor: number | null;
  localShare: number | null;
}

export interface SensitivityRow {
  group: SensitivityGroup;
  low: SensitivityPoint;
  high: SensitivityPoint;
  /** |cost per meal at +10 % − at −10 %|. */
  costPerMealSwing: number;
  localShareSwing: number;
}

export interface SensitivityResult {
  scenarioId: string;
  year: number;
  /** The basis of the local share (the scenario's general local target). */
  basis: ShareBasis;
  step: number;
  base: SensitivityPoint;
  rows: SensitivityRow[];
}

export function sensitivity(plan: Plan, scenarioId: string, year: number, step = 0.1): SensitivityResult {
  assertEvaluable(plan);
  const scenario = findScenario(plan, scenarioId);
  const basis = scenario.localTarget.basis;
  const variant = { ...scenario, startYear: year, years: 1 };
  const point = (adj: Adjustments): SensitivityPoint => {
    const f: Figures = evaluateScenario(plan, variant, adj).totals[0]!;
    return { costPerMealMinor: costPerMeal(f), localShare: basis === 'value' ? localShareValue(f) : localShareWeight(f) };
  };
  const swing = (a: number | null, b: number | null) => (a === null || b === null ? 0 : Math.abs(b - a));
  const rows = SENSITIVITY_GROUPS.map((group): SensitivityRow => {
    const low = point(ADJUST[group](1 - step));
    const high = point(ADJUST[group](1 + step));
    return {
      group,
      low,
      high,
      costPerMealSwing: swing(low.costPerMealMinor, high.costPerMealMinor),
      localShareSwing: swing(low.localShare, high.localShare),
    };
  });
  rows.sort((a, b) => b.costPerMealSwing - a.costPerMealSwing || b.localShareSwing - a.localShareSwing);
  return { scenarioId, year, basis, step, base: point({}), rows };
}
