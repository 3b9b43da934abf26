/**
 * Reading a plan file (docs/plan-file.md): size limit, JSON with dangerous keys rejected while
 * parsing, the format and its version, then the schema, each problem with its JSON path.
 */
import type { z } from 'zod';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, planFileSchema } from '../model/schema';
import { jsonPath, lineColumn } from './jsonPath';
import { checkPurchases } from './purchases';
import { schemaProblemOf, schemaProblemText } from './schemaProblem';
import type { PlanFileIssue, ReadPlanFileResult } from './types';

/** Largest plan file text read: 200 MB (a Denmark-scale plan is about 5 MB). */
export const PLAN_FILE_MAX_CHARS = 200 * 1024 * 1024;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Paths of every forbidden key, found by walking the parsed tree for the holders the reviver saw. */
function forbiddenPaths(root: unknown, holders: Map<object, string[]>): { path: string; key: string }[] {
  const out: { path: string; key: string }[] = [];
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (v === null || typeof v !== 'object') return;
    const keys = holders.get(v);
    if (keys) for (const key of keys) out.push({ path: jsonPath([...path, key]), key });
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else for (const [k, x] of Object.entries(v)) if (!FORBIDDEN.has(k)) walk(x, [...path, k]);
  };
  walk(root, []);
  return out;
}

/** The id of the record a schema path points into: `plan.<table>[i]` or `plan.meta`. */
function recordIdAt(file: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'plan' || typeof path[1] !== 'string') return undefined;
  const plan = (file as { plan?: Record<string, unknown> }).plan;
  if (!plan || typeof plan !== 'object') return undefined;
  const table = plan[path[1]];
  const row = path[1] === 'meta' ? table : Array.isArray(table) && typeof path[2] === 'number' ? (table[path[2]] as unknown) : undefined;
  const id = row && typeof row === 'object' ? (row as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** Whether `path` exists in the parsed file (so that a problem there is "wrong", not "missing"). */
function presentAt(file: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = file;
  for (const step of path) {
    if (at === null || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, step)) return false;
    at = (at as Record<PropertyKey, unknown>)[step];
  }
  return at !== undefined;
}

function schemaIssue(file: unknown, zi: z.core.$ZodIssue): PlanFileIssue {
  const path = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const where = jsonPath(path);
  const recordId = recordIdAt(file, path);
  const problem = schemaProblemOf(zi, presentAt(file, path));
  return {
    code: 'schema',
    path: where,
    message: `${where}${recordId !== undefined ? ` (record '${recordId}')` : ''} ${schemaProblemText(problem)}.`,
    problem,
    ...(recordId !== undefined ? { recordId } : {}),
  };
}

export function readPlanFile(text: string): ReadPlanFileResult {
  if (text.length > PLAN_FILE_MAX_CHARS) {
    return {
      ok: false,
      issues: [{ code: 'tooLarge', path: '$', message: `The file is ${Math.round(text.length / 1024 / 1024)} MB; plan files are read up to ${PLAN_FILE_MAX_CHARS / 1024 / 1024} MB.` }],
    };
  }
  const holders = new Map<object, string[]>();
  let data: unknown;
  try {
    data = JSON.parse(text, function (this: unknown, key: string, value: unknown) {
      if (FORBIDDEN.has(key) && this !== null && typeof this === 'object') holders.set(this, [...(holders.get(this) ?? []), key]);
      return value;
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(msg);
    const pos = at ? Number(at[1]) : text.length;
    const { line, column } = lineColumn(text, pos);
    return { ok: false, issues: [{ code: 'invalidJson', path: '$', line, column, message: `Not valid JSON at line ${line}, column ${column}: ${msg.replace(/ in JSON at position \d+.*$/, '')}.` }] };
  }
  if (holders.size > 0) {
    return {
      ok: false,
      issues: forbiddenPaths(data, holders).map(({ path, key }) => ({ code: 'forbiddenKey', path, message: `${path}: the key '${key}' is not allowed in a plan file.` })),
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== PLAN_FORMAT) {
    return { ok: false, issues: [{ code: 'notAPlanFile', path: '$.format', message: `This is not a Måltid plan file: $.format must be "${PLAN_FORMAT}".` }] };
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > PLAN_FORMAT_VERSION) {
    return {
      ok: false,
      issues: [
        {
          code: 'newerVersion',
          path: '$.formatVersion',
          message: `This plan was made by a newer version of Måltid (plan format ${version}); this version reads format ${PLAN_FORMAT_VERSION}. Update Måltid to open it.`,
        },
      ],
    };
  }
  const parsed = planFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.slice(0, 200).map((zi) => schemaIssue(data, zi)) };
  const purchases = parsed.data.purchases;
  if (purchases) {
    const issues = checkPurchases(purchases);
    if (issues.length) return { ok: false, issues };
    return { ok: true, plan: parsed.data.plan, purchases };
  }
  return { ok: true, plan: parsed.data.plan };
}
