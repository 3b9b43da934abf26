/**
 * Builds the report model (./types) from the engine's results and the reader's choices. Pure and
 * language-free, so the preview, the printed PDF, the Word memo and the workbook show the same
 * rows, and the tests can check them against the engine without a browser.
 *
 * Why here and not in the renderer: choosing rows, the recommended scenario and the assumptions
 * is domain logic with no DOM and no language, like the engine it reads; kept in shared/ it is
 * held to the same purity rules (lint, lib ES2022) and could serve a headless export too.
 */
import { shareBy } from '../engine/figures';
import type { ScenarioResult } from '../engine/types';
import type { Plan } from '../model/types';
import { recommendScenario } from './recommend';
import { sliceOf } from './slices';
import type {
  CapacityRow,
  HeldBackContract,
  OrganisationGapRow,
  ReportModel,
  ReportSelection,
  ScenarioSummary,
  TrajectorySeries,
} from './types';
import { groupWarnings } from './warnings';

/** The default choices: the first four scenarios, every organisation, the last common year. */
export function defaultSelection(plan: Plan): ReportSelection {
  const scenarios = plan.scenarios.slice(0, 4);
  return {
    scenarioIds: scenarios.map((s) => s.id),
    year: defaultYear(plan, scenarios.map((s) => s.id)),
    organisationIds: plan.organisations.map((o) => o.id),
  };
}

