/**
 * Procurement thresholds crossed by a scenario's yearly purchases (docs/engine.md §7): per buying
 * unit, category and year, against the plan's thresholds for its country valid in that year.
 * When no threshold of a kind is valid in a year (EU thresholds are revised every two years and
 * the next values may not be entered yet), the latest earlier one is carried forward and the
 * warning says so.
 */
import type { Plan, Threshold } from '../model/types';
import { dayNumber, parseIsoDate } from './dates';

export interface YearThreshold {
  threshold: Threshold;
  carriedForward: boolean;
}

export function thresholdsForYear(plan: Plan, year: number): YearThreshold[] {
  const first = dayNumber(year, 1, 1);
  const last = dayNumber(year, 12, 31);
  const byKind = new Map<string, YearThreshold>();
  const candidates = plan.thresholds.filter((t) => t.country === plan.meta.country && t.currency === plan.meta.currency);
  for (const t of candidates) {
    const from = parseIsoDate(t.validFrom);
    const to = t.validTo !== undefined ? parseIsoDate(t.validTo) : Infinity;
    if (from > last || to < first) continue;
    const cur = byKind.get(t.kind);
    if (!cur || parseIsoDate(cur.threshold.validFrom) < from) byKind.set(t.kind, { threshold: t, carriedForward: false });
  }
  for (const t of candidates) {
    if (byKind.has(t.kind)) continue;
    const to = t.validTo !== undefined ? parseIsoDate(t.validTo) : Infinity;
    if (to >= first) continue;
    const same = candidates.filter((u) => u.kind === t.kind && u.validTo !== undefined && parseIsoDate(u.validTo) < first);
    const latest = same.reduce((a, b) => (parseIsoDate(b.validFrom) > parseIsoDate(a.validFrom) ? b : a));
    byKind.set(t.kind, { threshold: latest, carriedForward: true });
  }
  return [...byKind.values()].sort((a, b) => a.threshold.amountMinor - b.threshold.amountMinor || a.threshold.id.localeCompare(b.threshold.id));
}
