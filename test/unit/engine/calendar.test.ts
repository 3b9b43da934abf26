/**
 * Public holidays of Sweden, Denmark and Finland, and service days per calendar kind.
 */
import { describe, expect, it } from 'vitest';
import { easterSunday, holidays, serviceDays, workingDays } from '../../../shared/engine/calendar';
import { addMonths, civilDate, dayNumber, daysOfYearIn, formatIsoDate, isValidIsoDate, parseIsoDate, weekday } from '../../../shared/engine/dates';

const iso = (d: number) => formatIsoDate(d);
const names = (c: 'SE' | 'DK' | 'FI', y: number) => holidays(c, y).map((h) => `${iso(h.day)} ${h.name}`);

describe('dates', () => {
  it('day numbers round-trip through ISO strings, with 1970-01-01 as day 0 (a Thursday)', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(weekday(0)).toBe(3);
    for (const s of ['1999-12-31', '2000-02-29', '2024-02-29', '2026-06-19', '2100-03-01']) expect(iso(parseIsoDate(s))).toBe(s);
    expect(civilDate(dayNumber(2026, 12, 31))).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it('a date must exist in the calendar', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2025-04-31')).toBe(false);
  });

  it('adding months keeps the day of the month, clamped to the month end', () => {
    expect(iso(addMonths(parseIsoDate('2024-01-31'), 1))).toBe('2024-02-29');
    expect(iso(addMonths(parseIsoDate('2026-07-01'), -6))).toBe('2026-01-01');
    expect(iso(addMonths(parseIsoDate('2025-11-30'), 3))).toBe('2026-02-28');
  });

  it('counts the days of a period that fall in a year', () => {
    expect(daysOfYearIn(2026, parseIsoDate('2024-07-01'), parseIsoDate('2026-07-01'))).toBe(181);
    expect(daysOfYearIn(2024, parseIsoDate('2020-01-01'), parseIsoDate('2030-01-01'))).toBe(366);
  });
});

describe('public holidays', () => {
  it('Easter Sunday follows the Gregorian computus', () => {
    expect(iso(easterSunday(2024))).toBe('2024-03-31');
    expect(iso(easterSunday(2025))).toBe('2025-04-20');
    expect(iso(easterSunday(2026))).toBe('2026-04-05');
    expect(iso(easterSunday(2038))).toBe('2038-04-25');
  });

  it('Sweden: Midsummer and All Saints fall on the Saturday of their week, with Midsummer Eve the day before', () => {
    const se = names('SE', 2026);
    expect(se).toContain('2026-06-19 Midsummer Eve');
    expect(se).toContain('2026-06-20 Midsummer Day');
    expect(se).toContain('2026-10-31 All Saints\' Day');
    expect(se).toContain('2026-05-14 Ascension Day');
    expect(se).toContain('2026-06-06 National Day');
  });

  it('Denmark: Great Prayer Day until 2023 only', () => {
    expect(names('DK', 2023)).toContain('2023-05-05 Great Prayer Day');
    expect(names('DK', 2024).some((h) => h.includes('Great Prayer Day'))).toBe(false);
    expect(names('DK', 2026)).toEqual(expect.arrayContaining(['2026-04-02 Maundy Thursday', '2026-05-25 Whit Monday', '2026-06-05 Constitution Day']));
  });

  it('Finland: Independence Day, Midsummer Eve and All Saints on the Saturday', () => {
    expect(names('FI', 2025)).toEqual(expect.arrayContaining(['2025-12-06 Independence Day', '2025-06-20 Midsummer Eve', '2025-11-01 All Saints\' Day']));
  });

  it('working days are Monday to Friday less the holidays on them', () => {
    // 2026 has 261 weekdays. Swedish holidays on weekdays: Jan 1, Jan 6, Apr 3, Apr 6, May 1,
    // May 14, Jun 19 (Midsummer Eve), Dec 24, Dec 25, Dec 31 = 10; National Day and Boxing Day
    // fall on Saturdays.
    expect(workingDays('SE', 2026)).toBe(251);
    // Denmark 2026: Jan 1, Apr 2, Apr 3, Apr 6, May 14, May 25, Jun 5, Dec 24, Dec 25, Dec 31 = 10.
    expect(workingDays('DK', 2026)).toBe(251);
  });

  it('service days follow the kitchen calendar', () => {
    expect(serviceDays('fixed', 230, 'SE', 2026)).toBe(230);
    expect(serviceDays('school', 0, 'SE', 2026)).toBe(178);
    expect(serviceDays('school', 0, 'DK', 2026)).toBe(200);
    expect(serviceDays('every_day', 0, 'FI', 2028)).toBe(366);
    expect(serviceDays('weekdays', 0, 'SE', 2026)).toBe(251);
  });
});
