/**
 * Money helpers: integer minor units, one rounding per cell, exact splits (docs/engine.md §5).
 */
import type { DiscountTier } from '../model/types';

/** Rounds a non-negative amount of minor units to an integer (half up). */
export function roundMinor(x: number): number {
  return Math.round(x);
}

/**
 * Bracket (stepped) volume discount on a yearly value V: each tier's rate applies to the part of
 * V above its `fromValueMinor` and below the next tier's. The discounted value V − discount(V)
 * never falls when V rises (every rate is at most 0.5), which an all-units discount cannot promise.
 * `tiers` must be sorted by `fromValueMinor`.
 */
export function bracketDiscount(value: number, tiers: readonly DiscountTier[]): number {
  let discount = 0;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i]!;
    if (value <= t.fromValueMinor) break;
    const upper = i + 1 < tiers.length ? Math.min(value, tiers[i + 1]!.fromValueMinor) : value;
    discount += t.rate * (upper - t.fromValueMinor);
  }
  return discount;
}

/**
 * The price factor (1 − average discount rate) a buying unit gets from an offer's tiers. The
 * tiers are judged on the value of the unit's whole yearly demand for the category at the offer's
 * list price: the volume it tenders, which is what a supplier prices a tender on. Because that
 * volume does not depend on prices, the net price per kg, listPrice × factor =
 * (V − discount(V)) / demandKg, rises whenever the list price rises.
 */
export function tierFactor(listPrice: number, demandKg: number, tiers: readonly DiscountTier[]): number {
  if (tiers.length === 0 || demandKg <= 0 || listPrice <= 0) return 1;
  const value = listPrice * demandKg;
  return 1 - bracketDiscount(value, tiers) / value;
}

/**
 * Splits an integer `total` into integer parts proportional to `weights` by the largest-remainder
 * (Hamilton) method: every part is the floor of its quota, and the units left over go to the
 * largest remainders (ties to the earlier index). The parts always sum to `total`. When every
 * weight is zero the split is equal.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  let sum = 0;
  for (const w of weights) sum += w > 0 ? w : 0;
  const ws = sum > 0 ? weights.map((w) => (w > 0 ? w : 0)) : weights.map(() => 1);
  const wsum = sum > 0 ? sum : n;
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const parts = new Array<number>(n);
  const rema = new Array<number>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const q = (abs * ws[i]!) / wsum;
    const f = Math.floor(q);
    parts[i] = f;
    rema[i] = q - f;
    given += f;
  }
  let left = abs - given;
  if (left > 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rema[b]! - rema[a]! || a - b);
    for (let k = 0; left > 0; k = (k + 1) % n, left--) parts[order[k]!]! += 1;
  }
  return parts.map((p) => p * sign);
}
