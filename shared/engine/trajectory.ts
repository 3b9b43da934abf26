/**
 * Target shares over the years: linear between points, flat before the first and after the
 * last, 0 without points (docs/engine.md §4).
 */
import type { ShareBasis } from '../model/enums';
import type { Trajectory, TrajectoryPoint } from '../model/types';

export function shareAt(points: readonly TrajectoryPoint[], year: number): number {
  if (points.length === 0) return 0;
  return shareAtSorted(byYear(points), year);
}

/** The points in year order (a stable sort: points of the same year keep their order). */
function byYear(points: readonly TrajectoryPoint[]): TrajectoryPoint[] {
  return [...points].sort((a, b) => a.year - b.year);
}

/** shareAt for points already in year order (at least one). */
function shareAtSorted(sorted: readonly TrajectoryPoint[], year: number): number {
  const first = sorted[0]!;
  if (year <= first.year) return first.share;
  for (let i = 1; i < sorted.length; i++) {
    const b = sorted[i]!;
    if (year <= b.year) {
      const a = sorted[i - 1]!;
      return b.year === a.year ? b.share : a.share + ((b.share - a.share) * (year - a.year)) / (b.year - a.year);
    }
  }
  return sorted[sorted.length - 1]!.share;
}

/** The share in each of `years`, the points sorted once (not once per category and year). */
function sharesOver(points: readonly TrajectoryPoint[], years: readonly number[]): Float64Array {
  const out = new Float64Array(years.length);
  if (points.length === 0) return out;
  const sorted = byYear(points);
  years.forEach((y, yi) => (out[yi] = shareAtSorted(sorted, y)));
  return out;
}

export interface CategoryTargets {
  /** target[c * nYears + y] */
  share: Float64Array;
  /** 1 when category c is measured by value, 0 by weight. */
  byValue: Uint8Array;
  /** The general target per year and its basis (the `*` rows). */
  general: Float64Array;
  generalBasis: ShareBasis;
}

export function categoryTargets(t: Trajectory, catIds: readonly string[], years: readonly number[]): CategoryTargets {
  const nY = years.length;
  const share = new Float64Array(catIds.length * nY);
  const byValue = new Uint8Array(catIds.length);
  const own = new Map(t.categories.map((c) => [c.categoryId, c]));
  // The general points serve every category without its own: interpolated once.
  const general = sharesOver(t.points, years);
  catIds.forEach((id, c) => {
    const ct = own.get(id);
    byValue[c] = (ct ? ct.basis : t.basis) === 'value' ? 1 : 0;
    share.set(ct ? sharesOver(ct.points, years) : general, c * nY);
  });
  return { share, byValue, general, generalBasis: t.basis };
}
