/** Messages between the UI and the engine worker. */
import type { GoalSeekResult } from '../../../shared/engine/goalSeek';
import type { SensitivityResult } from '../../../shared/engine/sensitivity';
import type { PlanIssue, ScenarioResult } from '../../../shared/engine/types';
import type { Plan, Scenario } from '../../../shared/model/types';

export type EngineRequest =
  /** The plan the next evaluations use; the worker keeps it (plans are large, scenarios small). */
  | { type: 'plan'; version: number; plan: Plan }
  /** Evaluate scenarios of the current plan; `overrides` replace scenarios by id (what-if drafts). */
  | { type: 'evaluate'; requestId: number; version: number; scenarioIds: string[]; overrides: Scenario[]; detail: ResultDetail }
  /** Goal seek or sensitivity of one scenario and year (several evaluations each). */
  | { type: 'analyse'; requestId: number; version: number; analysis: 'goalSeek' | 'sensitivity'; scenarioId: string; year: number; overrides: Scenario[]; targetShare?: number };

/**
 * How much of each result to send back. At Denmark scale the per-category and per-offer rows are
 * tens of thousands of objects: copying them to the page on every slider step would stall it, so
 * views that only show totals ask for the summary (the engine's `rows: 'summary'`: the category,
 * offer and threshold rows left empty, which also spares the engine building them). Compare asks
 * for 'compare': the full result with only the rows it reads, the category rows with unmet local
 * demand and the offer rows with a capacity, and no threshold rows (a third of the bytes). The
 * Scenarios view asks for 'figures': the summary without the parts it does not read (the
 * per-organisation rows, contract timelines and per-category trajectory rows, and the warnings
 * beyond the first 40 of each code, which its list does not show: their counts are sent), 17 KiB
 * instead of 414 KiB a what-if step at Denmark scale.
 */
export type ResultDetail = 'figures' | 'summary' | 'compare' | 'full';

export type EngineResponse =
  | { type: 'results'; requestId: number; version: number; results: ScenarioResult[]; ms: number }
  | { type: 'invalid'; requestId: number; version: number; issues: PlanIssue[] }
  | { type: 'failed'; requestId: number; message: string }
  | { type: 'goalSeek'; requestId: number; result: GoalSeekResult }
  | { type: 'sensitivity'; requestId: number; result: SensitivityResult };
