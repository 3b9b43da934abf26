/**
 * What every demo promises: it builds deterministically, passes plan-file validation and the
 * engine's plan check, evaluates every scenario without warnings that signal broken data, and has
 * the shape the issue asks for (kitchens in every sector, local and non-local suppliers with
 * capacities, a candidate, unknown origins, budgets, staggered contracts, three scenarios).
 */
import { describe, expect, it } from 'vitest';
import { DEMOS } from '../../../shared/demos';
import { checkPlan, coverage, evaluateAll } from '../../../shared/engine';
import { SECTORS } from '../../../shared/model/enums';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, planFileSchema, planSchema } from '../../../shared/model/schema';
import { BROKEN, MEANINGFUL } from './helpers';

/** Contracts whose latest tender start has passed on the plan date, on purpose (docs/demos.md §5). */
const LATE_TENDERS: Record<string, string[]> = {
  'stockholm-malardalen': ['se-c-region'],
  'danish-partnership': ['dk-c-hvidovre-fresh'],
  lapland: [],
};

describe.each(DEMOS.map((d) => [d.id, d] as const))('demo %s', (id, demo) => {
  const plan = demo.build();
  const results = evaluateAll(plan);

  it('builds the same plan every time', () => {
    expect(demo.build()).toEqual(plan);
    expect(JSON.stringify(demo.build())).toBe(JSON.stringify(plan));
  });

  it('is a valid plan file and passes the engine’s plan check', () => {
    expect(planSchema.safeParse(plan).success).toBe(true);
    const file = planFileSchema.safeParse({ format: PLAN_FORMAT, formatVersion: PLAN_FORMAT_VERSION, plan });
    expect(file.success, JSON.stringify(file.error?.issues.slice(0, 3))).toBe(true);
    expect(checkPlan(plan)).toEqual([]);
  });

  it('has its fixed identity, date, horizon, notes and sources', () => {
    expect(plan.meta.id).toBe(`demo-${id}`);
    expect(plan.meta.country).toBe(demo.country);
    expect(plan.meta.planDate).toBe('2026-11-24');
    expect(plan.meta.notes.length).toBeGreaterThan(500);
    expect(plan.meta.sources.length).toBeGreaterThanOrEqual(5);
    expect(plan.scenarios).toHaveLength(3);
    for (const s of plan.scenarios) expect([s.startYear, s.years]).toEqual([2027, 6]);
  });

  it('evaluates every scenario without warnings that signal broken data', () => {
    for (const r of results) {
      const codes = new Set(r.warnings.map((w) => w.code));
      for (const code of codes) expect([...MEANINGFUL, ...BROKEN], `${r.scenarioId}: ${code}`).toContain(code);
      const broken = r.warnings.filter((w) => BROKEN.includes(w.code));
      // Lapland's regional scenario flags Enontekiö's shared central kitchen on purpose (lapland.test.ts).
      const expected = id === 'lapland' && r.scenarioId === 'fi-regional' ? ['sharedKitchenAcrossOwners', 'sharedKitchenAcrossOwners'] : [];
      expect(broken.map((w) => w.code), r.scenarioId).toEqual(expected);
    }
  });

  it('warns of a passed tender start only for the contracts meant to show it', () => {
    for (const r of results) {
      const late = r.warnings.filter((w) => w.code === 'tenderStartPassed').map((w) => w.params.contractId);
      expect(late, r.scenarioId).toEqual(LATE_TENDERS[id]);
    }
  });

  it('has kitchens in every sector, with production and receiving kitchens', () => {
    const sectors = new Set(plan.kitchens.map((k) => k.sector));
    for (const s of SECTORS.filter((x) => x !== 'other')) expect(sectors.has(s), s).toBe(true);
    expect(plan.kitchens.some((k) => k.kind === 'receiving')).toBe(true);
    for (const org of plan.organisations.filter((o) => o.kind === 'municipality')) {
      const own = new Set(plan.kitchens.filter((k) => k.organisationId === org.id).map((k) => k.sector));
      expect([...own].sort(), org.id).toEqual(['elderly_care', 'home_meals', 'preschool', 'school']);
    }
    // Modest in size, so that it loads at once.
    expect(plan.kitchens.length).toBeGreaterThan(50);
    expect(plan.kitchens.length).toBeLessThan(400);
    for (const k of plan.kitchens) expect(k.location, k.id).toBeDefined();
  });

  it('has local and non-local suppliers with capacities, a candidate and offers of unknown origin', () => {
    const r = results[0]!;
    const limited = plan.offers.filter((o) => o.capacityKg !== null);
    expect(limited.length).toBeGreaterThanOrEqual(5);
    expect(plan.offers.some((o) => o.capacityKg === null)).toBe(true);
    expect(plan.offers.some((o) => o.candidate)).toBe(true);
    expect(plan.offers.some((o) => o.origin === null)).toBe(true);
    // Data coverage below 100 %, but well above the engine's 50 % warning line.
    const cov = coverage(r.horizon)!;
    expect(cov).toBeGreaterThan(0.55);
    expect(cov).toBeLessThan(1);
    // Every capacity-limited offer is used in some scenario (none is dead data).
    for (const o of limited.filter((x) => !x.candidate)) {
      expect(results.some((res) => res.offers.some((u) => u.offerId === o.id && u.allocatedKg > 0)), o.id).toBe(true);
    }
  });

  it('has a budget for every organisation and year of the horizon', () => {
    for (const org of plan.organisations) {
      const years = plan.budgets.filter((b) => b.organisationId === org.id).map((b) => b.year);
      expect(years, org.id).toEqual([2027, 2028, 2029, 2030, 2031, 2032]);
    }
  });

  it('has staggered contracts: ends within the horizon, options, a joint framework, 6–18 months lead time', () => {
    const timelines = results[0]!.contracts;
    const ends = new Set(timelines.map((t) => t.plannedEnd));
    expect(ends.size).toBeGreaterThanOrEqual(4);
    expect(timelines.some((t) => t.plannedEnd >= '2027-01-01' && t.plannedEnd <= '2032-12-31')).toBe(true);
    expect(plan.contracts.some((c) => c.extensions.length > 0)).toBe(true);
    expect(plan.contracts.some((c) => c.joinByDate !== undefined && c.buyerIds.length > 1)).toBe(true);
    for (const c of plan.contracts) {
      expect(c.leadTimeMonths, c.id).toBeGreaterThanOrEqual(6);
      expect(c.leadTimeMonths, c.id).toBeLessThanOrEqual(18);
    }
  });
});

describe('the demo list', () => {
  it('holds the three demos, one per country', () => {
    expect(DEMOS.map((d) => [d.id, d.country])).toEqual([
      ['stockholm-malardalen', 'SE'],
      ['danish-partnership', 'DK'],
      ['lapland', 'FI'],
    ]);
  });
});
