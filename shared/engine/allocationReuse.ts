/**
 * Reusing an allocation when only costs changed. The allocation (./allocate.ts) is most of an
 * evaluation's time, and some scenario fields are read by the costs alone (./costs.ts): the
 * partnership's fees and shared logistics, the tender cost, the contract length, and the name.
 * When a scenario differs from one evaluated before only in those, its allocation is the same,
 * so a caller that keeps the plan unchanged (the engine worker between two plan messages) can
 * hand the earlier allocation back to `evaluateScenario` and skip the allocation: a fee slider
 * then recomputes in a few milliseconds at Denmark scale.
 *
 * Every other field is part of the key, so a field added later counts as read by the allocation
 * until it is listed here; test/unit/engine/allocationReuse.test.ts checks that no engine module
 * but the costs reads a listed field, and that a reused allocation gives the fresh result.
 */
import type { Scenario } from '../model/types';
import type { Allocation } from './allocate';
import type { KeptEvaluation } from './sliderReuse';

/** Scenario fields only the costs (and the plan check) read. */
export const COST_ONLY_FIELDS = ['name', 'tenderCostMinor', 'contractYears'] as const satisfies readonly (keyof Scenario)[];
/** Partnership fields only the costs (and the plan check) read. */
export const COST_ONLY_PARTNERSHIP_FIELDS = [
  'fees',
  'feeFullMinor',
  'feeGroupMinor',
  'costSplit',
  'fixedPart',
  'hubEnabled',
  'hubFixedCostMinor',
  'hubHandlingPerKgMinor',
  'hubDeliveryCostPerKgMinor',
] as const satisfies readonly (keyof Scenario['partnership'])[];

/** The scenario without its cost-only fields, as text: equal keys mean equal allocations (same plan). */
export function allocationKey(scenario: Scenario): string {
  const partnership: Record<string, unknown> = { ...scenario.partnership };
  for (const f of COST_ONLY_PARTNERSHIP_FIELDS) delete partnership[f];
  const rest: Record<string, unknown> = { ...scenario, partnership };
  for (const f of COST_ONLY_FIELDS) delete rest[f];
  return JSON.stringify(rest);
}

/**
 * A copy of an allocation that shares no array with it (the engine reuses its arrays). Typed
 * arrays are copied with `slice` (one block copy), not `TypedArray.from`, which walks the source's
 * iterator: about 3 MB at Denmark scale, copied on every evaluation the worker keeps.
 */
export function copyAllocation(a: Allocation): Allocation {
  const entries = Object.entries(a.cells) as [keyof Allocation['cells'], Float64Array][];
  const cells = Object.fromEntries(entries.map(([k, v]) => [k, v.slice()])) as unknown as Allocation['cells'];
  return {
    cells,
    allocatedKg: a.allocatedKg.slice(),
    deniedKg: a.deniedKg.slice(),
    capacityKg: a.capacityKg.slice(),
    eligible: a.eligible.slice(),
    heldBackBy: a.heldBackBy.map((h) => [...h]),
    overCapacity: a.overCapacity.map((o) => ({ ...o })),
    minVolumeMisses: new Map([...a.minVolumeMisses].map(([k, v]) => [k, { ...v }])),
    lots: a.lots.slice(),
    simplexSolves: a.simplexSolves,
    keptCells: a.keptCells,
  };
}

/**
 * The last allocation of each scenario (by id), for one plan: clear it whenever the plan changes.
 * Holds at most `size` scenarios (about 3 MB each at Denmark scale), the least recently used out.
 * With the allocation it may hold what its evaluation kept for the next (./sliderReuse.ts).
 */
export class AllocationCache {
  private readonly entries = new Map<string, { key: string; allocation: Allocation; kept?: KeptEvaluation }>();
  hits = 0;
  misses = 0;

  constructor(private readonly size = 8) {}

  /** The allocation kept for a scenario evaluated before with the same allocation key, if any. */
  get(scenario: Scenario): Allocation | undefined {
    const e = this.entries.get(scenario.id);
    if (e && e.key === allocationKey(scenario)) {
      this.entries.delete(scenario.id);
      this.entries.set(scenario.id, e);
      this.hits++;
      return e.allocation;
    }
    this.misses++;
    return undefined;
  }

  set(scenario: Scenario, allocation: Allocation, kept?: KeptEvaluation): void {
    this.entries.delete(scenario.id);
    this.entries.set(scenario.id, { key: allocationKey(scenario), allocation, ...(kept ? { kept } : {}) });
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  /** What the last evaluation of this scenario kept, whatever changed since: the engine decides what of it it may use. */
  previous(scenario: Scenario): KeptEvaluation | undefined {
    return this.entries.get(scenario.id)?.kept;
  }

  /** Keeps an evaluation's allocation (for `get`) and the rest it kept (for `previous`). */
  keep(scenario: Scenario, kept: KeptEvaluation): void {
    this.set(scenario, kept.allocation, kept);
  }

  clear(): void {
    this.entries.clear();
  }
}
