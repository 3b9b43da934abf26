/** The baseline from purchase lines: where the plan's organisations are today. */
export { baselineSteps, computeBaseline, emptyFigures } from './compute';
export type { Baseline, BaselineCell, BaselineFigures } from './compute';
export { addFigures, baselineShares, sumBy, sumCells } from './figures';
export type { BaselineShares } from './figures';
