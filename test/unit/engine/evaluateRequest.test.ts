/**
 * What the engine worker answers (renderer/src/engine/evaluateRequest.ts): the same results as
 * calling the engine directly, at the detail asked for, with what-if drafts in place of the stored
 * scenarios.
 */
import { describe, expect, it, vi } from 'vitest';
import { evaluateScenario } from '../../../shared/engine/evaluate';
import type * as EvaluateModule from '../../../shared/engine/evaluate';

// Records the options the worker passes to the engine (the real engine still computes).
const passed = vi.hoisted(() => [] as unknown[]);
vi.mock('../../../shared/engine/evaluate', async (importOriginal) => {
  const real = await importOriginal<typeof EvaluateModule>();
  return {
    ...real,
    evaluateScenario: (...args: Parameters<typeof real.evaluateScenario>) => {
      passed.push(args[3]);
      return real.evaluateScenario(...args);
    },
  };
});
import { evaluateRequest } from '../../../renderer/src/engine/evaluateRequest';
import { DEMOS } from '../../../shared/demos';
import { canonical } from '../../fixtures/golden/canonical';
import { capacityRows } from '../../../renderer/src/results/capacity';
import { unmetLocalByCategory } from '../../../renderer/src/results/unmetLocal';
import { trimWarnings } from '../../../renderer/src/results/warningGroups';

const plan = DEMOS[0]!.build();
const scenario = plan.scenarios[0]!;
const clock = () => 0;

function ask(detail: 'figures' | 'summary' | 'compare' | 'full', overrides = [] as typeof plan.scenarios) {
  const r = evaluateRequest(plan, { type: 'evaluate', requestId: 1, version: 1, scenarioIds: [scenario.id], overrides, detail }, clock);
  if (r.type !== 'results') throw new Error(`expected results, got ${r.type}`);
  return r.results[0]!;
}

describe('the engine worker’s answers', () => {
  it("'full' is the engine's whole result", () => {
    const full = ask('full');
    expect(full.categories.length).toBeGreaterThan(0);
    expect(full.offers.length).toBeGreaterThan(0);
    expect(canonical(full)).toBe(canonical(evaluateScenario(plan, scenario)));
  });

  it("'summary' is the whole result without its category, offer and threshold rows", () => {
    const full = evaluateScenario(plan, scenario);
    const summary = ask('summary');
    expect(full.thresholds.length).toBeGreaterThan(0);
    expect(summary.categories).toEqual([]);
    expect(summary.offers).toEqual([]);
    expect(summary.thresholds).toEqual([]);
    expect(summary.warnings.length).toBeGreaterThan(0);
    expect(canonical(summary)).toBe(canonical({ ...full, categories: [], offers: [], thresholds: [] }));
    // The rows are never built, not built and thrown away.
    passed.length = 0;
    ask('summary');
    expect(passed).toEqual([{ rows: 'summary' }]);
  });

  it("'compare' is the whole result with only the rows Compare reads, which give it the same figures", () => {
    const full = evaluateScenario(plan, scenario);
    const compare = ask('compare');
    expect(full.categories.some((c) => c.unmetLocalKg > 0)).toBe(true);
    expect(full.categories.some((c) => c.unmetLocalKg <= 0)).toBe(true);
    expect(full.offers.some((o) => o.capacityKg === null)).toBe(true);
    expect(compare.categories).toEqual(full.categories.filter((c) => c.unmetLocalKg > 0));
    expect(compare.offers).toEqual(full.offers.filter((o) => o.capacityKg !== null));
    expect(compare.thresholds).toEqual([]);
    expect(canonical({ ...compare, categories: [], offers: [] })).toBe(canonical({ ...full, categories: [], offers: [], thresholds: [] }));
    for (const period of ['horizon', ...full.years] as const) {
      expect(unmetLocalByCategory(compare, period)).toEqual(unmetLocalByCategory(full, period));
      expect(capacityRows(compare, period)).toEqual(capacityRows(full, period));
    }
  });

  it("'figures' is the summary without the rows the Scenarios view does not read", () => {
    const summary = ask('summary');
    const figures = ask('figures');
    // The demo has what is left out, so leaving it out is seen.
    expect(summary.organisations.length).toBeGreaterThan(0);
    expect(summary.contracts.length).toBeGreaterThan(0);
    expect(summary.trajectory.some((r) => r.categoryId !== '*')).toBe(true);
    expect(figures.organisations).toEqual([]);
    expect(figures.contracts).toEqual([]);
    // The view's chart and its year figures read the all-categories rows: all of them are there.
    const allCategories = summary.trajectory.filter((r) => r.categoryId === '*');
    expect(allCategories.length).toBe(2 * summary.years.length);
    expect(figures.trajectory).toEqual(allCategories);
    // The warnings the list can show (the first of each code), and how many of each code there are.
    expect(figures.warnings).toEqual(trimWarnings(summary.warnings).warnings);
    const counts: Record<string, number> = {};
    for (const w of summary.warnings) counts[w.code] = (counts[w.code] ?? 0) + 1;
    expect(figures.warningCounts).toEqual(counts);
    const { warningCounts: _, ...rest } = figures;
    expect(canonical({ ...rest, trajectory: [], warnings: [] })).toBe(canonical({ ...summary, organisations: [], contracts: [], trajectory: [], warnings: [] }));
    passed.length = 0;
    ask('figures');
    expect(passed).toEqual([{ rows: 'summary' }]);
  });

  it('a what-if draft replaces the stored scenario of the same id', () => {
    const draft = { ...scenario, localPremium: scenario.localPremium + 0.3 };
    const withDraft = ask('summary', [draft]);
    const direct = evaluateScenario({ ...plan, scenarios: plan.scenarios.map((s) => (s.id === draft.id ? draft : s)) }, draft, {}, { rows: 'summary' });
    expect(canonical(withDraft)).toBe(canonical(direct));
    expect(withDraft.totals.at(-1)!.foodMinor).not.toBe(ask('summary').totals.at(-1)!.foodMinor);
  });
});
