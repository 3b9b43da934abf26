/**
 * The scenario engine's public entry (docs/engine.md). Pure and deterministic: the same plan and
 * scenario always give the same result, to the minor unit.
 */
export { evaluate, evaluateAll } from './evaluate';
export { checkPlan, PlanError } from './checkPlan';
export * from './figures';
export type * from './types';
