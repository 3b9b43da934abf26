/**
 * Figures the demos are built from and quote, all read from the engine's results (or, for meals
 * a day, from the kitchens themselves), so that a note can never say something the engine does not.
 */
import { costPerMeal, evaluateAll, localShareValue, localShareWeight, organicShareValue, organicShareWeight } from '../engine';
import type { ScenarioResult } from '../engine';
import type { ShareBasis } from '../model/enums';
import type { Budget, Plan } from '../model/types';

/**
 * Lunch-equivalent meals served on a day when every kitchen is open (a school-term weekday):
 * Σ over kitchens of (meals by type × the plan's meal weights) × attendance.
 */
export function mealsPerServiceDay(plan: Plan): number {
  const w = plan.meta.mealWeights;
  let sum = 0;
  for (const k of plan.kitchens) {
    sum += (k.meals.breakfast * w.breakfast + k.meals.lunch * w.lunch + k.meals.dinner * w.dinner + k.meals.snack * w.snack) * k.attendance;
  }
  return sum;
}

/** kg purchased per category in one year of a result: all organisations together, or only those listed. */
export function categoryKg(result: ScenarioResult, year: number, organisationIds?: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of result.categories) {
    if (c.year !== year || (organisationIds && !organisationIds.includes(c.organisationId))) continue;
    out.set(c.categoryId, (out.get(c.categoryId) ?? 0) + c.kg);
  }
  return out;
}

/**
 * Yearly budgets from a reference scenario (docs/demos.md §6): each organisation's total cost
 * (food, logistics, tendering, fees) in the first year × `uplift`, growing by `growth` a year,
 * rounded to whole thousands of the currency. Only organisations with a cost get a budget.
 */
export function budgetsFrom(result: ScenarioResult, uplift: number, growth: number): Budget[] {
  const first = result.years[0]!;
  const out: Budget[] = [];
  for (const row of result.organisations) {
    if (row.year !== first || row.totalMinor <= 0) continue;
    result.years.forEach((year, i) => {
      const amount = row.totalMinor * uplift * Math.pow(1 + growth, i);
      out.push({ id: `budget-${row.organisationId}-${year}`, organisationId: row.organisationId, year, amountMinor: Math.round(amount / 100_000) * 100_000 });
    });
  }
  return out;
}

/** The headline figures of one scenario over its whole horizon. */
export interface Headline {
  /** Total cost per lunch-equivalent meal, minor units. */
  costPerMeal: number;
  /** Local share by the given basis. */
  localShare: number;
  organicShare: number;
  /** Σ (total − budget) over organisations and years, minor units (positive: over budget). */
  budgetGap: number;
  totalMinor: number;
  meals: number;
}

export function headline(result: ScenarioResult, basis: ShareBasis): Headline {
  const h = result.horizon;
  return {
    costPerMeal: costPerMeal(h) ?? 0,
    localShare: (basis === 'value' ? localShareValue(h) : localShareWeight(h)) ?? 0,
    organicShare: (basis === 'value' ? organicShareValue(h) : organicShareWeight(h)) ?? 0,
    budgetGap: h.gapMinor ?? 0,
    totalMinor: h.totalMinor,
    meals: h.meals,
  };
}

/** Evaluates every scenario of the plan once, by id. */
export function resultsById(plan: Plan): Map<string, ScenarioResult> {
  return new Map(evaluateAll(plan).map((r) => [r.scenarioId, r]));
}

/** One organisation's local share over the whole horizon, by the given basis (0 when it buys nothing). */
export function organisationLocalShare(result: ScenarioResult, organisationId: string, basis: ShareBasis): number {
  let part = 0;
  let all = 0;
  for (const row of result.organisations) {
    if (row.organisationId !== organisationId) continue;
    part += basis === 'value' ? row.localValueMinor : row.localKg;
    all += basis === 'value' ? row.foodMinor : row.kg;
  }
  return all > 0 ? part / all : 0;
}

/** A horizon figure per year: the six-year sum divided by the number of years. */
export function perYear(result: ScenarioResult, value: number): number {
  return value / result.years.length;
}
