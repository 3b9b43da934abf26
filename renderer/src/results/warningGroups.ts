/**
 * The warnings list shows, per code, a one-line title with the count and at most the first
 * WARNINGS_SHOWN_PER_GROUP sentences (./WarningsList.tsx). At Denmark scale a scenario has about a
 * thousand warnings, most of them long lists of contracts, and the Scenarios view receives them again on
 * every what-if step: so the engine worker sends only the warnings the list can show, and how
 * many there are of each code (../engine/evaluateRequest.ts, `figureRows`).
 */
import type { EngineWarning, ScenarioResult } from '../../../shared/engine/types';

export const WARNINGS_SHOWN_PER_GROUP = 40;

/** The first WARNINGS_SHOWN_PER_GROUP warnings of each code, in the engine's order, and the count of each code. */
export function trimWarnings(warnings: readonly EngineWarning[]): Pick<ScenarioResult, 'warnings' | 'warningCounts'> {
  const counts: NonNullable<ScenarioResult['warningCounts']> = {};
  const kept: EngineWarning[] = [];
  for (const w of warnings) {
    const n = counts[w.code] ?? 0;
    counts[w.code] = n + 1;
    if (n < WARNINGS_SHOWN_PER_GROUP) kept.push(w);
  }
  return { warnings: kept, warningCounts: counts };
}

/** How many warnings of `code` the result has (all of them, when it was not trimmed). */
export function warningCount(code: EngineWarning['code'], shown: number, counts: ScenarioResult['warningCounts']): number {
  return counts?.[code] ?? shown;
}
