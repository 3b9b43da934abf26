/**
 * Reusing what a what-if slider left alone (shared/engine/sliderReuse.ts): an evaluation handed
 * what the previous one kept gives the fresh evaluation's result, bit for bit (canonical text:
 * −0 is not 0), over a sequence of slider steps; and a change the kept parts depend on makes them
 * unusable.
 */
import { describe, expect, it } from 'vitest';
import { DEMOS } from '../../../shared/demos';
import { AllocationCache } from '../../../shared/engine/allocationReuse';
import { checkPlan } from '../../../shared/engine/checkPlan';
import { evaluateScenario } from '../../../shared/engine/evaluate';
import { reuseKey, type KeptEvaluation } from '../../../shared/engine/sliderReuse';
import { withFinalShare } from '../../../shared/model/trajectoryEdit';
import type { Plan, Scenario } from '../../../shared/model/types';
import { evaluateRequest } from '../../../renderer/src/engine/evaluateRequest';
import { generateDenmarkScalePlan } from '../../fixtures/denmarkScale';
import { canonical } from '../../fixtures/golden/canonical';

type Step = (s: Scenario, plan: Plan) => Scenario;

const endYear = (s: Scenario) => s.startYear + s.years - 1;

/** Slider-like steps, each applied to the scenario the step before left. */
const STEPS: [string, Step][] = [
  ['local target', (s) => ({ ...s, localTarget: withFinalShare(s.localTarget, s.startYear, endYear(s), 0.45) })],
  ['local target again', (s) => ({ ...s, localTarget: withFinalShare(s.localTarget, s.startYear, endYear(s), 0.46) })],
  ['organic target', (s) => ({ ...s, organicTarget: withFinalShare(s.organicTarget, s.startYear, endYear(s), 0.7) })],
  ['organic target basis', (s) => ({ ...s, organicTarget: { ...s.organicTarget, basis: s.organicTarget.basis === 'value' ? 'weight' : 'value' } })],
  ['shock on one category', (s, p) => ({ ...s, priceShocks: [...s.priceShocks, { categoryId: p.foodCategories[1]!.id, year: s.startYear, rate: 0.13 }] })],
  ['shock on one category moved', (s, p) => ({ ...s, priceShocks: s.priceShocks.map((x) => (x.categoryId === p.foodCategories[1]!.id ? { ...x, rate: 0.21 } : x)) })],
  ['local premium', (s) => ({ ...s, localPremium: s.localPremium + 0.04 })],
  ['shock on every category', (s) => ({ ...s, priceShocks: [...s.priceShocks, { categoryId: '*', year: s.startYear + 1, rate: -0.05 }] })],
  ['waste share', (s) => ({ ...s, wasteShare: 0.22 })],
  ['meals', (s) => ({ ...s, mealsFactor: s.mealsFactor * 1.07 })],
  ['local target after the others', (s) => ({ ...s, localTarget: withFinalShare(s.localTarget, s.startYear, endYear(s), 0.3) })],
];

function withScenario(plan: Plan, s: Scenario): Plan {
  return { ...plan, scenarios: plan.scenarios.map((x) => (x.id === s.id ? s : x)) };
}

/** Evaluates `s` handed `previous`; returns the result and what it kept. */
function step(plan: Plan, s: Scenario, previous: KeptEvaluation | undefined, rows: 'full' | 'summary' = 'full') {
  let kept: KeptEvaluation | undefined;
  const result = evaluateScenario(plan, s, {}, { rows, ...(previous ? { previous } : {}), keep: (k) => (kept = k) });
  return { result, kept: kept! };
}

function fresh(plan: Plan, s: Scenario, rows: 'full' | 'summary' = 'full') {
  return evaluateScenario(plan, s, {}, { rows });
}

