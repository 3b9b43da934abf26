/**
 * The scenario engine's public entry (docs/engine.md). Pure and deterministic: the same plan and
 * scenario always give the same result, to the minor unit.
 */
export { evaluate, evaluateAll } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { checkPlan, PlanError } from './checkPlan';
export { goalSeek } from './goalSeek';
export type { GoalSeekOptions, GoalSeekOrganisation, GoalSeekResult, GoalSeekStep } from './goalSeek';
export { sensitivity, SENSITIVITY_GROUPS } from './sensitivity';
export type { SensitivityGroup, SensitivityPoint, SensitivityResult, SensitivityRow } from './sensitivity';
export { holidays, serviceDays, workingDays } from './calendar';
export { bracketDiscount, largestRemainder } from './money';
export * from './figures';
export type * from './types';
