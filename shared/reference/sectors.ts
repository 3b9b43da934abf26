/**
 * Default figures per sector and country: service days, lunch-equivalents per person-day,
 * attendance and waste share. Estimates except where the basis says otherwise.
 * Source: Måltid domain brief §1.1 and §1.5 (skolförordningen 2011:185, Opetushallitus,
 * Livsmedelsverket L 2023 nr 07).
 */
import type { CalendarKind, Country, Sector } from '../model/enums';
import type { MealWeights } from '../model/types';

export interface SectorDefaults {
  serviceDays: number;
  calendar: CalendarKind;
  lunchEquivalentsPerDay: number;
  attendance: number;
  wasteShare: number;
  basis: string;
}

/** Lunch-equivalent weights: preschool 0.25 + 1 + 0.35 = 1.6; elderly care 0.25 + 1 + 0.6 + 0.35 = 2.2. */
export const DEFAULT_MEAL_WEIGHTS: MealWeights = { breakfast: 0.25, lunch: 1, dinner: 0.6, snack: 0.35 };

/** Statutory school days a year: SE at least 178, FI 190 minus weekday holidays, DK 200 (not verified). */
export const SCHOOL_DAYS: Record<Country, number> = { SE: 178, FI: 188, DK: 200 };

const COMMON: Record<Exclude<Sector, 'school'>, Omit<SectorDefaults, 'basis'> & { basis: string }> = {
  preschool: { serviceDays: 230, calendar: 'fixed', lunchEquivalentsPerDay: 1.6, attendance: 0.85, wasteShare: 0.15, basis: 'Estimate: all-year operation with summer closure; breakfast 0.25 + lunch 1.0 + snack 0.35; waste 71 g per child (Livsmedelsverket).' },
  elderly_care: { serviceDays: 365, calendar: 'every_day', lunchEquivalentsPerDay: 2.2, attendance: 1, wasteShare: 0.25, basis: 'All meals of the day; waste 108 g per eater (Livsmedelsverket). Days and weights are estimates.' },
  home_meals: { serviceDays: 365, calendar: 'every_day', lunchEquivalentsPerDay: 1, attendance: 1, wasteShare: 0.1, basis: 'One main meal a day (matlåda, madservice, kotiateria). Estimate.' },
  hospital: { serviceDays: 365, calendar: 'every_day', lunchEquivalentsPerDay: 2.5, attendance: 0.85, wasteShare: 0.2, basis: 'Full board; attendance is bed occupancy. Estimate.' },
  other: { serviceDays: 250, calendar: 'weekdays', lunchEquivalentsPerDay: 1, attendance: 0.9, wasteShare: 0.12, basis: 'Estimate: weekday lunches.' },
};

/** The i18n key (under `sectorBasis.`) of the translated basis text shown in the app. */
export function sectorBasisKey(sector: Sector, country: Country): string {
  return sector === 'school' ? `school_${country}` : sector;
}

export function sectorDefaults(sector: Sector, country: Country): SectorDefaults {
  if (sector === 'school') {
    const basis: Record<Country, string> = {
      SE: 'At least 178 school days (skolförordningen 2011:185); attendance and waste (56 g per pupil, Livsmedelsverket) are estimates.',
      FI: '190 working days minus weekday holidays (Opetushallitus); attendance and waste are estimates.',
      DK: '200 school days (not verified); lunch only where a municipal scheme exists; attendance and waste are estimates.',
    };
    return {
      serviceDays: SCHOOL_DAYS[country],
      calendar: 'school',
      lunchEquivalentsPerDay: 1,
      attendance: country === 'DK' ? 0.75 : 0.9,
      wasteShare: 0.12,
      basis: basis[country],
    };
  }
  return COMMON[sector];
}
