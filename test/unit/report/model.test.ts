/**
 * The report model against the engine: with every organisation chosen its figures are the
 * engine's totals to the minor unit; with some chosen, the sums of exactly their rows; the
 * recommended scenario follows the stated rule in each of its three branches.
 */
import { describe, expect, it } from 'vitest';
import { DEMOS } from '../../../shared/demos';
import { evaluate, localShareValue } from '../../../shared/engine';
import { emptyFigures } from '../../../shared/engine/results';
import type { EngineWarning, ScenarioResult } from '../../../shared/engine/types';
import type { Plan } from '../../../shared/model/types';
import { buildReportModel, defaultSelection, groupWarnings, recommendScenario, reportAssumptions, type ScenarioSummary } from '../../../shared/report';

function demo(id: string): Plan {
  return DEMOS.find((d) => d.id === id)!.build();
}

function resultsOf(plan: Plan): Map<string, ScenarioResult> {
  return new Map(plan.scenarios.map((s) => [s.id, evaluate(plan, s.id)]));
}

const MONEY = ['foodMinor', 'logisticsMinor', 'tenderingMinor', 'feesMinor', 'totalMinor', 'localValueMinor', 'organicValueMinor', 'discountMinor'] as const;

describe('the report model of a demo with every organisation chosen', () => {
  const plan = demo('lapland');
  const results = resultsOf(plan);
  const selection = defaultSelection(plan);
  const model = buildReportModel(plan, results, selection);

  it('chooses the first four scenarios, every organisation and the last year by default', () => {
    expect(selection.scenarioIds).toEqual(plan.scenarios.slice(0, 4).map((s) => s.id));
    expect(selection.organisationIds).toHaveLength(plan.organisations.length);
    expect(selection.year).toBe(2032);
  });

  it('has the engine’s year and horizon totals, money to the minor unit', () => {
    for (const s of model.scenarios) {
      const r = results.get(s.scenarioId)!;
      const year = r.totals.find((t) => t.year === selection.year)!;
      for (const k of MONEY) {
        expect(s.year![k], `${s.scenarioId} ${k}`).toBe(year[k]);
        expect(s.horizon[k], `${s.scenarioId} horizon ${k}`).toBe(r.horizon[k]);
      }
      expect(s.year!.budgetMinor).toBe(year.budgetMinor);
      expect(s.year!.gapMinor).toBe(year.gapMinor);
      expect(s.horizon.gapMinor).toBe(r.horizon.gapMinor);
      expect(s.year!.meals).toBeCloseTo(year.meals, 6);
      expect(s.horizon.co2eFoodKg).toBeCloseTo(r.horizon.co2eFoodKg, 3);
      expect(s.orgYearsOverBudget).toBe(r.organisations.filter((o) => (o.gapMinor ?? 0) > 0).length);
    }
  });

  it('has the engine’s trajectory: targets as set, shares as reached', () => {
    for (const series of model.trajectories) {
      const r = results.get(series.scenarioId)!;
      for (const p of series.points) {
        const row = r.trajectory.find((t) => t.categoryId === '*' && t.measure === 'local' && t.year === p.year)!;
        expect(p.localTarget).toBe(row.targetShare);
        expect(p.local).toBeCloseTo(row.achievedShare, 12);
        expect(p.heldBackBy).toEqual(row.heldBackBy);
      }
    }
  });

  it('lists each contract that holds the share back, with the years it does', () => {
    const expected = new Set([...results.values()].flatMap((r) => r.trajectory.filter((t) => t.categoryId === '*').flatMap((t) => t.heldBackBy)));
    expect(new Set(model.heldBack.map((h) => h.contractId))).toEqual(expected);
    for (const h of model.heldBack) for (const years of Object.values(h.years)) expect(years.length).toBeGreaterThan(0);
  });

  it('lists capacity refusals of the summary year only', () => {
    expect(model.capacity.length).toBeGreaterThan(0);
    for (const c of model.capacity) {
      const o = results.get(c.scenarioId)!.offers.find((x) => x.offerId === c.offerId && x.year === selection.year)!;
      expect(c.deniedKg).toBe(o.deniedKg);
    }
  });

  it('recommends the scenario that keeps within its budgets: Lapland’s partnership is the only one', () => {
    const within = model.scenarios.filter((s) => s.horizon.gapMinor! <= 0);
    expect(within.map((s) => s.scenarioId)).toEqual(['fi-partnership']);
    expect(model.recommendation).toEqual({ scenarioId: 'fi-partnership', rule: 'withinBudget' });
  });

  it('tells each warning once, with the scenarios it occurs in', () => {
    const all = [...results.values()].reduce((n, r) => n + r.warnings.length, 0);
    const told = model.warnings.reduce((n, g) => n + g.items.reduce((m, i) => m + i.scenarioIds.length, 0), 0);
    expect(told).toBe(all);
    expect(model.warnings.map((g) => g.severity)).toEqual([...model.warnings.map((g) => g.severity)].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  });
});

describe('the report model with some organisations chosen', () => {
  const plan = demo('stockholm-malardalen');
  const results = resultsOf(plan);
  const chosen = plan.organisations.slice(0, 2).map((o) => o.id);
  const model = buildReportModel(plan, results, { ...defaultSelection(plan), organisationIds: chosen, year: 2029 });

  it('sums exactly the rows of the chosen organisations', () => {
    for (const s of model.scenarios) {
      const rows = results.get(s.scenarioId)!.organisations.filter((o) => chosen.includes(o.organisationId) && o.year === 2029);
      expect(s.year!.totalMinor).toBe(rows.reduce((n, o) => n + o.totalMinor, 0));
      expect(s.year!.gapMinor).toBe(rows.reduce((n, o) => n + (o.gapMinor ?? 0), 0));
      expect(s.year!.totalMinor).toBeLessThan(results.get(s.scenarioId)!.totals.find((t) => t.year === 2029)!.totalMinor);
    }
    expect(model.organisations.map((o) => o.organisationId)).toEqual(chosen);
  });

  it('leaves out warnings about organisations not chosen, keeps those about none', () => {
    for (const g of model.warnings) {
      for (const { warning } of g.items) {
        const orgs = warning.refs.filter((r) => r.table === 'organisations').map((r) => r.id);
        if (typeof warning.params.organisationId === 'string') orgs.push(warning.params.organisationId);
        if (orgs.length) expect(orgs.some((id) => chosen.includes(id)), JSON.stringify(warning)).toBe(true);
      }
    }
    expect(model.warnings.some((g) => g.code === 'tenderStartPassed')).toBe(true);
  });

  it('keeps only contracts with a chosen buyer among those holding the share back', () => {
    for (const h of model.heldBack) expect(plan.contracts.find((c) => c.id === h.contractId)!.buyerIds.some((b) => chosen.includes(b))).toBe(true);
  });
});

describe('the recommendation rule', () => {
  const base = (id: string, totalMinor: number, gapMinor: number | null, localValueMinor = 0): ScenarioSummary => ({
    scenarioId: id,
    name: id,
    kind: 'municipal',
    years: [2027],
    year: null,
    horizon: { ...emptyFigures(), foodMinor: 1000, totalMinor, localValueMinor, budgetMinor: gapMinor === null ? null : totalMinor - gapMinor, gapMinor },
    orgYearsOverBudget: 0,
    orgYearsWithBudget: 0,
    localBasis: 'value',
    organicBasis: 'value',
    localTarget: null,
    organicTarget: null,
  });

  it('takes the cheapest of those within budget, even when a dearer one has a larger margin', () => {
    expect(recommendScenario([base('a', 900, -10), base('b', 800, -1), base('c', 700, 5)])).toEqual({ scenarioId: 'b', rule: 'withinBudget' });
  });

  it('takes the smallest gap when none keeps within', () => {
    expect(recommendScenario([base('a', 900, 30), base('b', 800, 50), base('c', 1000, 20)])).toEqual({ scenarioId: 'c', rule: 'smallestGap' });
  });

  it('takes the cheapest when there are no budgets', () => {
    expect(recommendScenario([base('a', 900, null), base('b', 800, null)])).toEqual({ scenarioId: 'b', rule: 'noBudgets' });
  });

  it('breaks a tie by the higher local share, then by order', () => {
    expect(recommendScenario([base('a', 800, -1, 100), base('b', 800, -2, 300)])!.scenarioId).toBe('b');
    expect(recommendScenario([base('a', 800, -1, 100), base('b', 800, -2, 100)])!.scenarioId).toBe('a');
    expect(localShareValue(base('b', 800, -2, 300).horizon)).toBe(0.3);
  });

  it('has nothing to recommend without scenarios', () => {
    expect(recommendScenario([])).toBeNull();
  });
});

describe('warning groups', () => {
  const w = (code: EngineWarning['code'], severity: EngineWarning['severity'], params: EngineWarning['params'], orgs: string[] = []): EngineWarning => ({
    code,
    severity,
    params,
    refs: orgs.map((id) => ({ table: 'organisations', id })),
  });
  it('groups by code, most serious first, the same warning once', () => {
    const groups = groupWarnings(
      [
        { scenarioId: 's1', warnings: [w('budgetExceeded', 'warning', { organisationId: 'm1', year: 2027 }, ['m1']), w('uncoveredDemand', 'error', { categoryId: 'fish', year: 2027, kg: 5 })] },
        { scenarioId: 's2', warnings: [w('budgetExceeded', 'warning', { organisationId: 'm1', year: 2027 }, ['m1']), w('budgetExceeded', 'warning', { organisationId: 'm2', year: 2027 }, ['m2'])] },
      ],
      new Set(['m1']),
      new Set(['m1', 'm2']),
    );
    expect(groups.map((g) => g.code)).toEqual(['uncoveredDemand', 'budgetExceeded']);
    expect(groups[1]!.items).toHaveLength(1);
    expect(groups[1]!.items[0]!.scenarioIds).toEqual(['s1', 's2']);
  });
});

describe('assumptions', () => {
  const plan = demo('danish-partnership');
  const list = reportAssumptions(plan, plan.scenarios.map((s) => s.id));

  it('states the meal weights, what counts as local, and the targets of each chosen scenario', () => {
    expect(list.filter((a) => a.key === 'mealWeight')).toHaveLength(4);
    expect(list.find((a) => a.key === 'localDefinition')).toEqual({ key: 'localDefinition', local: plan.meta.local });
    expect(list.filter((a) => a.key === 'localTarget').map((a) => 'scenarioId' in a && a.scenarioId)).toEqual(plan.scenarios.map((s) => s.id));
  });

  it('lists every category’s climate factor with its source, estimates marked, and the plan’s sources', () => {
    const climate = list.filter((a) => a.key === 'climateFactor');
    expect(climate).toHaveLength(plan.foodCategories.length);
    for (const a of climate) if (a.key === 'climateFactor') expect(a.isEstimate).toBe(plan.foodCategories.find((c) => c.id === a.categoryId)!.isEstimate);
    expect(list.filter((a) => a.key === 'source')).toHaveLength(plan.meta.sources.length);
  });

  it('lists the thresholds the engine compares with over the horizon, of the plan’s country only', () => {
    const th = list.filter((a) => a.key === 'threshold');
    expect(th.length).toBeGreaterThan(0);
    for (const a of th) if (a.key === 'threshold') expect(a.threshold.country).toBe('DK');
  });

  it('leaves out what-ifs that change nothing', () => {
    const neutral = { ...plan, scenarios: plan.scenarios.map((s) => ({ ...s, localPremium: 0, mealsFactor: 1, wasteShare: null })) };
    const keys = reportAssumptions(neutral, [neutral.scenarios[0]!.id]).map((a) => a.key);
    expect(keys).not.toContain('localPremium');
    expect(keys).not.toContain('mealsFactor');
    expect(keys).not.toContain('wasteShare');
  });
});
