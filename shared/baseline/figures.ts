/**
 * Sums and shares of the baseline, as the views show them. Shares are null where their
 * denominator is zero, like the engine's (shared/engine/figures.ts).
 */
import type { Baseline, BaselineCell, BaselineFigures } from './compute';
import { emptyFigures } from './compute';

export function addFigures(into: BaselineFigures, f: BaselineFigures): BaselineFigures {
  into.valueMinor += f.valueMinor;
  into.kg += f.kg;
  into.localValueMinor += f.localValueMinor;
  into.localKg += f.localKg;
  into.organicValueMinor += f.organicValueMinor;
  into.organicKg += f.organicKg;
  into.knownOriginValueMinor += f.knownOriginValueMinor;
  into.knownOriginKg += f.knownOriginKg;
  into.lines += f.lines;
  into.linesWithoutKg += f.linesWithoutKg;
  return into;
}

/** The sum of the cells that pass `keep`. */
export function sumCells(b: Baseline, keep: (c: BaselineCell) => boolean): BaselineFigures {
  const out = emptyFigures();
  for (const c of b.cells) if (keep(c)) addFigures(out, c);
  return out;
}

/** Sums per key (an organisation or a category) in one year, in first-seen order. */
export function sumBy(b: Baseline, year: number, key: (c: BaselineCell) => string | null): Map<string | null, BaselineFigures> {
  const out = new Map<string | null, BaselineFigures>();
  for (const c of b.cells) {
    if (c.year !== year) continue;
    const k = key(c);
    addFigures(out.get(k) ?? out.set(k, emptyFigures()).get(k)!, c);
  }
  return out;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export interface BaselineShares {
  localValue: number | null;
  localWeight: number | null;
  organicValue: number | null;
  organicWeight: number | null;
  /** Share of spend (and of kg) whose origin was known well enough to judge "local". */
  coverageValue: number | null;
  coverageWeight: number | null;
}

export function baselineShares(f: BaselineFigures): BaselineShares {
  return {
    localValue: ratio(f.localValueMinor, f.valueMinor),
    localWeight: ratio(f.localKg, f.kg),
    organicValue: ratio(f.organicValueMinor, f.valueMinor),
    organicWeight: ratio(f.organicKg, f.kg),
    coverageValue: ratio(f.knownOriginValueMinor, f.valueMinor),
    coverageWeight: ratio(f.knownOriginKg, f.kg),
  };
}
