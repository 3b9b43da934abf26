/**
 * The command line (scripts/evaluate.ts), run as a child process on plan files in a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, evaluateAll } from '../../../shared/engine';
import { writePlanFile } from '../../../shared/planfile';
import { smallPlan } from '../../fixtures/smallPlan';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
let dir = '';

function cli(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/evaluate.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const plan = smallPlan();
plan.scenarios.push({ ...plan.scenarios[0]!, id: 's-other', name: 'Other', mealsFactor: 2 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maltid-cli-'));
  writeFileSync(join(dir, 'plan.json'), writePlanFile(plan));
  writeFileSync(join(dir, 'broken.json'), '{ "format": "maltid-plan", "formatVersion": 1, "plan": { "meta": ');
  const invalid = structuredClone(plan);
  invalid.kitchens[0]!.meals.lunch = -3;
  writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ format: 'maltid-plan', formatVersion: 1, plan: invalid }));
  const unknownRef = structuredClone(plan);
  unknownRef.kitchens[0]!.organisationId = 'nowhere';
  writeFileSync(join(dir, 'unknown-ref.json'), writePlanFile(unknownRef));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('command line', () => {
  it('--format json prints exactly what evaluate() returns (one scenario by id or by name)', () => {
    const byId = cli(join(dir, 'plan.json'), '--scenario', 's-muni', '--format', 'json');
    expect(byId.code).toBe(0);
    expect(byId.stdout).toBe(JSON.stringify(evaluate(plan, 's-muni'), null, 2) + '\n');
    const byName = cli(join(dir, 'plan.json'), '--scenario', 'Other', '--format', 'json');
    expect(JSON.parse(byName.stdout)).toEqual(JSON.parse(JSON.stringify(evaluate(plan, 's-other'))));
  }, 60_000);

  it('without --scenario it evaluates every scenario', () => {
    const all = cli(join(dir, 'plan.json'), '--format', 'json');
    expect(all.code).toBe(0);
    expect(all.stdout).toBe(JSON.stringify(evaluateAll(plan), null, 2) + '\n');
  }, 60_000);

  it('the table gives each scenario and year in plain English and plain numbers', () => {
    const t = cli(join(dir, 'plan.json'));
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('Scenario s-muni: Scenario s-muni (municipal)');
    expect(t.stdout).toMatch(/year\s+meals\s+food cost\s+total cost\s+cost\/meal\s+local % value\s+local % weight\s+organic % value\s+organic % weight\s+kg CO2e\/meal\s+budget gap/);
    // 16,020 meals; 63,715.91 SEK of food; 3.98 SEK a meal; 637.159 kg × 16 kg CO2e / 16,020 meals
    // = 0.636 kg CO2e a meal; no budget, so no gap.
    expect(t.stdout).toMatch(/2026\s+16020\s+63715\.91\s+63715\.91\s+3\.98\s+0\.0\s+0\.0\s+0\.0\s+0\.0\s+0\.636\s+-/);
  }, 60_000);

  it('a missing file, broken JSON, schema problems and plan issues exit non-zero with a readable message and no stack trace', () => {
    const cases: [string[], RegExp][] = [
      [[join(dir, 'missing.json')], /^Cannot read .*missing\.json: no such file\.\n$/],
      [[join(dir, 'broken.json')], /broken\.json is not a valid plan file:\n {2}Not valid JSON at line 1, column \d+/],
      [[join(dir, 'invalid.json')], /invalid\.json is not a valid plan file:\n {2}\$\.plan\.kitchens\[0\]\.meals\.lunch \(record 'k1'\) must be at least 0\./],
      [[join(dir, 'unknown-ref.json')], /the plan cannot be evaluated:\n {2}kitchens 'k1', organisationId: refers to organisations 'nowhere', which does not exist\./],
      [[join(dir, 'plan.json'), '--scenario', 'nope'], /no scenario has the id or name 'nope'\. Scenarios: s-muni \(Scenario s-muni\), s-other \(Other\)\./],
    ];
    for (const [args, message] of cases) {
      const r = cli(...args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  }, 120_000);

  it('wrong arguments exit 2 with the usage', () => {
    for (const args of [[], ['a.json', 'b.json'], [join(dir, 'plan.json'), '--format', 'csv'], [join(dir, 'plan.json'), '--colour']]) {
      const r = cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Usage: npm run evaluate -- <plan file> [--scenario NAME] [--format json|table]');
    }
  }, 120_000);
});
