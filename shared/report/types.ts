/**
 * The council report as data: what the Reports view previews and prints and what the Word, Excel
 * and CSV exports write, before any language is chosen. Every figure is an engine sum (integer
 * minor units, kg) or one of those sums restricted to the chosen organisations; ratios are left
 * to shared/engine/figures.ts at the point of display.
 */
import type { EngineWarning, Figures, WarningSeverity } from '../engine/types';
import type { ScenarioKind, ShareBasis } from '../model/enums';

/** What the reader chose: 2–4 scenarios, one year for the summary, the organisations to include. */
export interface ReportSelection {
  scenarioIds: string[];
  /** The year of the one-page summary; the horizon is always shown beside it. */
  year: number;
  /** Organisations whose rows are summed; every figure of the report covers exactly these. */
  organisationIds: string[];
}

/** Additive figures of a slice, with the budget and the gap of the organisations that have one. */
export interface SliceFigures extends Figures {
  /** Sum of the budgets; null when no organisation of the slice has one. */
  budgetMinor: number | null;
  /** Sum of (total − budget) over the organisations with a budget: positive is over budget. */
  gapMinor: number | null;
}

export interface ScenarioSummary {
  scenarioId: string;
  name: string;
  kind: ScenarioKind;
  years: number[];
  /** The summary year; null when the scenario's horizon does not include it. */
  year: SliceFigures | null;
  horizon: SliceFigures;
  /** Organisation-years over budget / with a budget, over the horizon. */
  orgYearsOverBudget: number;
  orgYearsWithBudget: number;
  /** The targets' bases (the `*` rows), which decide whether a share is read by value or weight. */
  localBasis: ShareBasis;
  organicBasis: ShareBasis;
  /** The general targets in the summary year (null when the year is outside the horizon). */
  localTarget: number | null;
  organicTarget: number | null;
}

/**
 * Which scenario the report recommends, and by which branch of the rule (said in the report):
 * - withinBudget: the lowest total cost over the horizon among scenarios whose budget gap over
 *   the horizon is zero or less;
 * - smallestGap: none keeps within its budgets: the smallest budget gap over the horizon;
 * - noBudgets: no chosen organisation has a budget: the lowest total cost over the horizon.
 * Ties go to the higher local share (by the target's basis), then to the order of the plan.
 */
export interface Recommendation {
  scenarioId: string;
  rule: 'withinBudget' | 'smallestGap' | 'noBudgets';
}

export interface TrajectoryPoint {
  year: number;
  /** The general target (the `*` row) and the share the chosen organisations reach, by its basis. */
  localTarget: number;
  local: number | null;
  organicTarget: number;
  organic: number | null;
  /** Contracts that keep demand of the chosen organisations with their supplier this year. */
  heldBackBy: string[];
}

export interface TrajectorySeries {
  scenarioId: string;
  localBasis: ShareBasis;
  organicBasis: ShareBasis;
  points: TrajectoryPoint[];
}

/** A contract that holds the local share back in at least one chosen scenario. */
export interface HeldBackContract {
  contractId: string;
  plannedEnd: string;
  newSupplierFrom: string;
  latestTenderStart: string;
  /** Years it holds demand back, per scenario id (only scenarios where it does). */
  years: Record<string, number[]>;
}

/** A capacity-limited offer that had to refuse part of what was asked of it in the summary year. */
export interface CapacityRow {
  scenarioId: string;
  offerId: string;
  supplierId: string;
  categoryId: string;
  capacityKg: number;
  allocatedKg: number;
  deniedKg: number;
}

/** One warning (its sentence is the same in every scenario it occurs in) and where it occurs. */
export interface WarningItem {
  warning: EngineWarning;
  scenarioIds: string[];
}

export interface WarningGroup {
  code: EngineWarning['code'];
  severity: WarningSeverity;
  items: WarningItem[];
}

/** One organisation in the summary year: its cost, budget and gap in each chosen scenario. */
export interface OrganisationGapRow {
  organisationId: string;
  /** By scenario id; absent when the organisation has no row in that scenario and year. */
  byScenario: Record<string, SliceFigures>;
}

export interface ReportModel {
  selection: ReportSelection;
  scenarios: ScenarioSummary[];
  recommendation: Recommendation | null;
  /** Every year of any chosen scenario, ascending. */
  years: number[];
  trajectories: TrajectorySeries[];
  heldBack: HeldBackContract[];
  capacity: CapacityRow[];
  warnings: WarningGroup[];
  organisations: OrganisationGapRow[];
}
