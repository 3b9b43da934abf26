/**
 * Locale-aware formatting of numbers, money, shares and dates with Intl, shared by the UI, the
 * exports and the command line so that a figure reads the same everywhere. Pure: Intl is part
 * of the JavaScript language, not of the DOM.
 */
import type { Currency, Language } from '../model/enums';

/** The locale each UI language formats with (English uses British conventions: day-month-year, 24 h). */
export const LOCALE_TAGS: Record<Language, string> = { sv: 'sv-SE', da: 'da-DK', fi: 'fi-FI', en: 'en-GB' };

export interface Formatter {
  readonly locale: string;
  /** Money from integer minor units; whole units unless `decimals` says otherwise. */
  money(minor: number, currency: Currency, decimals?: 0 | 2): string;
  /** A plain number with at most `maxDecimals` decimals (grouping separators unless `grouping` is false: years). */
  number(value: number, maxDecimals?: number, grouping?: boolean): string;
  /** A number with exactly `decimals` decimals (amounts of money without the currency sign). */
  fixed(value: number, decimals: number): string;
  /** A fraction as a percentage: 0.254 → "25 %" (locale spacing), with up to `decimals` decimals (at least `minDecimals`, default all). */
  percent(share: number, decimals?: number, minDecimals?: number): string;
  /** An ISO date (YYYY-MM-DD) in the locale's short date format. */
  date(iso: string): string;
  /** A date-time in the locale's short format. */
  dateTime(iso: string): string;
  /** A compact figure for charts: 1.2 M, 12 k… */
  compact(value: number): string;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** Parses YYYY-MM-DD as a calendar date (UTC), never shifted by the machine's time zone. */
export function isoToUtcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function createFormatter(language: Language): Formatter {
  const locale = LOCALE_TAGS[language];
  return {
    locale,
    money(minor, currency, decimals = 0) {
      return numberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }).format(minor / 100);
    },
    number(value, maxDecimals = 0, grouping = true) {
      return numberFormat(locale, { maximumFractionDigits: maxDecimals, useGrouping: grouping }).format(value);
    },
    fixed(value, decimals) {
      return numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
    },
    percent(share, decimals = 0, minDecimals = decimals) {
      return numberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: minDecimals,
        maximumFractionDigits: decimals,
      }).format(share);
    },
    date(iso) {
      return dateFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(isoToUtcDate(iso));
    },
    dateTime(iso) {
      return dateFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
    },
    compact(value) {
      return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
    },
  };
}
