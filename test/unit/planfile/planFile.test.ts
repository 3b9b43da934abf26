/**
 * Plan files: canonical writing (read then write gives the same bytes), validation with JSON
 * paths, rejected prototype keys, and a clear message for files from a newer version.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import { PLAN_FILE_MAX_CHARS, readPlanFile, writePlanFile } from '../../../shared/planfile';
import { createEmptyPlan, createKitchen, createScenario } from '../../../shared/model/defaults';
import { generateDenmarkScalePlan } from '../../fixtures/denmarkScale';
import { smallPlan } from '../../fixtures/smallPlan';

function fileOf(plan: unknown, over: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'maltid-plan', formatVersion: 1, plan, ...over });
}

describe('plan file', () => {
  it('reading a written plan gives the plan back, and writing it again gives the same bytes', () => {
    for (const plan of [smallPlan(), generateDenmarkScalePlan()]) {
      const text = writePlanFile(plan);
      const read = readPlanFile(text);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.plan).toEqual(plan);
      expect(writePlanFile(read.plan)).toBe(text);
    }
  });

  it('writes keys in schema order (grams in category order) with a 2-space indent and a trailing newline, whatever the input order', () => {
    const base = createEmptyPlan({ id: 'p', name: 'Plan', country: 'FI', planDate: '2025-01-15' });
    const plan = {
      ...base,
      kitchens: [createKitchen({ id: 'k', name: 'K', organisationId: 'o', sector: 'school', country: 'FI' })],
      scenarios: [createScenario(base, { id: 's', name: 'S', kind: 'municipal', startYear: 2026 })],
    };
    // Every object's keys reversed, at every depth.
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    const reordered = reverse(plan) as typeof plan;
    expect(Object.keys(reordered)[0]).toBe('scenarios');
    const text = writePlanFile(reordered);
    expect(text).toBe(writePlanFile(plan));
    expect(text.startsWith('{\n  "format": "maltid-plan",\n  "formatVersion": 1,\n  "plan": {\n    "meta": {\n      "id": "p",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reports each schema problem with its JSON path and record', () => {
    const plan = smallPlan();
    plan.kitchens[0]!.meals.lunch = -5;
    (plan.offers[0] as { pricePerKgMinor: unknown }).pricePerKgMinor = '100';
    const r = readPlanFile(fileOf(plan));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path, i.recordId])).toEqual([
      ['schema', '$.plan.kitchens[0].meals.lunch', 'k1'],
      ['schema', '$.plan.offers[0].pricePerKgMinor', 'o-wholesale'],
    ]);
    // Said in words a planner understands (never the schema library's own English), and as data
    // the app words in the user's language.
    expect(r.issues[0]!.message).toBe("$.plan.kitchens[0].meals.lunch (record 'k1') must be at least 0.");
    expect(r.issues[0]!.problem).toEqual({ kind: 'tooSmall', limit: 0, of: 'value' });
    expect(r.issues[1]!.message).toBe("$.plan.offers[0].pricePerKgMinor (record 'o-wholesale') must be a number.");
    expect(r.issues[1]!.problem).toEqual({ kind: 'wrongKind', expected: 'number' });
  });

  it('reports unknown fields and missing tables', () => {
    const plan = { ...smallPlan(), extra: 1 } as Record<string, unknown>;
    delete plan.budgets;
    const r = readPlanFile(fileOf(plan));
    expect(r.ok ? [] : r.issues.map((i) => i.path).sort()).toEqual(['$.plan', '$.plan.budgets']);
    if (!r.ok) {
      const byPath = new Map(r.issues.map((i) => [i.path, i]));
      expect(byPath.get('$.plan.budgets')!.problem).toEqual({ kind: 'missing', expected: 'list' });
      expect(byPath.get('$.plan')!.problem).toEqual({ kind: 'unknownFields', fields: ['extra'] });
      expect(byPath.get('$.plan')!.message).toBe("$.plan has fields a plan file does not have: 'extra'.");
    }
  });

  it('says where invalid JSON stops', () => {
    const r = readPlanFile('{\n  "format": "maltid-plan",\n  "plan": {,}\n}');
    expect(r).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'invalidJson', path: '$', line: 3, column: 12 })] });
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/^Not valid JSON at line 3, column 12: /);
  });

  it('rejects __proto__, constructor and prototype keys while parsing, naming where they are', () => {
    const text = '{"format":"maltid-plan","formatVersion":1,"plan":{"meta":{"__proto__":{"polluted":true}},"kitchens":[{"constructor":1}]},"prototype":2}';
    const r = readPlanFile(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['forbiddenKey', '$.prototype'],
      ['forbiddenKey', '$.plan.meta.__proto__'],
      ['forbiddenKey', '$.plan.kitchens[0].constructor'],
    ]);
    expect(r.issues[1]!.message).toBe("$.plan.meta.__proto__: the key '__proto__' is not allowed in a plan file.");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says a file from a newer version of Måltid needs a newer Måltid', () => {
    const r = readPlanFile(fileOf(smallPlan(), { formatVersion: 2 }));
    expect(r).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'newerVersion', path: '$.formatVersion' })] });
    if (!r.ok) expect(r.issues[0]!.message).toContain('made by a newer version of Måltid');
  });

  it('rejects files that are not plan files, and files over the size limit', () => {
    expect(readPlanFile('[1, 2]')).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'notAPlanFile' })] });
    expect(readPlanFile(JSON.stringify({ format: 'other' }))).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'notAPlanFile', path: '$.format' })] });
    const big = { length: PLAN_FILE_MAX_CHARS + 1 } as unknown as string;
    expect(readPlanFile(big)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'tooLarge', path: '$' })] });
  });

  it('the minimal file in docs/plan-file.md is a valid plan file that evaluates', () => {
    const md = readFileSync(resolve(import.meta.dirname, '../../../docs/plan-file.md'), 'utf8');
    const example = md.split('## A minimal file')[1]!.split('```json')[1]!.split('```')[0]!;
    const r = readPlanFile(example);
    expect(r.ok ? [] : r.issues).toEqual([]);
    // 100 lunches × 178 days × 0.9 × 35 g / 0.88 = 637.159 kg × 10,000 öre.
    if (r.ok) expect(evaluate(r.plan, 's1').totals[0]!.foodMinor).toBe(6_371_591);
  });
});
