/** When a scenario's local target becomes reachable, read off the engine's trajectory rows. */
import type { ScenarioResult, TrajectoryRow } from '../../../shared/engine/types';

/** The local target rows for all categories together ('*'), year by year. */
export function localTrajectory(result: ScenarioResult): TrajectoryRow[] {
  return result.trajectory.filter((r) => r.categoryId === '*' && r.measure === 'local').sort((a, b) => a.year - b.year);
}

// Shares are ratios of sums: a target met exactly may read a hair under it.
const EPSILON = 1e-9;

export function targetMet(row: TrajectoryRow): boolean {
  return row.achievedShare >= row.targetShare - EPSILON;
}

/** The first year whose achieved local share reaches the target, or null when none does within the horizon. */
export function localTargetReachedYear(result: ScenarioResult): number | null {
  return localTrajectory(result).find(targetMet)?.year ?? null;
}
