/**
 * The report's recommended scenario. The rule is deliberately simple enough to be stated in one
 * sentence in the report and checked by hand from its summary table (the horizon's total cost
 * and budget gap are both printed there):
 *
 * 1. If some chosen organisation has a budget: among the scenarios whose budget gap over the
 *    horizon is zero or less, the lowest total cost over the horizon ("withinBudget");
 * 2. if none keeps within: the smallest budget gap over the horizon ("smallestGap");
 * 3. if no chosen organisation has a budget at all: the lowest total cost ("noBudgets").
 *
 * Ties (equal to the minor unit) go to the higher local share over the horizon by the target's
 * basis, then to the scenario listed first. The recommendation weighs money only: the targets are
 * shown beside it, and the decision stays with the board.
 */
import { shareBy } from '../engine/figures';
import type { Recommendation, ScenarioSummary } from './types';

function localShare(s: ScenarioSummary): number {
  return shareBy(s.localBasis, 'local', s.horizon) ?? 0;
}

/** Picks the best of `candidates` by `key` (lower is better), ties by local share, then order. */
function lowest(candidates: readonly ScenarioSummary[], key: (s: ScenarioSummary) => number): ScenarioSummary | undefined {
  let best: ScenarioSummary | undefined;
  for (const s of candidates) {
    if (!best) {
      best = s;
      continue;
    }
    const d = key(s) - key(best);
    if (d < 0 || (d === 0 && localShare(s) > localShare(best))) best = s;
  }
  return best;
}

export function recommendScenario(scenarios: readonly ScenarioSummary[]): Recommendation | null {
  if (scenarios.length === 0) return null;
  const budgeted = scenarios.some((s) => s.horizon.gapMinor !== null);
  if (!budgeted) return { scenarioId: lowest(scenarios, (s) => s.horizon.totalMinor)!.scenarioId, rule: 'noBudgets' };
  const within = scenarios.filter((s) => s.horizon.gapMinor !== null && s.horizon.gapMinor <= 0);
  if (within.length > 0) return { scenarioId: lowest(within, (s) => s.horizon.totalMinor)!.scenarioId, rule: 'withinBudget' };
  // Scenarios without any budget among the chosen organisations cannot be judged on the gap.
  const judged = scenarios.filter((s) => s.horizon.gapMinor !== null);
  return { scenarioId: lowest(judged, (s) => s.horizon.gapMinor!)!.scenarioId, rule: 'smallestGap' };
}
