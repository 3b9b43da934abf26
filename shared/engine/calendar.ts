/**
 * Service days per year, and the public holidays of Sweden, Denmark and Finland.
 *
 * Why not `date-holidays`: it ships rules for every country in the world (13 MB installed, with
 * js-yaml and lodash), and shared/ must stay small, pure and fast enough to recompute on every
 * slider move. The three countries' rules are short and stable, so they are written out here
 * (Easter computus, fixed dates, and the Saturday rules for Midsummer and All Saints) and tested
 * against known years.
 *
 * A weekday service calendar closes on the public holidays and on the days that are non-working
 * in practice everywhere in the public sector (Midsummer Eve, Christmas Eve, New Year's Eve in
 * Sweden; Christmas Eve, New Year's Eve and Constitution Day in Denmark; Midsummer Eve and
 * Christmas Eve in Finland). Denmark's Store Bededag was abolished from 2024.
 */
import type { CalendarKind, Country } from '../model/enums';
import { SCHOOL_DAYS } from '../reference/sectors';
import { dayNumber, daysInYear, weekday } from './dates';

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** The Saturday in [first, first + 6] (Midsummer Day, All Saints' Day in SE and FI). */
function saturdayFrom(first: number): number {
  return first + ((5 - weekday(first) + 7) % 7);
}

export interface Holiday {
  day: number;
  /** English name, for tests and logs. */
  name: string;
}

/** Public holidays and de facto non-working days of `country` in `year`, in date order. */
export function holidays(country: Country, year: number): Holiday[] {
  const easter = easterSunday(year);
  const d = (month: number, day: number) => dayNumber(year, month, day);
  const list: Holiday[] = [{ day: d(1, 1), name: "New Year's Day" }];
  if (country === 'SE') {
    const midsummer = saturdayFrom(d(6, 20));
    list.push(
      { day: d(1, 6), name: 'Epiphany' },
      { day: easter - 2, name: 'Good Friday' },
      { day: easter, name: 'Easter Sunday' },
      { day: easter + 1, name: 'Easter Monday' },
      { day: d(5, 1), name: 'May Day' },
      { day: easter + 39, name: 'Ascension Day' },
      { day: easter + 49, name: 'Whit Sunday' },
      { day: d(6, 6), name: 'National Day' },
      { day: midsummer - 1, name: 'Midsummer Eve' },
      { day: midsummer, name: 'Midsummer Day' },
      { day: saturdayFrom(d(10, 31)), name: "All Saints' Day" },
      { day: d(12, 24), name: 'Christmas Eve' },
      { day: d(12, 25), name: 'Christmas Day' },
      { day: d(12, 26), name: 'Boxing Day' },
      { day: d(12, 31), name: "New Year's Eve" },
    );
  } else if (country === 'DK') {
    list.push(
      { day: easter - 3, name: 'Maundy Thursday' },
      { day: easter - 2, name: 'Good Friday' },
      { day: easter, name: 'Easter Sunday' },
      { day: easter + 1, name: 'Easter Monday' },
    );
    if (year < 2024) list.push({ day: easter + 26, name: 'Great Prayer Day' });
    list.push(
      { day: easter + 39, name: 'Ascension Day' },
      { day: easter + 49, name: 'Whit Sunday' },
      { day: easter + 50, name: 'Whit Monday' },
      { day: d(6, 5), name: 'Constitution Day' },
      { day: d(12, 24), name: 'Christmas Eve' },
      { day: d(12, 25), name: 'Christmas Day' },
      { day: d(12, 26), name: 'Boxing Day' },
      { day: d(12, 31), name: "New Year's Eve" },
    );
  } else {
    const midsummer = saturdayFrom(d(6, 20));
    list.push(
      { day: d(1, 6), name: 'Epiphany' },
      { day: easter - 2, name: 'Good Friday' },
      { day: easter, name: 'Easter Sunday' },
      { day: easter + 1, name: 'Easter Monday' },
      { day: d(5, 1), name: 'May Day' },
      { day: easter + 39, name: 'Ascension Day' },
      { day: easter + 49, name: 'Whit Sunday' },
      { day: midsummer - 1, name: 'Midsummer Eve' },
      { day: midsummer, name: 'Midsummer Day' },
      { day: saturdayFrom(d(10, 31)), name: "All Saints' Day" },
      { day: d(12, 6), name: 'Independence Day' },
      { day: d(12, 24), name: 'Christmas Eve' },
      { day: d(12, 25), name: 'Christmas Day' },
      { day: d(12, 26), name: "St Stephen's Day" },
    );
  }
  return list.sort((a, b) => a.day - b.day);
}

/** Monday to Friday in `year`, minus the holidays of `country` that fall on those days. */
export function workingDays(country: Country, year: number): number {
  const first = dayNumber(year, 1, 1);
  const total = daysInYear(year);
  let weekdays = 0;
  for (let i = 0; i < total; i++) if (weekday(first + i) < 5) weekdays++;
  const seen = new Set<number>();
  for (const h of holidays(country, year)) {
    if (weekday(h.day) < 5 && !seen.has(h.day)) {
      seen.add(h.day);
      weekdays--;
    }
  }
  return weekdays;
}

const workingDaysCache = new Map<string, number>();

/** Service days of a kitchen in a year by its calendar (docs/engine.md §1). */
export function serviceDays(calendar: CalendarKind, fixedDays: number, country: Country, year: number): number {
  switch (calendar) {
    case 'fixed':
      return fixedDays;
    case 'school':
      return SCHOOL_DAYS[country];
    case 'every_day':
      return daysInYear(year);
    case 'weekdays': {
      const key = `${country}${year}`;
      let n = workingDaysCache.get(key);
      if (n === undefined) {
        n = workingDays(country, year);
        workingDaysCache.set(key, n);
      }
      return n;
    }
  }
}
