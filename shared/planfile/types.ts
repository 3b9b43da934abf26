/**
 * Results of reading a plan file.
 */
import type { Plan, PlanFilePurchases } from '../model/types';
import type { SchemaProblem } from './schemaProblem';

export type PlanFileIssueCode =
  /** The text is larger than the reader accepts. */
  | 'tooLarge'
  /** Not JSON. */
  | 'invalidJson'
  /** A `__proto__`, `constructor` or `prototype` key (rejected: they can poison objects). */
  | 'forbiddenKey'
  /** JSON, but not a Måltid plan file (no `format: "maltid-plan"`). */
  | 'notAPlanFile'
  /** Made by a newer version of Måltid. */
  | 'newerVersion'
  /** A value the schema does not accept. */
  | 'schema';

export interface PlanFileIssue {
  code: PlanFileIssueCode;
  /** JSON path of the problem, e.g. `$.plan.kitchens[3].meals.lunch` (`$` for the whole file). */
  path: string;
  /** An English sentence: where, and what is wrong. */
  message: string;
  /** For a schema problem: what is wrong, as data the app words in the user's language. */
  problem?: SchemaProblem;
  /** The id of the record the path is in, when there is one. */
  recordId?: string;
  /** For invalid JSON: where the parser stopped. */
  line?: number;
  column?: number;
}

/** `purchases` is there when the file carries purchase lines (they are not part of the plan). */
export type ReadPlanFileResult = { ok: true; plan: Plan; purchases?: PlanFilePurchases } | { ok: false; issues: PlanFileIssue[] };