/** Every year of the given scenarios' horizons, ascending. */
export function yearsOf(plan: Plan, scenarioIds: readonly string[]): number[] {
  const years = new Set<number>();
  for (const id of scenarioIds) {
    const s = plan.scenarios.find((x) => x.id === id);
    if (s) for (let i = 0; i < s.years; i++) years.add(s.startYear + i);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * The last year every chosen scenario covers (the year the targets are meant to be reached), or
 * the last year of any when they share none.
 */
export function defaultYear(plan: Plan, scenarioIds: readonly string[]): number {
  const all = yearsOf(plan, scenarioIds);
  const common = all.filter((y) => scenarioIds.every((id) => yearsOf(plan, [id]).includes(y)));
  return common.at(-1) ?? all.at(-1) ?? Number(plan.meta.planDate.slice(0, 4)) + 1;
}

function summary(plan: Plan, r: ScenarioResult, sel: ReportSelection, chosen: ReadonlySet<string>): ScenarioSummary {
  const scenario = plan.scenarios.find((s) => s.id === r.scenarioId)!;
  const rows = r.organisations.filter((o) => chosen.has(o.organisationId));
  const withBudget = rows.filter((o) => o.gapMinor !== null);
  const general = (measure: 'local' | 'organic') => r.trajectory.find((t) => t.categoryId === '*' && t.measure === measure && t.year === sel.year);
  return {
    scenarioId: r.scenarioId,
    name: scenario.name,
    kind: r.kind,
    years: r.years,
    year: r.years.includes(sel.year) ? sliceOf(rows, chosen, sel.year) : null,
    horizon: sliceOf(rows, chosen),
    orgYearsOverBudget: withBudget.filter((o) => o.gapMinor! > 0).length,
    orgYearsWithBudget: withBudget.length,
    localBasis: scenario.localTarget.basis,
    organicBasis: scenario.organicTarget.basis,
    localTarget: general('local')?.targetShare ?? null,
    organicTarget: general('organic')?.targetShare ?? null,
  };
}

/** Contracts with at least one chosen organisation among their buyers. */
function contractsOf(plan: Plan, chosen: ReadonlySet<string>): Set<string> {
  return new Set(plan.contracts.filter((c) => c.buyerIds.some((b) => chosen.has(b))).map((c) => c.id));
}

function trajectory(plan: Plan, r: ScenarioResult, chosen: ReadonlySet<string>, contracts: ReadonlySet<string>): TrajectorySeries {
  const scenario = plan.scenarios.find((s) => s.id === r.scenarioId)!;
  const localBasis = scenario.localTarget.basis;
  const organicBasis = scenario.organicTarget.basis;
  const general = (measure: 'local' | 'organic', year: number) => r.trajectory.find((t) => t.categoryId === '*' && t.measure === measure && t.year === year);
  return {
    scenarioId: r.scenarioId,
    localBasis,
    organicBasis,
    points: r.years.map((year) => {
      const f = sliceOf(r.organisations, chosen, year);
      return {
        year,
        localTarget: general('local', year)?.targetShare ?? 0,
        local: shareBy(localBasis, 'local', f),
        organicTarget: general('organic', year)?.targetShare ?? 0,
        organic: shareBy(organicBasis, 'organic', f),
        heldBackBy: (general('local', year)?.heldBackBy ?? []).filter((id) => contracts.has(id)),
      };
    }),
  };
}

function heldBack(results: readonly ScenarioResult[], series: readonly TrajectorySeries[]): HeldBackContract[] {
  const byContract = new Map<string, HeldBackContract>();
  for (const s of series) {
    const r = results.find((x) => x.scenarioId === s.scenarioId)!;
    for (const p of s.points) {
      for (const id of p.heldBackBy) {
        let row = byContract.get(id);
        if (!row) {
          const tl = r.contracts.find((c) => c.contractId === id);
          if (!tl) continue;
          row = { contractId: id, plannedEnd: tl.plannedEnd, newSupplierFrom: tl.newSupplierFrom, latestTenderStart: tl.latestTenderStart, years: {} };
          byContract.set(id, row);
        }
        (row.years[s.scenarioId] ??= []).push(p.year);
      }
    }
  }
  // The contract that frees its demand last holds the trajectory back longest: first.
  return [...byContract.values()].sort((a, b) => b.newSupplierFrom.localeCompare(a.newSupplierFrom) || a.contractId.localeCompare(b.contractId));
}

function capacity(results: readonly ScenarioResult[], year: number): CapacityRow[] {
  const rows: CapacityRow[] = [];
  for (const r of results) {
    for (const o of r.offers) {
      if (o.year !== year || o.capacityKg === null || o.deniedKg <= 1e-9) continue;
      rows.push({ scenarioId: r.scenarioId, offerId: o.offerId, supplierId: o.supplierId, categoryId: o.categoryId, capacityKg: o.capacityKg, allocatedKg: o.allocatedKg, deniedKg: o.deniedKg });
    }
  }
  // Largest refusals first within each scenario: they matter most to the targets.
  return rows.sort((a, b) => results.findIndex((r) => r.scenarioId === a.scenarioId) - results.findIndex((r) => r.scenarioId === b.scenarioId) || b.deniedKg - a.deniedKg);
}

function organisationRows(plan: Plan, results: readonly ScenarioResult[], sel: ReportSelection, chosen: ReadonlySet<string>): OrganisationGapRow[] {
  return plan.organisations
    .filter((o) => chosen.has(o.id))
    .map((o) => {
      const byScenario: OrganisationGapRow['byScenario'] = {};
      for (const r of results) {
        if (r.organisations.some((x) => x.organisationId === o.id && x.year === sel.year)) byScenario[r.scenarioId] = sliceOf(r.organisations, new Set([o.id]), sel.year);
      }
      return { organisationId: o.id, byScenario };
    })
    // An organisation that owns no kitchen in any chosen scenario (a region before it takes over) has nothing to show.
    .filter((row) => Object.values(row.byScenario).some((f) => f.meals > 0 || f.totalMinor > 0 || f.budgetMinor !== null));
}

export function buildReportModel(plan: Plan, results: ReadonlyMap<string, ScenarioResult>, selection: ReportSelection): ReportModel {
  const chosen = new Set(selection.organisationIds);
  const ordered = selection.scenarioIds.map((id) => results.get(id)).filter((r): r is ScenarioResult => r !== undefined && plan.scenarios.some((s) => s.id === r.scenarioId));
  const scenarios = ordered.map((r) => summary(plan, r, selection, chosen));
  const contracts = contractsOf(plan, chosen);
  const trajectories = ordered.map((r) => trajectory(plan, r, chosen, contracts));
  return {
    selection,
    scenarios,
    recommendation: recommendScenario(scenarios),
    years: yearsOf(plan, ordered.map((r) => r.scenarioId)),
    trajectories,
    heldBack: heldBack(ordered, trajectories),
    capacity: capacity(ordered, selection.year),
    warnings: groupWarnings(
      ordered.map((r) => ({ scenarioId: r.scenarioId, warnings: r.warnings })),
      chosen,
      new Set(plan.organisations.map((o) => o.id)),
    ),
    organisations: organisationRows(plan, ordered, selection, chosen),
  };
}
