/**
 * The three built-in demo plans (docs/demos.md). Each is built by a pure, deterministic function
 * from public figures; its note (renderer/src/i18n/locales/<lang>/demos.json, `demos.<id>.note`)
 * quotes figures that `noteFigures` computes from the engine's results of the built plan.
 *
 * Plan ids: `demo-<id>` (demo-stockholm-malardalen, demo-danish-partnership, demo-lapland); plan
 * date 2026-11-24; scenarios 2027–2032.
 *
 * Placeholders of the notes, by kind (the UI formats them before interpolation):
 * - money, minor units of the plan's currency (öre, øre, cent; a float, as a per-meal or
 *   per-year figure may be a fraction of a minor unit): costPerMeal*, *SavingPerYear,
 *   *GainPerYear, hubExtraCostPerYear, feesPerYear, feesPerMeal, budgetGap* (over budget, summed
 *   over the six years), budgetMarginPartnership (under budget, summed over the six years). The
 *   notes' wording assumes the sign each name implies (a saving is positive); the tests check it;
 * - share, a fraction in [0, 1]: localShare*;
 * - kg: unmetLocalKgLastYear;
 * - plain number: mealsPerDay (lunch-equivalent meals on a day when every kitchen serves).
 */
import { danishPartnership } from './danishPartnership';
import { lapland } from './lapland';
import { stockholmMalardalen } from './stockholmMalardalen';
import type { DemoDefinition } from './types';

export type { DemoDefinition, DemoId } from './types';

/** The kind of each note placeholder, so that the UI can format it (see the comment above). */
export type NoteFigureKind = 'money' | 'share' | 'kg' | 'number';

export function noteFigureKind(name: string): NoteFigureKind {
  if (name.startsWith('localShare')) return 'share';
  if (name.startsWith('unmetLocalKg')) return 'kg';
  if (name === 'mealsPerDay') return 'number';
  return 'money';
}

export const DEMOS: readonly DemoDefinition[] = [stockholmMalardalen, danishPartnership, lapland];
