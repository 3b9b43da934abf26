/**
 * The report's tables (the decision summary, the trajectory, the contracts that hold it back,
 * capacity, budgets by organisation), built once from the report model and shown by the preview,
 * the printed PDF and the Word memo, and saved as CSV, identically.
 */
import type { TFunction } from 'i18next';
import { co2ePerMeal, costPerMeal, shareBy } from '../../../shared/engine/figures';
import type { Language } from '../../../shared/model/enums';
import type { Plan } from '../../../shared/model/types';
import type { ReportModel } from '../../../shared/report';
import { categoryName } from '../format/names';
import { cell, type Cell, type Table } from './table';

/** "2027–2029, 2031" from a list of years. */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(start === sorted[i] ? String(start) : `${start}–${sorted[i]}`);
  }
  return parts.join(', ');
}

export function horizonOf(model: ReportModel): { from: number; to: number } {
  return { from: model.years[0] ?? model.selection.year, to: model.years.at(-1) ?? model.selection.year };
}

/** The one-page summary: one row per measure, one column per scenario. */
export function summaryTable(plan: Plan, model: ReportModel, t: TFunction): Table {
  const { year } = model.selection;
  const { from, to } = horizonOf(model);
  const currency = plan.meta.currency;
  const per = (fn: (s: ReportModel['scenarios'][number]) => Cell) => model.scenarios.map(fn);
  const basis = (b: 'value' | 'weight') => t(`scenarios.bases.${b}`);
  const rows: Cell[][] = [
    [cell.text(t('reports.doc.summary.rows.costPerMeal', { year })), ...per((s) => cell.money(s.year ? costPerMeal(s.year) : null, 2))],
    [cell.text(t('reports.doc.summary.rows.totalCost', { year })), ...per((s) => cell.money(s.year?.totalMinor ?? null))],
    [
      cell.text(t('reports.doc.summary.rows.localShare', { year, basis: basis(model.scenarios[0]?.localBasis ?? 'value') })),
      ...per((s) => cell.percent(s.year ? shareBy(s.localBasis, 'local', s.year) : null)),
    ],
    [cell.text(t('reports.doc.summary.rows.localTarget', { year })), ...per((s) => cell.percent(s.localTarget, 1))],
    [
      cell.text(t('reports.doc.summary.rows.organicShare', { year, basis: basis(model.scenarios[0]?.organicBasis ?? 'value') })),
      ...per((s) => cell.percent(s.year ? shareBy(s.organicBasis, 'organic', s.year) : null)),
    ],
    [cell.text(t('reports.doc.summary.rows.co2ePerMeal', { year })), ...per((s) => cell.number(s.year ? co2ePerMeal(s.year) : null, 2))],
    [cell.text(t('reports.doc.summary.rows.gap', { year })), ...per((s) => cell.money(s.year?.gapMinor ?? null))],
    [cell.text(t('reports.doc.summary.rows.totalCostHorizon', { from, to })), ...per((s) => cell.money(s.horizon.totalMinor))],
    [cell.text(t('reports.doc.summary.rows.gapHorizon', { from, to })), ...per((s) => cell.money(s.horizon.gapMinor))],
    [
      cell.text(t('reports.doc.summary.rows.overBudget', { from, to })),
      ...per((s) => (s.orgYearsWithBudget ? cell.text(t('reports.doc.summary.overBudgetValue', { over: s.orgYearsOverBudget, of: s.orgYearsWithBudget })) : cell.empty())),
    ],
  ];
  return {
    id: 'summary',
    title: t('reports.doc.summary.tableCaption', { year, from, to }),
    currency,
    rowHeaders: true,
    columns: [{ header: t('reports.doc.summary.measure'), numeric: false, width: 28 }, ...model.scenarios.map((s) => ({ header: s.name, numeric: true, width: 20 }))],
    rows,
  };
}

/** Target and reached local share: a row each per scenario, a column per year. */
export function trajectoryTable(plan: Plan, model: ReportModel, t: TFunction): Table {
  const years = model.years;
  const share = (points: ReportModel['trajectories'][number]['points'], y: number, key: 'localTarget' | 'local') => cell.percent(points.find((p) => p.year === y)?.[key] ?? null);
  return {
    id: 'trajectory',
    title: t('reports.doc.trajectory.tableCaption'),
    currency: plan.meta.currency,
    rowHeaders: true,
    columns: [{ header: t('reports.doc.summary.measure'), numeric: false, width: 40 }, ...years.map((y) => ({ header: String(y), numeric: true, width: 10 }))],
    rows: model.trajectories.flatMap((s, i) => {
      const name = model.scenarios[i]?.name ?? s.scenarioId;
      return [
        [cell.text(t('reports.doc.trajectory.targetOf', { scenario: name })), ...years.map((y) => share(s.points, y, 'localTarget'))],
        [cell.text(t('reports.doc.trajectory.reachedIn', { scenario: name })), ...years.map((y) => share(s.points, y, 'local'))],
      ];
    }),
  };
}

