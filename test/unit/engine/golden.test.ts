/**
 * Golden results: the engine's outputs are bit-identical to those recorded in
 * test/fixtures/golden/*.json (same integers, same floats, same warnings in the same order), for
 * the Denmark-scale plan, the three demo plans and a few hundred random plans: every scenario,
 * what-if slider moves and table edits run in order in one process (so caches kept per plan table
 * are exercised and must be invalidated right), goal seek and sensitivity. See
 * test/fixtures/golden/cases.ts for the inputs and generate.ts for how the files were made.
 *
 * A failure names the step, the output and the field (and for long arrays the first chunk of rows
 * that differs). When the step's plan digest differs too, the input changed (a fixture, a demo,
 * fast-check's generator), not the engine: regenerate only with an engine known to be right.
 * Fields the golden does not know are allowed (the result type may grow additively).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMOS } from '../../../shared/demos';
import { evaluateScenario } from '../../../shared/engine/evaluate';
import { generateDenmarkScalePlan } from '../../fixtures/denmarkScale';
import { SUITES, randomPlans } from '../../fixtures/golden/cases';
import { canonical, compareDigests } from '../../fixtures/golden/canonical';
import { planDigester, runStep, type GoldenFile } from '../../fixtures/golden/run';

const DIR = join(__dirname, '../../fixtures/golden');

describe('golden results', () => {
  for (const suite of SUITES) {
    it(`${suite.name}: every output as recorded`, () => {
      const golden = JSON.parse(readFileSync(join(DIR, suite.file), 'utf8')) as GoldenFile;
      const steps = suite.steps();
      expect(steps.map((s) => s.name)).toEqual(golden.steps.map((s) => s.name));
      const planSha = planDigester();
      const problems: string[] = [];
      steps.forEach((step, i) => {
        const g = golden.steps[i]!;
        const inputChanged = planSha(step.plan) !== g.plan;
        const outputs = runStep(step);
        if (outputs.length !== g.outputs.length) {
          problems.push(`${step.name}: ${outputs.length} outputs instead of ${g.outputs.length}${inputChanged ? ' (the input plan changed)' : ''}`);
          return;
        }
        outputs.forEach((o, k) => {
          const diff = compareDigests(g.outputs[k]!, o);
          if (diff) problems.push(`${step.name}, output ${k}: ${diff}${inputChanged ? ' (the input plan changed, not necessarily the engine)' : ''}`);
        });
      });
      expect(problems.slice(0, 25)).toEqual([]);
    }, 300_000);
  }

  it("the totals-only mode ({ rows: 'summary' }) is the full result without its category, offer and threshold rows", () => {
    const plans = [generateDenmarkScalePlan(), ...DEMOS.map((d) => d.build()), ...randomPlans().filter((_, i) => i % 10 === 0).map((r) => r.plan)];
    for (const plan of plans) {
      for (const s of plan.scenarios) {
        const full = evaluateScenario(plan, s);
        const summary = evaluateScenario(plan, s, {}, { rows: 'summary' });
        expect(canonical(summary)).toBe(canonical({ ...full, categories: [], offers: [], thresholds: [] }));
      }
    }
  }, 120_000);
});
