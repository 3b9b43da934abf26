/**
 * Editing a target trajectory from the what-if slider: the slider sets the target share of the
 * horizon's last year; earlier points stay as they are. A trajectory without points gets a
 * straight ramp from 0 in the first year, so the target is not reached overnight.
 */
import type { Trajectory } from './types';

export function withFinalShare(trajectory: Trajectory, startYear: number, endYear: number, share: number): Trajectory {
  const kept = trajectory.points.filter((p) => p.year < endYear);
  const points = kept.length ? [...kept, { year: endYear, share }] : startYear < endYear ? [{ year: startYear, share: 0 }, { year: endYear, share }] : [{ year: endYear, share }];
  return { ...trajectory, points };
}
