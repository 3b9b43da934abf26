/**
 * Fuzzing the plan-file reader with 10,000 generated inputs in all: any text, any JSON, and valid plan
 * files damaged at a random place (a value replaced, a key removed or added, a prototype key slipped in,
 * the text cut short). The reader must never throw or hang; it either returns a plan that is valid
 * (it writes and reads back to the same bytes) or refuses with messages that name where the problem is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlanFile, writePlanFile, type ReadPlanFileResult } from '../../../shared/planfile';
import { smallPlan } from '../../fixtures/smallPlan';

const VALID = writePlanFile(smallPlan());
const VALID_JSON = JSON.parse(VALID) as unknown;
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

function expectSound(text: string, result: ReadPlanFileResult): void {
  if (result.ok) {
    // Accepted only when it is a plan the app can write and read back unchanged.
    const again = writePlanFile(result.plan);
    const reread = readPlanFile(again);
    expect(reread.ok).toBe(true);
    if (reread.ok) expect(writePlanFile(reread.plan)).toBe(again);
    for (const key of FORBIDDEN) expect(text.includes(`"${key}"`) && !VALID.includes(`"${key}"`)).toBe(false);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.path.startsWith('$')).toBe(true);
    expect(issue.message.length).toBeGreaterThan(10);
    expect(issue.message).not.toMatch(/\bundefined\b|\[object Object\]/);
    // Schema problems are data the app words in the user's language; the English line never
    // carries the schema library's own phrasing ("Invalid input: expected number, received …").
    if (issue.code === 'schema') expect(issue.problem).toBeDefined();
    expect(issue.message).not.toMatch(/Invalid input|received /);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

type Path = (string | number)[];

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}
const ALL_PATHS = paths(VALID_JSON).filter((p) => p.length > 0);

type Damage = { kind: 'replace'; value: unknown } | { kind: 'remove' } | { kind: 'addKey'; key: string; value: unknown };

function damaged(path: Path, damage: Damage): string {
  const copy = structuredClone(VALID_JSON) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (damage.kind === 'replace') parent[last] = damage.value;
  else if (damage.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      // JSON.parse-style own key, so that "__proto__" really is written into the text.
      Object.defineProperty(target, damage.key, { value: damage.value, enumerable: true, configurable: true, writable: true });
    }
  }
  return JSON.stringify(copy, null, 2);
}

const jsonValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(null, '', -1, 1e308, 0.1, 'NaN', '2025-02-30', '💥', [], {}, true));
const damage: fc.Arbitrary<Damage> = fc.oneof(
  jsonValue.map((value) => ({ kind: 'replace' as const, value })),
  fc.constant({ kind: 'remove' as const }),
  fc.record({ kind: fc.constant('addKey' as const), key: fc.oneof(fc.constantFrom(...FORBIDDEN), fc.string({ maxLength: 6 })), value: jsonValue }),
);

describe('fuzzing the plan-file reader (10,000 inputs)', () => {
  it('any text (2,000 inputs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => expectSound(text, readPlanFile(text))),
      { numRuns: 2000 },
    );
  });

  it('any JSON, and JSON shaped like a plan file (2,000 inputs)', () => {
    const shaped = fc.record({ format: fc.oneof(fc.constant('maltid-plan'), fc.string()), formatVersion: fc.oneof(fc.constant(1), fc.integer()), plan: fc.jsonValue({ maxDepth: 3 }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 3 }), shaped), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        expectSound(text, readPlanFile(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('a valid plan file damaged at a random place (5,000 inputs)', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...ALL_PATHS), damage, (path, d) => {
        const text = damaged(path, d);
        const result = readPlanFile(text);
        expectSound(text, result);
        if (!result.ok) refused++;
      }),
      { numRuns: 5000 },
    );
    // Most damage must be caught (a replaced name or a removed optional field can still be a valid plan).
    expect(refused).toBeGreaterThan(2500);
  });

  it('a valid plan file cut short or with bytes changed (1,000 inputs)', () => {
    fc.assert(
      fc.property(fc.nat({ max: VALID.length - 1 }), fc.option(fc.string({ minLength: 1, maxLength: 3 })), (at, insert) => {
        const text = insert === null ? VALID.slice(0, at) : VALID.slice(0, at) + insert + VALID.slice(at + insert.length);
        expectSound(text, readPlanFile(text));
      }),
      { numRuns: 1000 },
    );
  });
});
