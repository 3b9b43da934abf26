/**
 * The time axis of the contract timeline: whole calendar years from the earliest date shown to
 * the latest, and where a date falls on it (a fraction of the width). Dates with date-fns, as
 * calendar days (never shifted by time zones).
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import type { ContractTimeline } from '../../../shared/engine/types';
import { fromIso, toIso } from '../format/dates';

export interface TimeScale {
  from: string;
  /** The first day after the axis. */
  to: string;
  /** The calendar years on the axis. */
  years: number[];
  /** Where the start of a day falls, 0…1. */
  at(iso: string): number;
  /** Where the end of a day falls (the start of the next), 0…1. */
  after(iso: string): number;
}

const yearOf = (iso: string): number => Number(iso.slice(0, 4));

export function dayAfter(iso: string): string {
  return toIso(addDays(fromIso(iso), 1));
}

export function dayBefore(iso: string): string {
  return toIso(addDays(fromIso(iso), -1));
}

export function timeScale(contracts: readonly ContractTimeline[], scenarioYears: readonly number[], planDate: string): TimeScale {
  const starts = [...contracts.map((c) => yearOf(c.start)), ...scenarioYears, yearOf(planDate)];
  const ends = [...contracts.flatMap((c) => [yearOf(c.maxEnd), yearOf(c.newSupplierFrom)]), ...scenarioYears, yearOf(planDate)];
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const from = `${first}-01-01`;
  const to = `${last + 1}-01-01`;
  const total = differenceInCalendarDays(fromIso(to), fromIso(from));
  const at = (iso: string) => Math.min(1, Math.max(0, differenceInCalendarDays(fromIso(iso), fromIso(from)) / total));
  return {
    from,
    to,
    years: Array.from({ length: last - first + 1 }, (_, i) => first + i),
    at,
    after: (iso) => at(dayAfter(iso)),
  };
}

/** A CSS left/width pair for the span of days [start, end] (both included). */
export function span(scale: TimeScale, start: string, end: string): { left: string; width: string } {
  const a = scale.at(start);
  const b = scale.after(end);
  return { left: `${(a * 100).toFixed(3)}%`, width: `${(Math.max(0, b - a) * 100).toFixed(3)}%` };
}

export function point(scale: TimeScale, iso: string): { left: string } {
  return { left: `${(scale.at(iso) * 100).toFixed(3)}%` };
}
