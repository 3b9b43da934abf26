/**
 * Shared checks of the demo plans: which engine warnings mean broken data, and independent
 * recomputations of the figures the notes quote (from `evaluate` and the engine's ratio helpers,
 * not from shared/demos/figures.ts).
 */
import { expect } from 'vitest';
import type { ScenarioResult, WarningCode } from '../../../shared/engine';
import type { Plan } from '../../../shared/model/types';

/**
 * Warnings that signal broken demo data: demand no offer covers, figures outside the sanity
 * ranges, a missing budget, a contract beyond its supplier's capacity, a framework longer than
 * the law allows, and a kitchen cooked for by another owner (the Lapland demo shows that one on
 * purpose, and its test says where).
 */
export const BROKEN: readonly WarningCode[] = [
  'uncoveredDemand',
  'sanityCostPerMeal',
  'sanityKgPerMeal',
  'sanityCo2ePerKg',
  'budgetMissing',
  'contractOverCapacity',
  'frameworkOver48Months',
  'sharedKitchenAcrossOwners',
];

/** Warnings a demo may show because they are what it is about (capacity, contracts, targets, budgets). */
export const MEANINGFUL: readonly WarningCode[] = [
  'localCapacityShortfall',
  'contractHoldsBack',
  'thresholdCrossed',
  'tenderStartPassed',
  'joinByPassed',
  'minVolumeNotReached',
  'organicTargetMissed',
  'budgetExceeded',
  'lowDataCoverage',
];

/** Relative closeness for figures recomputed in a different order (floating-point sums). */
export function expectClose(actual: number, expected: number, name = ''): void {
  const scale = Math.max(1, Math.abs(expected));
  expect(Math.abs(actual - expected) / scale, `${name}: ${actual} vs ${expected}`).toBeLessThan(1e-12);
}

/** Lunch-equivalents a day over every kitchen, straight from the plan's records. */
export function mealsPerDayOf(plan: Plan): number {
  const w = plan.meta.mealWeights;
  return plan.kitchens.reduce((s, k) => s + (k.meals.breakfast * w.breakfast + k.meals.lunch * w.lunch + k.meals.dinner * w.dinner + k.meals.snack * w.snack) * k.attendance, 0);
}

/** One organisation's local share over the horizon, by value or weight. */
export function orgLocal(r: ScenarioResult, orgId: string, basis: 'value' | 'weight'): number {
  const rows = r.organisations.filter((o) => o.organisationId === orgId);
  const part = rows.reduce((s, o) => s + (basis === 'value' ? o.localValueMinor : o.localKg), 0);
  const all = rows.reduce((s, o) => s + (basis === 'value' ? o.foodMinor : o.kg), 0);
  return part / all;
}

/** kg of a category bought by an organisation in a year. */
export function categoryKgOf(r: ScenarioResult, orgId: string, categoryId: string, year: number): number {
  return r.categories.filter((c) => c.organisationId === orgId && c.categoryId === categoryId && c.year === year).reduce((s, c) => s + c.kg, 0);
}

/** Local kg of a category bought by an organisation over the horizon. */
export function localKgOf(r: ScenarioResult, orgId: string, categoryId: string): number {
  return r.categories.filter((c) => c.organisationId === orgId && c.categoryId === categoryId).reduce((s, c) => s + c.localKg, 0);
}
