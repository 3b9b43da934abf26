/**
 * The calculation pipeline of one scenario, without the result rows: index the plan, decide
 * owners and units, aggregate demand, bind contracts, price the offers, allocate, and cost.
 */
import type { Plan, Scenario } from '../model/types';
import { allocate, type Allocation, type AllocationInputs } from './allocate';
import { keptContractBindings, type ContractBindings } from './contracts';
import { computeCosts, type CostInputs, type OrgCosts } from './costs';
import { computeDemand, type Demand } from './demand';
import { localAndDistances, type LocalTable } from './local';
import { ownership, type Ownership } from './owners';
import type { Scratch } from './scratch';
import { planIndex, type PlanIndex } from './planIndex';
import { listPrices, type PriceInputs } from './prices';
import { usable, type KeptEvaluation } from './sliderReuse';
import { categoryTargets, type CategoryTargets } from './trajectory';

/** What-if factors on input groups (sensitivity); all default to 1. */
export interface Adjustments extends PriceInputs, AllocationInputs, CostInputs {
  mealsFactor?: number;
  wasteFactor?: number;
  gramsFactor?: number;
}

export interface Computation {
  plan: Plan;
  scenario: Scenario;
  ix: PlanIndex;
  own: Ownership;
  local: LocalTable;
  bindings: ContractBindings;
  demand: Demand;
  prices: Float64Array;
  localTargets: CategoryTargets;
  organicTargets: CategoryTargets;
  alloc: Allocation;
  costs: OrgCosts;
  /** Whether `demand` is the previous evaluation's (./sliderReuse.ts). */
  demandReused: boolean;
}

/**
 * `scratch`: typed arrays to reuse (./scratch.ts); the computation's arrays are then valid only
 * until the scratch is used again. `allocation`: one computed before for the same plan, scenario
 * (but for its cost-only fields) and adjustments (./allocationReuse.ts), used instead of allocating.
 * `previous`: what an earlier evaluation kept (./sliderReuse.ts); used only as far as it was
 * computed from the same inputs.
 */
export function compute(
  plan: Plan,
  scenario: Scenario,
  adj: Adjustments = {},
  scratch: Scratch | null = null,
  allocation: Allocation | null = null,
  previous: KeptEvaluation | null = null,
): Computation {
  const prev = previous !== null && usable(previous, plan, scenario, adj) ? previous : null;
  // Kept per plan table value (./memo.ts): none of these depends on the scenario but its years.
  const ix = planIndex(plan);
  const { local, distances } = localAndDistances(plan, ix);
  const own = ownership(plan, ix, scenario);
  const bindings = keptContractBindings(plan, ix, own.years);
  const demand =
    prev?.demand ??
    computeDemand(ix, own, bindings, {
      mealsFactor: scenario.mealsFactor * (adj.mealsFactor ?? 1),
      wasteShare: scenario.wasteShare,
      wasteFactor: adj.wasteFactor,
      gramsFactor: adj.gramsFactor,
    }, scratch);
  const prices = listPrices(ix, scenario, own.years, local.localForSome, adj, scratch);
  const catIds = plan.foodCategories.map((c) => c.id);
  const localTargets = categoryTargets(scenario.localTarget, catIds, own.years);
  const organicTargets = categoryTargets(scenario.organicTarget, catIds, own.years);
  const alloc = allocation ?? allocate(ix, scenario, own, demand, local, prices, localTargets, organicTargets, distances, plan.meta.transportKgCo2ePerTonneKm, adj, scratch, prev);
  const costs = computeCosts(plan, ix, scenario, own, alloc, demand.meals, plan.meta.deliveryCostPerKgMinor, adj, scratch);
  return { plan, scenario, ix, own, local, bindings, demand, prices, localTargets, organicTargets, alloc, costs, demandReused: prev !== null };
}
