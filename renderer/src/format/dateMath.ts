import { addDays, addYears, differenceInCalendarDays } from 'date-fns';
import { fromIso, toIso } from './dates';

/** `iso` plus whole years, plus `days` days (e.g. two years minus a day for a contract's end). */
export function addYearsIso(iso: string, years: number, days = 0): string {
  return toIso(addDays(addYears(fromIso(iso), years), days));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(fromIso(to), fromIso(from));
}
