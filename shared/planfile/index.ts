/**
 * Plan files (docs/plan-file.md): versioned JSON, validated on read with the JSON path of every
 * problem, written canonically.
 */
export { readPlanFile, PLAN_FILE_MAX_CHARS } from './read';
export { writePlanFile } from './write';
export { generatePlanJsonSchema, PLAN_SCHEMA_ID } from './jsonSchema';
export type { PlanFileIssue, PlanFileIssueCode, ReadPlanFileResult } from './types';
export type { SchemaProblem, ValueKind } from './schemaProblem';