/** Runs the steps on every scenario of the plan; returns how many (category, year) were reused and how often the demand was. */
function slide(plan: Plan, rows: 'full' | 'summary', scenarios = plan.scenarios) {
  let cells = 0;
  let demands = 0;
  for (const base of scenarios) {
    let s = base;
    let { kept } = step(plan, s, undefined, rows);
    for (const [name, edit] of STEPS) {
      const next = edit(s, plan);
      const p = withScenario(plan, next);
      if (checkPlan(p).length) continue;
      const r = step(p, next, kept, rows);
      expect(canonical(r.result), `${base.id}: ${name}`).toBe(canonical(fresh(p, next, rows)));
      cells += r.kept.reused.cells;
      if (r.kept.reused.demand) demands++;
      s = next;
      kept = r.kept;
    }
  }
  return { cells, demands };
}

describe('reusing what a slider left alone', () => {
  it('on the demos, every slider step gives the fresh result', () => {
    for (const demo of DEMOS) {
      const plan = demo.build();
      expect(checkPlan(plan)).toEqual([]);
      const { cells, demands } = slide(plan, 'full');
      // The target and price steps did reuse something (else this test would prove nothing).
      expect(cells, demo.id).toBeGreaterThan(0);
      expect(demands, demo.id).toBeGreaterThan(0);
    }
  }, 120_000);

  it('at Denmark scale, every slider step gives the fresh result', () => {
    const plan = generateDenmarkScalePlan();
    const { cells, demands } = slide(plan, 'summary', plan.scenarios.filter((s) => s.kind !== 'regional'));
    expect(cells).toBeGreaterThan(0);
    expect(demands).toBeGreaterThan(0);
  }, 300_000);

  it('what the local target slider leaves alone: the demand, and the years whose target did not move', () => {
    const plan = generateDenmarkScalePlan();
    const s = plan.scenarios[0]!;
    const { kept } = step(plan, s, undefined, 'summary');
    const moved = { ...s, localTarget: withFinalShare(s.localTarget, s.startYear, endYear(s), 0.61) };
    const r = step(withScenario(plan, moved), moved, kept, 'summary');
    expect(r.kept.reused.demand).toBe(true);
    // The first year's target is the first point's (every category follows the general points):
    // those (category, year) are kept, the five later years are allocated again.
    expect(s.localTarget.points[0]!.year).toBe(s.startYear);
    expect(s.localTarget.categories).toEqual([]);
    expect(r.kept.reused.cells).toBe(plan.foodCategories.length);
  });

  it("the worker's cache keeps each scenario's evaluation and hands it to the next step", () => {
    const plan = DEMOS[1]!.build();
    const cache = new AllocationCache();
    for (const base of plan.scenarios) {
      let s = base;
      for (const [name, edit] of [['first', (x: Scenario) => x] as [string, Step], ...STEPS]) {
        const next = edit(s, plan);
        if (checkPlan(withScenario(plan, next)).length) continue;
        const r = evaluateRequest(plan, { type: 'evaluate', requestId: 1, version: 1, scenarioIds: [next.id], overrides: [next], detail: 'summary' }, () => 0, cache);
        if (r.type !== 'results') throw new Error(`expected results, got ${r.type}`);
        expect(canonical(r.results[0]), `${base.id}: ${name}`).toBe(canonical(fresh(withScenario(plan, next), next, 'summary')));
        if (name === 'local target') expect(cache.previous(next)!.reused.demand).toBe(true);
        s = next;
      }
    }
  }, 120_000);

  describe('a change the kept parts depend on makes them unusable', () => {
    const plan = DEMOS[0]!.build();
    const base = plan.scenarios[0]!;
    const slid = { ...base, localTarget: withFinalShare(base.localTarget, base.startYear, endYear(base), 0.5) };
    const kept = step(plan, base, undefined).kept;
    const before = canonical(step(withScenario(plan, slid), slid, kept).result);

    const cases: [string, () => { plan: Plan; s: Scenario }][] = [
      [
        "a kitchen's meals",
        () => ({
          plan: withScenario({ ...plan, kitchens: plan.kitchens.map((k, i) => (i === 0 ? { ...k, meals: { ...k.meals, lunch: k.meals.lunch * 3 + 50 } } : k)) }, slid),
          s: slid,
        }),
      ],
      [
        "an offer's price",
        () => {
          // The cheapest offer of the first category, so that it is bought.
          const j = plan.offers.reduce((b, o, i) => (o.categoryId === plan.offers[0]!.categoryId && o.pricePerKgMinor < plan.offers[b]!.pricePerKgMinor ? i : b), 0);
          return { plan: withScenario({ ...plan, offers: plan.offers.map((o, i) => (i === j ? { ...o, pricePerKgMinor: o.pricePerKgMinor * 0.8 } : o)) }, slid), s: slid };
        },
      ],
      [
        'a meal profile',
        () => ({ plan: withScenario({ ...plan, mealProfiles: plan.mealProfiles.map((m) => ({ ...m, wasteShare: Math.min(0.4, m.wasteShare + 0.1) })) }, slid), s: slid }),
      ],
      ['the scenario’s waste share', () => ({ plan: withScenario(plan, { ...slid, wasteShare: 0.3 }), s: { ...slid, wasteShare: 0.3 } })],
      ['the scenario’s meals', () => ({ plan: withScenario(plan, { ...slid, mealsFactor: 1.2 }), s: { ...slid, mealsFactor: 1.2 } })],
      [
        'the scenario’s excluded suppliers',
        () => {
          const sup = plan.offers.find((o) => o.categoryId === plan.foodCategories[0]!.id)!.supplierId;
          const s = { ...slid, excludedSupplierIds: [...slid.excludedSupplierIds, sup] };
          return { plan: withScenario(plan, s), s };
        },
      ],
    ];

    it.each(cases)('%s', (_, make) => {
      const { plan: p, s } = make();
      expect(checkPlan(p)).toEqual([]);
      const want = canonical(fresh(p, s));
      // Else the case could not tell a wrongly reused result from the right one.
      expect(want).not.toBe(before);
      const r = step(p, s, kept);
      expect(canonical(r.result)).toBe(want);
      expect(r.kept.reused).toEqual({ demand: false, cells: 0 });
    });

    it('a price the slider moved: only the (category, year) whose prices are the same are kept', () => {
      const cat = plan.foodCategories[0]!.id;
      const s = { ...slid, priceShocks: [...slid.priceShocks, { categoryId: cat, year: slid.startYear, rate: 0.3 }] };
      const p = withScenario(plan, s);
      const k2 = step(withScenario(plan, slid), slid, kept).kept;
      const r = step(p, s, k2);
      expect(canonical(r.result)).toBe(canonical(fresh(p, s)));
      expect(canonical(r.result)).not.toBe(before);
      expect(r.kept.reused.demand).toBe(true);
      expect(r.kept.reused.cells).toBe((plan.foodCategories.length - 1) * s.years);
    });
  });

  it('the key leaves out exactly the slider and cost-only fields', () => {
    const s = DEMOS[1]!.build().scenarios.find((x) => x.kind === 'partnership')!;
    expect(reuseKey({ ...s, localPremium: 0.3, priceIndex: 0.01, priceShocks: [], categoryPriceIndex: [], name: 'x', tenderCostMinor: 1 }, {})).toBe(reuseKey(s, {}));
    expect(reuseKey({ ...s, localTarget: { ...s.localTarget, points: [] }, organicTarget: { ...s.organicTarget, points: [] } }, {})).toBe(reuseKey(s, {}));
    for (const changed of [
      { ...s, wasteShare: 0.31 },
      { ...s, mealsFactor: 1.3 },
      { ...s, rationing: s.rationing === 'equal' ? ('pro_rata' as const) : ('equal' as const) },
      { ...s, years: s.years - 1 },
      { ...s, partnership: { ...s.partnership, pooledDiscount: s.partnership.pooledDiscount + 0.01 } },
      { ...s, fixedShares: [] as Scenario['fixedShares'], excludedSupplierIds: ['x'] },
    ]) {
      expect(reuseKey(changed, {})).not.toBe(reuseKey(s, {}));
    }
    expect(reuseKey(s, { mealsFactor: 1.1 })).not.toBe(reuseKey(s, {}));
  });
});
