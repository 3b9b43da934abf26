/** Which scenarios are best on a measure, for the marks in the comparison. */
export type Better = 'lower' | 'higher';

/**
 * The ids with the best value (ties share it). Values are compared as they are shown (`shown`
 * rounds them to the precision on screen), so that two scenarios that read the same tie. Nothing
 * is marked when fewer than two values are known or when every known value reads the same (no
 * scenario is better).
 */
export function winners(values: ReadonlyMap<string, number | null>, better: Better, shown: (v: number) => number = (v) => v): Set<string> {
  const known = [...values].filter((e): e is [string, number] => e[1] !== null && Number.isFinite(e[1])).map(([id, v]) => [id, shown(v)] as const);
  if (known.length < 2) return new Set();
  const best = better === 'lower' ? Math.min(...known.map(([, v]) => v)) : Math.max(...known.map(([, v]) => v));
  const ids = known.filter(([, v]) => v === best).map(([id]) => id);
  return ids.length === known.length ? new Set() : new Set(ids);
}

/** Precision on screen: money in whole units (from minor units). */
export const wholeUnits = (minor: number): number => Math.round(minor / 100);
/** Precision on screen: money with two decimals (from minor units). */
export const cents = (minor: number): number => Math.round(minor);
/** Precision on screen: a share in per cent with one decimal. */
export const tenthsOfPercent = (share: number): number => Math.round(share * 1000);
/** Precision on screen: two decimals. */
export const hundredths = (v: number): number => Math.round(v * 100);
/** Precision on screen: whole numbers (kg). */
export const whole = (v: number): number => Math.round(v);
