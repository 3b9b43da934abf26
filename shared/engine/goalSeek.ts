/**
 * Goal seek (docs/engine.md §8): per organisation, the highest local share its budget allows in
 * a year, and the budget a given share needs.
 *
 * Method: the engine runs the year twice, as the scenario says and with a 100 % local target
 * (weight). Per organisation and category the difference is the extra local kg its quotas can
 * give and what they cost. Categories are then raised in the order of the cheapest local premium
 * per kg (extra cost ÷ extra local kg), each fully or, for the last one within the budget, in
 * part (linearly). Years are independent in the engine, so one-year variants give the same year.
 */
import type { ShareBasis } from '../model/enums';
import type { Plan, Scenario } from '../model/types';
import { assertEvaluable, evaluateScenario, findScenario } from './evaluate';
import { shareAt } from './trajectory';
import type { ScenarioResult } from './types';

export interface GoalSeekStep {
  categoryId: string;
  /** Extra local kg the organisation's share of local capacity can give in this category. */
  extraLocalKg: number;
  extraLocalValueMinor: number;
  extraCostMinor: number;
  /** extraCost ÷ extraLocalKg, minor units per kg. */
  premiumPerKgMinor: number;
  /** Local share (by the basis) and total cost once this category is raised too. */
  shareAfter: number;
  totalAfterMinor: number;
}

export interface GoalSeekOrganisation {
  organisationId: string;
  basis: ShareBasis;
  baseShare: number;
  baseTotalMinor: number;
  budgetMinor: number | null;
  /** Steps in the order taken (cheapest premium first). */
  steps: GoalSeekStep[];
  /** The share with every step taken (what local capacity allows). */
  maxShare: number;
  maxTotalMinor: number;
  /** Highest share within the budget; null without a budget. */
  shareWithinBudget: number | null;
  /** Categories raised (fully or in part) within the budget. */
  pickedCategoryIds: string[];
  /** Budget needed for the target share; null when capacity cannot reach it. */
  budgetForTargetMinor: number | null;
}

export interface GoalSeekResult {
  scenarioId: string;
  year: number;
  targetShare: number;
  organisations: GoalSeekOrganisation[];
}

export interface GoalSeekOptions {
  /** The share to find the budget for; the scenario's general local target for the year when absent. */
  targetShare?: number;
}

function oneYear(s: Scenario, year: number, over: Partial<Scenario> = {}): Scenario {
  return { ...s, startYear: year, years: 1, ...over };
}

export function goalSeek(plan: Plan, scenarioId: string, year: number, options: GoalSeekOptions = {}): GoalSeekResult {
  assertEvaluable(plan);
  const scenario = findScenario(plan, scenarioId);
  const basis = scenario.localTarget.basis;
  const targetShare = options.targetShare ?? shareAt(scenario.localTarget.points, year);
  const base = evaluateScenario(plan, oneYear(scenario, year));
  const max = evaluateScenario(plan, oneYear(scenario, year, { localTarget: { basis: 'weight', points: [{ year, share: 1 }], categories: [] } }));
  const organisations: GoalSeekOrganisation[] = [];
  for (const org of base.organisations) {
    if (org.meals <= 0) continue;
    organisations.push(seekFor(org.organisationId, basis, base, max, targetShare));
  }
  return { scenarioId, year, targetShare, organisations };
}

function seekFor(orgId: string, basis: ShareBasis, base: ScenarioResult, max: ScenarioResult, target: number): GoalSeekOrganisation {
  const o = base.organisations.find((r) => r.organisationId === orgId)!;
  const byCat = new Map(max.categories.filter((c) => c.organisationId === orgId).map((c) => [c.categoryId, c]));
  const candidates: Omit<GoalSeekStep, 'shareAfter' | 'totalAfterMinor'>[] = [];
  for (const b of base.categories) {
    if (b.organisationId !== orgId) continue;
    const m = byCat.get(b.categoryId);
    if (!m) continue;
    const extraLocalKg = m.localKg - b.localKg;
    if (!(extraLocalKg > 1e-9 * (1 + b.kg))) continue;
    const extraCostMinor = m.foodMinor - b.foodMinor + (m.logisticsMinor - b.logisticsMinor);
    candidates.push({
      categoryId: b.categoryId,
      extraLocalKg,
      extraLocalValueMinor: m.localValueMinor - b.localValueMinor,
      extraCostMinor,
      premiumPerKgMinor: extraCostMinor / extraLocalKg,
    });
  }
  candidates.sort((a, b) => a.premiumPerKgMinor - b.premiumPerKgMinor || a.categoryId.localeCompare(b.categoryId));

  const share = (localKg: number, localValue: number, food: number) =>
    basis === 'weight' ? (o.kg > 0 ? localKg / o.kg : 0) : food > 0 ? localValue / food : 0;
  let localKg = o.localKg;
  let localValue = o.localValueMinor;
  let food = o.foodMinor;
  let total = o.totalMinor;
  const baseShare = share(localKg, localValue, food);
  const steps: GoalSeekStep[] = [];
  const budget = o.budgetMinor;
  let shareWithinBudget: number | null = budget === null ? null : total <= budget ? baseShare : null;
  const picked: string[] = [];
  let budgetForTarget: number | null = baseShare >= target ? total : null;
  for (const c of candidates) {
    const before = { localKg, localValue, food, total, s: share(localKg, localValue, food) };
    localKg += c.extraLocalKg;
    localValue += c.extraLocalValueMinor;
    food += c.extraCostMinor;
    total += c.extraCostMinor;
    const after = share(localKg, localValue, food);
    steps.push({ ...c, shareAfter: after, totalAfterMinor: total });
    // Within the budget: the whole step, or the part of it that fits (linear in between).
    if (budget !== null && shareWithinBudget !== null && before.total <= budget) {
      if (total <= budget) {
        shareWithinBudget = after;
        picked.push(c.categoryId);
      } else if (c.extraCostMinor > 0) {
        const part = (budget - before.total) / c.extraCostMinor;
        if (part > 0) {
          shareWithinBudget = before.s + part * (after - before.s);
          picked.push(c.categoryId);
        }
      }
    }
    if (budgetForTarget === null && after >= target && after > before.s) {
      const part = (target - before.s) / (after - before.s);
      budgetForTarget = Math.round(before.total + Math.max(0, part) * c.extraCostMinor);
    }
  }
  return {
    organisationId: orgId,
    basis,
    baseShare,
    baseTotalMinor: o.totalMinor,
    budgetMinor: budget,
    steps,
    maxShare: share(localKg, localValue, food),
    maxTotalMinor: total,
    shareWithinBudget,
    pickedCategoryIds: picked,
    budgetForTargetMinor: budgetForTarget,
  };
}
