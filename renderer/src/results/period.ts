/**
 * The slice of a result an analysis view shows: one year, or the whole horizon. Only picks and
 * sums the engine's additive rows (never ratios): ratios come from shared/engine/figures.ts.
 */
import type { Figures, OrganisationYear, ScenarioResult } from '../../../shared/engine/types';

/** A year, or every year of the scenario. */
export type Period = number | 'horizon';

export interface PeriodFigures extends Figures {
  /** null when no organisation has a budget in the period. */
  budgetMinor: number | null;
  /** total − budget over the organisations (and years) with a budget; null without any. */
  gapMinor: number | null;
}

/** The engine's totals for the year, or its horizon figures; undefined when the year is outside the scenario. */
export function periodFigures(result: ScenarioResult, period: Period): PeriodFigures | undefined {
  if (period === 'horizon') return result.horizon;
  return result.totals.find((y) => y.year === period);
}

export function inPeriod(year: number, period: Period): boolean {
  return period === 'horizon' || year === period;
}

const ADDITIVE = [
  'meals',
  'kg',
  'foodMinor',
  'logisticsMinor',
  'tenderingMinor',
  'feesMinor',
  'totalMinor',
  'localKg',
  'localValueMinor',
  'organicKg',
  'organicValueMinor',
  'knownOriginKg',
  'knownOriginValueMinor',
  'co2eFoodKg',
  'co2eTransportKg',
  'discountMinor',
  'uncoveredKg',
  'unmetLocalKg',
] as const satisfies readonly (keyof Figures)[];

/** The sum of figure rows, field by field, in row order (the engine's own totals are sums in the same way). */
export function sumFigures(rows: readonly Figures[]): Figures {
  const sum = Object.fromEntries(ADDITIVE.map((k) => [k, 0])) as unknown as Figures;
  for (const r of rows) for (const k of ADDITIVE) sum[k] += r[k];
  return sum;
}

/** A sum of amounts that may be missing: null when every one is. */
function sumKnown(values: readonly (number | null)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null) sum = (sum ?? 0) + v;
  return sum;
}

export interface OrganisationPeriod {
  organisationId: string;
  figures: PeriodFigures;
  /** The organisation's rows in the period, year by year. */
  years: OrganisationYear[];
}

/**
 * Per organisation: its row for the year, or its rows summed over the horizon (budget and gap
 * summed over the years that have a budget).
 */
export function organisationPeriods(result: ScenarioResult, period: Period): OrganisationPeriod[] {
  const byOrg = new Map<string, OrganisationYear[]>();
  for (const row of result.organisations) {
    if (!inPeriod(row.year, period)) continue;
    const list = byOrg.get(row.organisationId);
    if (list) list.push(row);
    else byOrg.set(row.organisationId, [row]);
  }
  return [...byOrg].map(([organisationId, years]) => ({
    organisationId,
    years,
    figures:
      years.length === 1
        ? years[0]!
        : { ...sumFigures(years), budgetMinor: sumKnown(years.map((y) => y.budgetMinor)), gapMinor: sumKnown(years.map((y) => y.gapMinor)) },
  }));
}
