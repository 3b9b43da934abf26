/**
 * Reads a number as a person types it in their language: "1 234,5" (sv, fi), "1.234,5" (da),
 * "1,234.5" (en). Spaces, no-break spaces and narrow no-break spaces group thousands; a minus
 * may be a hyphen or the typographic minus. Returns null when the text is not a number, so that
 * the field can keep what was typed and say what is wrong.
 */
import type { Language } from '../model/enums';

const SPACES = /[\s\u00a0\u202f\u2009]/g;

export function parseLocaleNumber(text: string, language: Language): number | null {
  let s = text.trim().replace(SPACES, '').replace(/\u2212/g, '-');
  if (s === '' || s === '-' ) return null;
  const groupChar = language === 'en' ? ',' : language === 'da' ? '.' : '';
  const decimalChar = language === 'en' ? '.' : ',';
  if (groupChar) {
    // Group separators only between groups of exactly three digits.
    const groups = new RegExp(`^-?\\d{1,3}(\\${groupChar}\\d{3})+(\\${decimalChar}\\d+)?$`);
    if (groups.test(s)) s = s.split(groupChar).join('');
  }
  if (language !== 'en') {
    // In the Nordic languages a decimal point is accepted too ("12.5" means 12,5) when it cannot
    // be a Danish thousands separator (handled above).
    if (s.includes(',') && s.includes('.')) return null;
    s = s.replace(',', '.');
  }
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}