export function heldBackTable(plan: Plan, model: ReportModel, t: TFunction, language: Language): Table {
  const contracts = new Map(plan.contracts.map((c) => [c.id, c]));
  const supplier = new Map(plan.suppliers.map((s) => [s.id, s.name]));
  const category = new Map(plan.foodCategories.map((c) => [c.id, categoryName(c, language)]));
  return {
    id: 'held-back',
    title: t('reports.doc.trajectory.heldBackTitle'),
    currency: plan.meta.currency,
    columns: [
      { header: t('reports.doc.trajectory.contract'), numeric: false, width: 22 },
      { header: t('offers.supplier'), numeric: false, width: 20 },
      { header: t('contracts.lots'), numeric: false, width: 28 },
      { header: t('reports.doc.trajectory.tenderBy'), numeric: false, width: 14 },
      { header: t('reports.doc.trajectory.newSupplierFrom'), numeric: false, width: 14 },
      { header: t('reports.doc.trajectory.yearsHeld'), numeric: false, width: 14 },
    ],
    rows: model.heldBack.map((h) => {
      const c = contracts.get(h.contractId);
      const all = model.scenarios.every((s) => h.years[s.scenarioId]?.join() === Object.values(h.years)[0]?.join());
      const years = all
        ? yearRanges(Object.values(h.years)[0] ?? [])
        : model.scenarios
            .filter((s) => h.years[s.scenarioId])
            .map((s) => `${s.name}: ${yearRanges(h.years[s.scenarioId]!)}`)
            .join('; ');
      return [
        cell.text(c?.name ?? h.contractId),
        cell.text(c ? (supplier.get(c.supplierId) ?? c.supplierId) : ''),
        cell.text(c ? c.categoryIds.map((id) => category.get(id) ?? id).join(', ') : ''),
        cell.date(h.latestTenderStart),
        cell.date(h.newSupplierFrom),
        cell.text(years),
      ];
    }),
  };
}

export function capacityTable(plan: Plan, model: ReportModel, t: TFunction, language: Language): Table {
  const scenario = new Map(model.scenarios.map((s) => [s.scenarioId, s.name]));
  const supplier = new Map(plan.suppliers.map((s) => [s.id, s.name]));
  const category = new Map(plan.foodCategories.map((c) => [c.id, categoryName(c, language)]));
  return {
    id: 'capacity',
    title: t('reports.doc.risks.capacityTitle', { year: model.selection.year }),
    currency: plan.meta.currency,
    columns: [
      { header: t('exports.columns.scenario'), numeric: false, width: 28 },
      { header: t('offers.supplier'), numeric: false, width: 20 },
      { header: t('offers.category'), numeric: false, width: 18 },
      { header: t('exports.columns.capacityKg'), numeric: true, width: 14 },
      { header: t('reports.doc.risks.allocatedKg'), numeric: true, width: 14 },
      { header: t('reports.doc.risks.deniedKg'), numeric: true, width: 14 },
    ],
    rows: model.capacity.map((c) => [
      cell.text(scenario.get(c.scenarioId) ?? c.scenarioId),
      cell.text(supplier.get(c.supplierId) ?? c.supplierId),
      cell.text(category.get(c.categoryId) ?? c.categoryId),
      cell.number(c.capacityKg),
      cell.number(c.allocatedKg),
      cell.number(c.deniedKg),
    ]),
  };
}

/** Each chosen organisation's budget and its gap in each scenario, in the summary year. */
export function organisationsTable(plan: Plan, model: ReportModel, t: TFunction): Table {
  const name = new Map(plan.organisations.map((o) => [o.id, o.name]));
  const { year } = model.selection;
  return {
    id: 'organisations',
    title: t('reports.doc.organisations.title', { year }),
    currency: plan.meta.currency,
    rowHeaders: true,
    columns: [
      { header: t('fields.organisation'), numeric: false, width: 28 },
      { header: t('reports.doc.organisations.budget', { year }), numeric: true, width: 16 },
      ...model.scenarios.map((s) => ({ header: t('reports.doc.organisations.gapIn', { scenario: s.name }), numeric: true, width: 18 })),
    ],
    rows: model.organisations.map((o) => {
      const budget = Object.values(o.byScenario).find((f) => f.budgetMinor !== null)?.budgetMinor ?? null;
      return [cell.text(name.get(o.organisationId) ?? o.organisationId), cell.money(budget), ...model.scenarios.map((s) => cell.money(o.byScenario[s.scenarioId]?.gapMinor ?? null))];
    }),
  };
}
