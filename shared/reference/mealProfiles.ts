/**
 * Default meal profiles: purchased grams per lunch-equivalent portion for each sector, derived
 * from the reference portions (domain brief §3.1). Every profile is an estimate.
 *
 * Derivations (written here so they can be checked):
 * - school: the school-lunch portion; in Denmark without the 180 g of lunch milk.
 * - preschool: breakfast and snack add about 40 % of the lunch quantities, over 1.6
 *   lunch-equivalents a day, so grams per lunch-equivalent = lunch × 1.4 / 1.6.
 * - elderly care and hospital: the elderly full-day quantities over 2.2 lunch-equivalents.
 * - home-delivered meals: the elderly-care lunch.
 * - other: the school-lunch portion.
 */
import type { Country, Sector } from '../model/enums';
import { SECTORS } from '../model/enums';
import type { MealProfile } from '../model/types';
import { PORTION_GRAMS } from './foodCategories';
import { sectorDefaults } from './sectors';

const PROFILE_SOURCE: Record<Sector, string> = {
  school: 'Estimate: week-averaged school-lunch portion (domain brief §3.1).',
  preschool: 'Estimate: preschool lunch × 1.4 (breakfast and snack) / 1.6 lunch-equivalents (domain brief §3.1).',
  elderly_care: 'Estimate: elderly full-day quantities / 2.2 lunch-equivalents (domain brief §3.1).',
  home_meals: 'Estimate: elderly-care lunch portion (domain brief §3.1).',
  hospital: 'Estimate: elderly full-day quantities / 2.2 lunch-equivalents (domain brief §3.1).',
  other: 'Estimate: school-lunch portion (domain brief §3.1).',
};

function gramsFor(sector: Sector, country: Country, categoryId: string): number {
  const p = PORTION_GRAMS[categoryId];
  if (!p) return 0;
  switch (sector) {
    case 'school':
    case 'other':
      return country === 'DK' && categoryId === 'milk' && sector === 'school' ? 0 : p.school;
    case 'preschool':
      return Math.round((p.preschool * 1.4) / 1.6);
    case 'elderly_care':
    case 'hospital':
      return Math.round(p.elderlyDay / 2.2);
    case 'home_meals':
      return p.elderlyLunch;
  }
}

export function defaultMealProfile(sector: Sector, country: Country): MealProfile {
  const grams: Record<string, number> = {};
  for (const categoryId of Object.keys(PORTION_GRAMS)) grams[categoryId] = gramsFor(sector, country, categoryId);
  const note = country === 'DK' && sector === 'school' ? ' Without lunch milk (not standard in Danish schools).' : '';
  return {
    id: `profile-${sector}`,
    sector,
    grams,
    wasteShare: sectorDefaults(sector, country).wasteShare,
    source: PROFILE_SOURCE[sector] + note,
    isEstimate: true,
  };
}

export function defaultMealProfiles(country: Country): MealProfile[] {
  return SECTORS.map((sector) => defaultMealProfile(sector, country));
}

/**
 * Plausible total grams per lunch-equivalent portion. Outside this range a profile is very
 * likely mistyped (reference totals: preschool ~350 g, school ~510 g, elderly full day ~670 g
 * per lunch-equivalent; Finland's 350 M kg for 700 M meals gives 0.5 kg a meal).
 */
export const PORTION_TOTAL_BOUNDS_G = { min: 250, max: 1000 } as const;
