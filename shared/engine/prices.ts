/**
 * List prices per offer and year (docs/engine.md §2): the quoted price carried by the price index
 * (the category's own rate, else the scenario's), one-off price shocks, and the what-if local
 * premium on offers that count as local for some organisation.
 */
import type { Scenario } from '../model/types';
import type { PlanIndex } from './planIndex';
import { float64, type Scratch } from './scratch';

export interface PriceInputs {
  /** Multiplies every offer's quoted price (sensitivity). */
  priceFactor?: number;
  /** Multiplies the price of offers that are local for some organisation (sensitivity). */
  localPriceFactor?: number;
}

/** listPrice[offer * nYears + y], minor units per kg (a float). */
export function listPrices(
  ix: PlanIndex,
  scenario: Scenario,
  years: readonly number[],
  localForSome: Uint8Array,
  inputs: PriceInputs = {},
  scratch: Scratch | null = null,
): Float64Array {
  const nY = years.length;
  const catIds = ix.catIds;
  const rate = new Float64Array(ix.nCat).fill(scenario.priceIndex);
  for (const r of scenario.categoryPriceIndex) {
    const c = ix.catIdx.get(r.categoryId);
    if (c !== undefined) rate[c] = r.rate;
  }
  const shock = new Float64Array(ix.nCat * nY).fill(1);
  for (const s of scenario.priceShocks) {
    for (let c = 0; c < ix.nCat; c++) {
      if (s.categoryId !== '*' && s.categoryId !== catIds[c]) continue;
      years.forEach((y, yi) => {
        if (s.year <= y) shock[c * nY + yi] = shock[c * nY + yi]! * (1 + s.rate);
      });
    }
  }
  const premium = 1 + scenario.localPremium;
  const pf = inputs.priceFactor ?? 1;
  const lf = inputs.localPriceFactor ?? 1;
  const out = float64(scratch, 'prices', ix.nOffer * nY);
  // (1 + rate)^(year − price year) per category and year, for the price year of the category's
  // last offer seen (offers of a category mostly share one): the same Math.pow, computed once.
  const growth = new Float64Array(ix.nCat * nY);
  const growthYear = new Float64Array(ix.nCat).fill(NaN);
  for (let o = 0; o < ix.nOffer; o++) {
    const c = ix.offerCat[o]!;
    const local = localForSome[o] === 1;
    const base = ix.offerBasePrice[o]! * pf * (local ? premium * lf : 1);
    const py = ix.offerPriceYear[o]!;
    if (growthYear[c] !== py) {
      growthYear[c] = py;
      for (let yi = 0; yi < nY; yi++) growth[c * nY + yi] = Math.pow(1 + rate[c]!, years[yi]! - py);
    }
    for (let yi = 0; yi < nY; yi++) {
      out[o * nY + yi] = base * growth[c * nY + yi]! * shock[c * nY + yi]!;
    }
  }
  return out;
}
