/**
 * A scenario's results as export tables (workbook sheets, CSV): totals per year, organisation-
 * years with budget and gap, category-years, and the comparison of the chosen scenarios. Figures
 * are the engine's sums for the report's organisations (with all of them chosen, the engine's own
 * totals); ratios come from shared/engine/figures.ts.
 */
import type { TFunction } from 'i18next';
import {
  co2eKg,
  co2ePerMeal,
  costPerMeal,
  foodCostPerMeal,
  localShareValue,
  localShareWeight,
  organicShareValue,
  organicShareWeight,
} from '../../../shared/engine/figures';
import type { ScenarioResult } from '../../../shared/engine/types';
import type { Language } from '../../../shared/model/enums';
import type { Plan } from '../../../shared/model/types';
import { sliceOf, type ReportModel, type SliceFigures } from '../../../shared/report';
import { categoryName } from '../format/names';
import { cell, type Cell, type Column, type Table } from './table';

const num = (header: string, width = 14): Column => ({ header, numeric: true, width });
const text = (header: string, width = 24): Column => ({ header, numeric: false, width });

/** The columns every figures row has, after its own leading columns. */
function figureColumns(t: TFunction, currency: string): Column[] {
  return [
    num(t('exports.columns.meals'), 14),
    num(t('exports.columns.kg'), 14),
    num(t('exports.columns.foodCost', { currency }), 16),
    num(t('exports.columns.logisticsCost', { currency }), 16),
    num(t('exports.columns.tenderingCost', { currency }), 16),
    num(t('exports.columns.fees', { currency }), 14),
    num(t('exports.columns.totalCost', { currency }), 16),
    num(t('exports.columns.costPerMeal', { currency }), 14),
    num(t('exports.columns.foodCostPerMeal', { currency }), 14),
    num(t('exports.columns.localShareValue'), 12),
    num(t('exports.columns.localShareWeight'), 12),
    num(t('exports.columns.organicShareValue'), 12),
    num(t('exports.columns.organicShareWeight'), 12),
    num(t('exports.columns.co2eKg'), 14),
    num(t('exports.columns.co2ePerMeal'), 12),
    num(t('exports.columns.budget', { currency }), 16),
    num(t('exports.columns.gap', { currency }), 16),
    num(t('exports.columns.unmetLocalKg'), 14),
    num(t('exports.columns.uncoveredKg'), 14),
  ];
}

function figureCells(f: SliceFigures): Cell[] {
  return [
    cell.number(f.meals),
    cell.number(f.kg),
    cell.money(f.foodMinor),
    cell.money(f.logisticsMinor),
    cell.money(f.tenderingMinor),
    cell.money(f.feesMinor),
    cell.money(f.totalMinor),
    cell.money(costPerMeal(f), 2),
    cell.money(foodCostPerMeal(f), 2),
    cell.percent(localShareValue(f)),
    cell.percent(localShareWeight(f)),
    cell.percent(organicShareValue(f)),
    cell.percent(organicShareWeight(f)),
    cell.number(co2eKg(f)),
    cell.number(co2ePerMeal(f), 3),
    cell.money(f.budgetMinor),
    cell.money(f.gapMinor),
    cell.number(f.unmetLocalKg),
    cell.number(f.uncoveredKg),
  ];
}

export function totalsTable(plan: Plan, r: ScenarioResult, model: ReportModel, t: TFunction, name: string): Table {
  const chosen = new Set(model.selection.organisationIds);
  return {
    id: `totals-${r.scenarioId}`,
    title: t('exports.sheets.totals', { scenario: name }),
    currency: plan.meta.currency,
    columns: [num(t('fields.year'), 8), ...figureColumns(t, plan.meta.currency)],
    rows: [
      ...r.years.map((year) => [cell.integer(year), ...figureCells(sliceOf(r.organisations, chosen, year))]),
      [cell.text(t('exports.horizon', { from: r.years[0], to: r.years.at(-1) })), ...figureCells(sliceOf(r.organisations, chosen))],
    ],
  };
}

