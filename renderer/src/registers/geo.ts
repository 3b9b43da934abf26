/** Shared column helpers for places: countries offered in pick lists, coordinates. */
import type { TFunction } from 'i18next';
import type { Option } from '../grid/types';

/** Countries food commonly comes from in Nordic public procurement; others can be typed in the plan file. */
export const ORIGIN_COUNTRIES = ['SE', 'DK', 'FI', 'NO', 'DE', 'NL', 'PL', 'EE', 'ES', 'IT', 'FR', 'BE', 'IE', 'LT', 'LV'] as const;

export function countryOptions(t: TFunction): Option[] {
  return ORIGIN_COUNTRIES.map((c) => ({ value: c, label: t(`originCountries.${c}`) }));
}
