import type { Plan, Scenario } from '../../../shared/model/types';
import { useAppStore } from '../state/appStore';

/** The scenario the analysis views show: the chosen one, else the plan's first. */
export function useSelectedScenario(plan: Plan | null | undefined): Scenario | undefined {
  const id = useAppStore((s) => s.scenarioId);
  if (!plan) return undefined;
  return plan.scenarios.find((s) => s.id === id) ?? plan.scenarios[0];
}

/** The year shown: the chosen one when the scenario covers it, else the scenario's first. */
export function useSelectedYear(scenario: Scenario | undefined): number | undefined {
  const year = useAppStore((s) => s.year);
  if (!scenario) return undefined;
  const last = scenario.startYear + scenario.years - 1;
  return year !== null && year >= scenario.startYear && year <= last ? year : scenario.startYear;
}
