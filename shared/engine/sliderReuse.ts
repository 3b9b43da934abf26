/**
 * Reusing, across the evaluations of one plan, the work a what-if slider did not change
 * (docs/engine.md §11). A slider on the local target moves the target shares and nothing else;
 * one on the local premium or a price shock moves the list prices and nothing else. What depends
 * on neither (the demand, and each (category, year) of the allocation whose target shares and
 * list prices are the same as before) is taken from the last evaluation of the same scenario
 * instead of being computed again.
 *
 * The caller keeps a `KeptEvaluation` (`EvaluateOptions.keep`) and hands it back with the next
 * evaluation (`EvaluateOptions.previous`); the engine itself decides what of it may be used, from
 * the inputs it was derived from, so a stale one is never used:
 * - all of it only when every plan table but the scenarios is the very same object as then (a
 *   plan is a value: ./memo.ts), and the scenario and adjustments are the same but for the fields
 *   listed here (targets, prices) and the cost-only fields (./allocationReuse.ts); every other
 *   field is part of the key, so a field added later makes the kept evaluation unusable until it
 *   is listed here;
 * - then the demand as it is (it reads none of the listed fields);
 * - and each (category, year) of the allocation whose local and organic target shares and bases,
 *   and the list prices of the category's offers that year, are equal (Object.is) to the kept
 *   ones; the allocation of a (category, year) reads nothing another one writes (docs/engine.md
 *   §10), so the kept figures are the ones a fresh allocation computes, bit for bit.
 * test/unit/engine/sliderReuse.test.ts checks that results with and without it are equal.
 */
import type { Plan, Scenario } from '../model/types';
import type { Allocation } from './allocate';
import { COST_ONLY_FIELDS, COST_ONLY_PARTNERSHIP_FIELDS, copyAllocation } from './allocationReuse';
import type { Adjustments } from './compute';
import type { Demand } from './demand';
import type { CategoryTargets } from './trajectory';

/** Scenario fields the kept evaluation is compared on through what they compute (target shares, list prices). */
export const SLIDER_FIELDS = ['localTarget', 'organicTarget', 'priceIndex', 'categoryPriceIndex', 'priceShocks', 'localPremium'] as const satisfies readonly (keyof Scenario)[];

/** What one evaluation keeps for the next of the same plan and scenario. Nothing in it is shared with the engine's scratch arrays. */
export interface KeptEvaluation {
  /** Every plan table but the scenarios, by name, as the objects it was computed from. */
  tables: ReadonlyMap<string, unknown>;
  /** reuseKey of the scenario and adjustments. */
  key: string;
  demand: Demand;
  /** List prices per (offer, year), and the target shares, it allocated with. */
  prices: Float64Array;
  localTargets: CategoryTargets;
  organicTargets: CategoryTargets;
  allocation: Allocation;
  /** What this evaluation took from the one before (profiling and tests). */
  reused: { demand: boolean; cells: number };
}

/** The scenario without the slider and cost-only fields, and the adjustments, as text. */
export function reuseKey(scenario: Scenario, adj: Adjustments): string {
  const partnership: Record<string, unknown> = { ...scenario.partnership };
  for (const f of COST_ONLY_PARTNERSHIP_FIELDS) delete partnership[f];
  const rest: Record<string, unknown> = { ...scenario, partnership };
  for (const f of COST_ONLY_FIELDS) delete rest[f];
  for (const f of SLIDER_FIELDS) delete rest[f];
  // Object.entries in a fixed order: the same adjustments give the same text.
  const a = Object.entries(adj).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return JSON.stringify([rest, a]);
}

function planTables(plan: Plan): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const [name, table] of Object.entries(plan)) if (name !== 'scenarios') m.set(name, table);
  return m;
}

/** Whether `kept` was computed from the same plan tables, scenario (but for the listed fields) and adjustments. */
export function usable(kept: KeptEvaluation, plan: Plan, scenario: Scenario, adj: Adjustments): boolean {
  const names = Object.keys(plan).filter((n) => n !== 'scenarios');
  if (names.length !== kept.tables.size) return false;
  for (const n of names) {
    if (!kept.tables.has(n) || kept.tables.get(n) !== (plan as unknown as Record<string, unknown>)[n]) return false;
  }
  return kept.key === reuseKey(scenario, adj);
}

function copyDemand(d: Demand): Demand {
  // `bound` and `kgPerMeal` are new arrays on every computation; meals and kg are scratch arrays.
  return { meals: d.meals.slice(), kg: d.kg.slice(), bound: d.bound, kgPerMeal: d.kgPerMeal };
}

/**
 * What to keep of an evaluation. `demand` is the previous evaluation's own (no copy) when it was
 * reused; every array the engine reuses (scratch) is copied.
 */
export function keepEvaluation(
  plan: Plan,
  scenario: Scenario,
  adj: Adjustments,
  demand: Demand,
  demandReused: boolean,
  prices: Float64Array,
  localTargets: CategoryTargets,
  organicTargets: CategoryTargets,
  allocation: Allocation,
): KeptEvaluation {
  return {
    tables: planTables(plan),
    key: reuseKey(scenario, adj),
    demand: demandReused ? demand : copyDemand(demand),
    prices: prices.slice(),
    localTargets,
    organicTargets,
    allocation: copyAllocation(allocation),
    reused: { demand: demandReused, cells: allocation.keptCells },
  };
}
