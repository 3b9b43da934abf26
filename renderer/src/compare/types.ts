import type { ScenarioResult } from '../../../shared/engine/types';
import type { Plan, Scenario } from '../../../shared/model/types';
import type { Period } from '../results/period';

/** One scenario side by side with the others, with its engine result. */
export interface CompareColumn {
  scenario: Scenario;
  result: ScenarioResult;
}

/** What every part of the comparison gets: the plan, the columns, and the year or the horizon. */
export interface CompareProps {
  plan: Plan;
  columns: readonly CompareColumn[];
  period: Period;
}
