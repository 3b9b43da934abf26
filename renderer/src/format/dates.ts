/**
 * Dates as people type and read them in each language, with date-fns: Swedish 2027-03-31,
 * Danish 31.03.2027, Finnish 31.3.2027, English 31/03/2027. ISO dates are always accepted too.
 * Values are ISO strings (YYYY-MM-DD) in the plan; calendar dates, never shifted by time zones.
 */
import { format, isValid, parse } from 'date-fns';
import { da, enGB, fi, sv, type Locale } from 'date-fns/locale';
import type { Language } from '../../../shared/model/enums';

export const DATE_LOCALES: Record<Language, Locale> = { sv, da, fi, en: enGB };

/** The pattern shown as a hint and used to display dates. */
export const DATE_PATTERNS: Record<Language, string> = { sv: 'yyyy-MM-dd', da: 'dd.MM.yyyy', fi: 'd.M.yyyy', en: 'dd/MM/yyyy' };

/** Patterns also accepted when typing (short years are not: a plan spans decades). */
const ACCEPTED: Record<Language, string[]> = {
  sv: ['yyyy-MM-dd', 'yyyy-M-d'],
  da: ['dd.MM.yyyy', 'd.M.yyyy', 'dd-MM-yyyy', 'd-M-yyyy', 'dd/MM/yyyy', 'd/M/yyyy'],
  fi: ['d.M.yyyy', 'dd.MM.yyyy'],
  en: ['dd/MM/yyyy', 'd/M/yyyy', 'd MMM yyyy', 'd MMMM yyyy'],
};

const REFERENCE = new Date(2000, 0, 1);

export function toIso(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** A local Date at midnight for an ISO date (for date-fns, which works in local time). */
export function fromIso(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function formatDateText(iso: string, language: Language): string {
  return format(fromIso(iso), DATE_PATTERNS[language], { locale: DATE_LOCALES[language] });
}

/** An ISO date, or null when the text is not a date in the language's formats. */
export function parseDateText(text: string, language: Language): string | null {
  const s = text.trim();
  if (!s) return null;
  for (const pattern of ['yyyy-MM-dd', ...ACCEPTED[language]]) {
    const d = parse(s, pattern, REFERENCE, { locale: DATE_LOCALES[language] });
    if (isValid(d) && d.getFullYear() >= 1990 && d.getFullYear() <= 2100) return toIso(d);
  }
  return null;
}
