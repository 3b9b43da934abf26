/**
 * Reusing an allocation when a scenario changed only in fields the costs alone read
 * (shared/engine/allocationReuse.ts), as the engine worker does for a fee slider: the result is
 * the fresh evaluation's, bit for bit; any other change computes the allocation again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMOS } from '../../../shared/demos';
import { AllocationCache, COST_ONLY_FIELDS, COST_ONLY_PARTNERSHIP_FIELDS, allocationKey } from '../../../shared/engine/allocationReuse';
import { checkPlan } from '../../../shared/engine/checkPlan';
import { evaluateScenario } from '../../../shared/engine/evaluate';
import { COST_SPLITS, FEE_TIERS } from '../../../shared/model/enums';
import type { Plan, Scenario } from '../../../shared/model/types';
import { evaluateRequest } from '../../../renderer/src/engine/evaluateRequest';
import { generateDenmarkScalePlan } from '../../fixtures/denmarkScale';
import { randomPlans } from '../../fixtures/golden/cases';
import { canonical } from '../../fixtures/golden/canonical';

/** Every cost-only field changed to another valid value. */
function costsChanged(s: Scenario, i: number): Scenario {
  const p = s.partnership;
  return {
    ...s,
    name: `${s.name} (${i})`,
    tenderCostMinor: s.tenderCostMinor + 12_345 * (i + 1),
    contractYears: (s.contractYears % 6) + 1,
    partnership: {
      ...p,
      fees: p.fees.map((f, k) => ({ ...f, tier: FEE_TIERS[(FEE_TIERS.indexOf(f.tier) + k + i + 1) % FEE_TIERS.length]! })),
      feeFullMinor: p.feeFullMinor + 100_000 * (i + 1),
      feeGroupMinor: p.feeGroupMinor + 50_000,
      costSplit: COST_SPLITS[(COST_SPLITS.indexOf(p.costSplit) + i + 1) % COST_SPLITS.length]!,
      fixedPart: (p.fixedPart + 0.37) % 1,
      hubEnabled: !p.hubEnabled,
      hubFixedCostMinor: p.hubFixedCostMinor + 1_000_000,
      hubHandlingPerKgMinor: p.hubHandlingPerKgMinor + 150,
      hubDeliveryCostPerKgMinor: p.hubDeliveryCostPerKgMinor + 75,
    },
  };
}

/** The worker's answer for one scenario (a what-if draft), with the cache. */
function ask(plan: Plan, draft: Scenario, cache: AllocationCache, detail: 'full' | 'summary' = 'full') {
  const r = evaluateRequest(plan, { type: 'evaluate', requestId: 1, version: 1, scenarioIds: [draft.id], overrides: [draft], detail }, () => 0, cache);
  if (r.type !== 'results') throw new Error(`expected results, got ${r.type}`);
  return r.results[0]!;
}

function fresh(plan: Plan, draft: Scenario, rows: 'full' | 'summary' = 'full') {
  const p = { ...plan, scenarios: plan.scenarios.map((s) => (s.id === draft.id ? draft : s)) };
  return evaluateScenario(p, draft, {}, { rows });
}

describe('reusing an allocation when only costs changed', () => {
  it('no module the allocation depends on reads a cost-only field', () => {
    const dir = join(__dirname, '../../../shared/engine');
    // What `compute` runs before and in the allocation (costs.ts, results and warnings come after).
    const modules = ['allocate.ts', 'compute.ts', 'contracts.ts', 'demand.ts', 'local.ts', 'owners.ts', 'planIndex.ts', 'prices.ts', 'rationing.ts', 'targetSolver.ts', 'trajectory.ts', 'calendar.ts', 'memo.ts', 'money.ts'];
    for (const m of modules) {
      const source = readFileSync(join(dir, m), 'utf8');
      for (const field of [...COST_ONLY_FIELDS, ...COST_ONLY_PARTNERSHIP_FIELDS]) {
        const read = field === 'name' ? /\b(scenario|s)\.name\b/ : new RegExp(`\\b${field}\\b`);
        expect(read.test(source), `${m} mentions ${field}`).toBe(false);
      }
    }
  });

  it('the key leaves out exactly the cost-only fields', () => {
    const s = DEMOS[1]!.build().scenarios.find((x) => x.kind === 'partnership')!;
    expect(allocationKey(costsChanged(s, 0))).toBe(allocationKey(s));
    expect(allocationKey({ ...s, localPremium: s.localPremium + 0.01 })).not.toBe(allocationKey(s));
    expect(allocationKey({ ...s, partnership: { ...s.partnership, pooledDiscount: s.partnership.pooledDiscount + 0.01 } })).not.toBe(allocationKey(s));
    expect(allocationKey({ ...s, partnership: { ...s.partnership, memberIds: s.partnership.memberIds.slice(1) } })).not.toBe(allocationKey(s));
  });

  it('at Denmark scale and on the demos: fees, tender cost, hub and split changed give the fresh result from the kept allocation', () => {
    const plans = [generateDenmarkScalePlan(), ...DEMOS.map((d) => d.build())];
    for (const plan of plans) {
      for (const s of plan.scenarios) {
        const cache = new AllocationCache();
        expect(canonical(ask(plan, s, cache))).toBe(canonical(fresh(plan, s)));
        for (let i = 0; i < 2; i++) {
          const changed = costsChanged(s, i);
          if (checkPlan({ ...plan, scenarios: plan.scenarios.map((x) => (x.id === s.id ? changed : x)) }).length) continue;
          const hits = cache.hits;
          expect(canonical(ask(plan, changed, cache, 'summary'))).toBe(canonical(fresh(plan, changed, 'summary')));
          expect(cache.hits).toBe(hits + 1);
        }
        // Anything else: allocated again, and right.
        const moved = { ...s, localPremium: s.localPremium + 0.07 };
        const misses = cache.misses;
        expect(canonical(ask(plan, moved, cache))).toBe(canonical(fresh(plan, moved)));
        expect(cache.misses).toBe(misses + 1);
      }
    }
  }, 120_000);

  it('on random plans the reused allocation gives the fresh result', () => {
    let reused = 0;
    for (const { plan } of randomPlans()) {
      if (checkPlan(plan).length) continue;
      for (const s of plan.scenarios) {
        const cache = new AllocationCache();
        ask(plan, s, cache);
        const changed = costsChanged(s, reused % 3);
        if (checkPlan({ ...plan, scenarios: plan.scenarios.map((x) => (x.id === s.id ? changed : x)) }).length) continue;
        expect(canonical(ask(plan, changed, cache))).toBe(canonical(fresh(plan, changed)));
        reused++;
      }
    }
    expect(reused).toBeGreaterThan(300);
  }, 120_000);

  it('keeps at most its size of scenarios, the least recently used out', () => {
    const plan = DEMOS[0]!.build();
    const cache = new AllocationCache(2);
    const [a, b, c] = plan.scenarios;
    for (const s of [a!, b!, c!]) ask(plan, s, cache);
    const misses = cache.misses;
    ask(plan, a!, cache); // evicted by c
    expect(cache.misses).toBe(misses + 1);
    ask(plan, c!, cache);
    expect(cache.hits).toBe(1);
  });
});
