/**
 * `evaluate(plan, scenarioId)`: a scenario's comparable result (docs/engine.md). Checks the plan
 * first and throws a `PlanError` carrying the issues when it cannot be evaluated.
 */
import type { Plan, Scenario } from '../model/types';
import { PlanError, checkPlan } from './checkPlan';
import { compute, type Adjustments, type Computation } from './compute';
import { copyTimeline } from './contracts';
import { buildRows, type Rows } from './results';
import type { Allocation } from './allocate';
import { copyAllocation } from './allocationReuse';
import { keepEvaluation, type KeptEvaluation } from './sliderReuse';
import { withScratch } from './scratch';
import type { PlanIssue, ScenarioResult } from './types';
import { buildWarnings } from './warnings';

export interface EvaluateOptions {
  /**
   * 'full' (the default): every row. 'summary': no per-category and per-offer rows (`categories`,
   * `offers` and the per-category threshold crossings `thresholds` are empty arrays; the warnings
   * about crossings are kept); every other field is exactly what 'full' gives, so it equals
   * `{ ...full, categories: [], offers: [], thresholds: [] }`. For views that show totals only (a
   * what-if slider): at Denmark scale it is a tenth of the bytes to copy to the page.
   */
  rows?: 'full' | 'summary';
  /**
   * An allocation computed before for this plan and this scenario but for its cost-only fields,
   * with the same adjustments (./allocationReuse.ts): used instead of allocating again.
   */
  allocation?: Allocation;
  /** Receives a copy of the allocation this evaluation computed, to reuse later. */
  keepAllocation?: (allocation: Allocation) => void;
  /**
   * What an earlier evaluation of this plan and scenario kept (`keep`): the parts of it computed
   * from the same inputs are used instead of computing them again (./sliderReuse.ts). Ignored
   * when `allocation` is given.
   */
  previous?: KeptEvaluation;
  /** Receives what this evaluation keeps for the next one (./sliderReuse.ts). */
  keep?: (kept: KeptEvaluation) => void;
}

/** Evaluates a scenario of a plan already checked. */
export function evaluateScenario(plan: Plan, scenario: Scenario, adj: Adjustments = {}, options: EvaluateOptions = {}): ScenarioResult {
  // The computation's typed arrays are reused by the next evaluation (./scratch.ts): the rows copy
  // everything out before it ends.
  return withScratch((scratch) => {
    const comp = compute(plan, scenario, adj, scratch, options.allocation ?? null, options.allocation ? null : (options.previous ?? null));
    if (options.keepAllocation && !options.allocation) options.keepAllocation(copyAllocation(comp.alloc));
    if (options.keep && !options.allocation) {
      options.keep(keepEvaluation(plan, scenario, adj, comp.demand, comp.demandReused, comp.prices, comp.localTargets, comp.organicTargets, comp.alloc));
    }
    const rows = buildRows(comp, options.rows !== 'summary');
    return result(plan, scenario, comp, rows);
  });
}

function result(plan: Plan, scenario: Scenario, comp: Computation, rows: Rows): ScenarioResult {
  return {
    scenarioId: scenario.id,
    kind: scenario.kind,
    currency: plan.meta.currency,
    years: [...comp.own.years],
    organisations: rows.organisations,
    categories: rows.categories,
    totals: rows.totals,
    horizon: rows.horizon,
    offers: rows.offers,
    trajectory: rows.trajectory,
    contracts: comp.bindings.schedules.map((s) => copyTimeline(s.timeline)),
    thresholds: rows.thresholds,
    warnings: buildWarnings(comp, rows),
  };
}

function unknownScenario(id: string): PlanIssue {
  return {
    code: 'unknownScenario',
    table: 'scenarios',
    id,
    field: '',
    params: { scenarioId: id },
    message: `scenarios '${id}': there is no such scenario.`,
  };
}

/** Throws a PlanError unless the plan can be evaluated. */
export function assertEvaluable(plan: Plan): void {
  const issues = checkPlan(plan);
  if (issues.length > 0) throw new PlanError(issues);
}

export function findScenario(plan: Plan, scenarioId: string): Scenario {
  const s = plan.scenarios.find((x) => x.id === scenarioId);
  if (!s) throw new PlanError([unknownScenario(scenarioId)]);
  return s;
}

/** The result of one scenario; throws `PlanError` (with the issues) when the plan is not valid. */
export function evaluate(plan: Plan, scenarioId: string): ScenarioResult {
  assertEvaluable(plan);
  return evaluateScenario(plan, findScenario(plan, scenarioId));
}

/** The results of every scenario, in plan order; checks the plan once. */
export function evaluateAll(plan: Plan): ScenarioResult[] {
  assertEvaluable(plan);
  return plan.scenarios.map((s) => evaluateScenario(plan, s));
}
