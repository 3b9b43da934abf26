/**
 * Reference ranges for the sanity warnings, so that a figure far outside what public kitchens
 * report is questioned before it leaves the app (users' need 11). Ranges are estimates built
 * from the domain brief: food cost ~14–20 SEK a school lunch and ~25–35 SEK an elderly-care main
 * meal (2024, estimate), ~0.5 kg bought per meal, and 0.2–16 kg CO2e per kg by category.
 * Money ranges are in SEK and converted at ~0.65 DKK and ~1/11.4 EUR per SEK (brief §3.2).
 */
import type { Currency } from '../model/enums';

export const SEK_PER_CURRENCY: Record<Currency, number> = { SEK: 1, DKK: 1 / 0.65, EUR: 11.4 };

export const SANITY = {
  /** Food cost per lunch-equivalent meal, SEK. */
  foodCostPerMealSek: { min: 6, max: 60 },
  /** kg purchased per lunch-equivalent meal. */
  kgPerMeal: { min: 0.25, max: 1.2 },
  /** kg CO2e per kg purchased (food and transport). */
  co2ePerKg: { min: 0.4, max: 6 },
} as const;

/** A SEK range in the plan's currency, in major units. */
export function rangeIn(currency: Currency, range: { min: number; max: number }): { min: number; max: number } {
  const perSek = 1 / SEK_PER_CURRENCY[currency];
  return { min: range.min * perSek, max: range.max * perSek };
}