export function organisationYearsTable(plan: Plan, r: ScenarioResult, model: ReportModel, t: TFunction, name: string): Table {
  const chosen = new Set(model.selection.organisationIds);
  const orgName = new Map(plan.organisations.map((o) => [o.id, o.name]));
  return {
    id: `organisations-${r.scenarioId}`,
    title: t('exports.sheets.organisationYears', { scenario: name }),
    currency: plan.meta.currency,
    columns: [text(t('fields.organisation'), 28), num(t('fields.year'), 8), ...figureColumns(t, plan.meta.currency)],
    rows: r.organisations
      .filter((o) => chosen.has(o.organisationId))
      .map((o) => [cell.text(orgName.get(o.organisationId) ?? o.organisationId), cell.integer(o.year), ...figureCells(o)]),
  };
}

export function categoryYearsTable(plan: Plan, r: ScenarioResult, model: ReportModel, t: TFunction, language: Language, name: string): Table {
  const chosen = new Set(model.selection.organisationIds);
  const orgName = new Map(plan.organisations.map((o) => [o.id, o.name]));
  const catName = new Map(plan.foodCategories.map((c) => [c.id, categoryName(c, language)]));
  const currency = plan.meta.currency;
  return {
    id: `categories-${r.scenarioId}`,
    title: t('exports.sheets.categoryYears', { scenario: name }),
    currency,
    columns: [
      text(t('fields.organisation'), 28),
      text(t('offers.category'), 20),
      num(t('fields.year'), 8),
      num(t('exports.columns.kg'), 14),
      num(t('exports.columns.foodCost', { currency }), 16),
      num(t('exports.columns.localKg'), 14),
      num(t('exports.columns.localValue', { currency }), 16),
      num(t('exports.columns.organicKg'), 14),
      num(t('exports.columns.organicValue', { currency }), 16),
      num(t('exports.columns.co2eKg'), 14),
      num(t('exports.columns.unmetLocalKg'), 14),
      num(t('exports.columns.uncoveredKg'), 14),
    ],
    rows: r.categories
      .filter((c) => chosen.has(c.organisationId))
      .map((c) => [
        cell.text(orgName.get(c.organisationId) ?? c.organisationId),
        cell.text(catName.get(c.categoryId) ?? c.categoryId),
        cell.integer(c.year),
        cell.number(c.kg),
        cell.money(c.foodMinor),
        cell.number(c.localKg),
        cell.money(c.localValueMinor),
        cell.number(c.organicKg),
        cell.money(c.organicValueMinor),
        cell.number(c.co2eFoodKg + c.co2eTransportKg),
        cell.number(c.unmetLocalKg),
        cell.number(c.uncoveredKg),
      ]),
  };
}

/** One row per chosen scenario: the summary year and the horizon side by side. */
export function comparisonTable(plan: Plan, model: ReportModel, t: TFunction): Table {
  const currency = plan.meta.currency;
  const year = model.selection.year;
  const from = model.years[0];
  const to = model.years.at(-1);
  return {
    id: 'comparison',
    title: t('exports.sheets.comparison'),
    currency,
    columns: [
      text(t('exports.columns.scenario'), 34),
      text(t('exports.columns.kind'), 14),
      text(t('exports.columns.recommended'), 12),
      num(t('exports.columns.costPerMealIn', { year, currency }), 16),
      num(t('exports.columns.totalCostIn', { year, currency }), 18),
      num(t('exports.columns.localShareIn', { year }), 14),
      num(t('exports.columns.organicShareIn', { year }), 14),
      num(t('exports.columns.co2ePerMealIn', { year }), 14),
      num(t('exports.columns.gapIn', { year, currency }), 18),
      num(t('exports.columns.totalCostOver', { from, to, currency }), 18),
      num(t('exports.columns.gapOver', { from, to, currency }), 18),
      num(t('exports.columns.orgYearsOver'), 14),
    ],
    rows: model.scenarios.map((s) => {
      const y = s.year;
      return [
        cell.text(s.name),
        cell.text(t(`scenarios.kinds.${s.kind}`)),
        cell.bool(model.recommendation?.scenarioId === s.scenarioId),
        cell.money(y ? costPerMeal(y) : null, 2),
        cell.money(y ? y.totalMinor : null),
        cell.percent(y ? (s.localBasis === 'value' ? localShareValue(y) : localShareWeight(y)) : null),
        cell.percent(y ? (s.organicBasis === 'value' ? organicShareValue(y) : organicShareWeight(y)) : null),
        cell.number(y ? co2ePerMeal(y) : null, 3),
        cell.money(y ? y.gapMinor : null),
        cell.money(s.horizon.totalMinor),
        cell.money(s.horizon.gapMinor),
        cell.integer(s.orgYearsOverBudget),
      ];
    }),
  };
}
