/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings and integer day numbers (days since
 * 1970-01-01, proleptic Gregorian, no time zones). Pure integer arithmetic: no `Date` object, so
 * the result never depends on the machine's local time.
 */

/** Day number of a civil date (Howard Hinnant's days_from_civil). `month` is 1–12. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The civil date of a day number (civil_from_days). */
export function civilDate(dayNo: number): CivilDate {
  const z = dayNo + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the string is a real calendar date (the schema's pattern also lets 2023-02-30 through). */
export function isValidIsoDate(iso: string): boolean {
  const m = ISO.exec(iso);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Day number of an ISO date. The caller has checked it with `isValidIsoDate`. */
export function parseIsoDate(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatIsoDate(dayNo: number): string {
  const d = civilDate(dayNo);
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/**
 * The same day of the month `months` later (or earlier, when negative), clamped to the month's
 * last day: 2024-01-31 + 1 month = 2024-02-29.
 */
export function addMonths(dayNo: number, months: number): number {
  const d = civilDate(dayNo);
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayNumber(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/** Weekday of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(dayNo: number): number {
  return (((dayNo + 3) % 7) + 7) % 7;
}

/** Number of days of [from, to) that fall in `year`. */
export function daysOfYearIn(year: number, from: number, to: number): number {
  const start = dayNumber(year, 1, 1);
  const end = dayNumber(year + 1, 1, 1);
  return Math.max(0, Math.min(end, to) - Math.max(start, from));
}
