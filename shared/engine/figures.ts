/**
 * Ratios computed from additive `Figures`, for display only: the engine never stores or rounds
 * them. Each returns null when its denominator is zero.
 */
import type { Figures } from './types';

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** Total cost (food, logistics, tendering, fees) per lunch-equivalent meal, minor units. */
export const costPerMeal = (f: Figures): number | null => ratio(f.totalMinor, f.meals);
/** Food (raw material) cost per meal, minor units. */
export const foodCostPerMeal = (f: Figures): number | null => ratio(f.foodMinor, f.meals);
export const kgPerMeal = (f: Figures): number | null => ratio(f.kg, f.meals);
export const localShareValue = (f: Figures): number | null => ratio(f.localValueMinor, f.foodMinor);
export const localShareWeight = (f: Figures): number | null => ratio(f.localKg, f.kg);
export const organicShareValue = (f: Figures): number | null => ratio(f.organicValueMinor, f.foodMinor);
export const organicShareWeight = (f: Figures): number | null => ratio(f.organicKg, f.kg);
/** Share of spend whose origin is known well enough to judge "local". */
export const coverage = (f: Figures): number | null => ratio(f.knownOriginValueMinor, f.foodMinor);
export const coverageWeight = (f: Figures): number | null => ratio(f.knownOriginKg, f.kg);
export const co2eKg = (f: Figures): number => f.co2eFoodKg + f.co2eTransportKg;
export const co2ePerMeal = (f: Figures): number | null => ratio(co2eKg(f), f.meals);
/** kg CO2e per kg purchased (the Swedish "t CO2e per t food" figure). */
export const co2ePerKg = (f: Figures): number | null => ratio(co2eKg(f), f.kg);
/** Partnership fees per meal, minor units. */
export const feesPerMeal = (f: Figures): number | null => ratio(f.feesMinor, f.meals);

/** The share by a target's basis. */
export function shareBy(basis: 'value' | 'weight', measure: 'local' | 'organic', f: Figures): number | null {
  if (measure === 'local') return basis === 'value' ? localShareValue(f) : localShareWeight(f);
  return basis === 'value' ? organicShareValue(f) : organicShareWeight(f);
}
