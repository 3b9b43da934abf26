/** A measure's value and what it is made of, in words, for one slice of a result. */
import type { TFunction } from 'i18next';
import { co2eKg, coverage } from '../../../shared/engine/figures';
import type { Currency } from '../../../shared/model/enums';
import type { Formatter } from '../../../shared/format';
import type { PeriodFigures } from '../results/period';
import { MEASURES, type MeasureId } from './measures';

export interface MeasureText {
  value: string;
  breakdown: string;
}

/** The plain sentence on a budget gap: holds with so much to spare, or does not hold by so much. */
export function budgetSentence(t: TFunction, f: Formatter, currency: Currency, gapMinor: number | null): string {
  if (gapMinor === null) return t('compare.budget.none');
  return gapMinor <= 0 ? t('compare.budget.holds', { amount: f.money(-gapMinor, currency) }) : t('compare.budget.fails', { amount: f.money(gapMinor, currency) });
}

export function budgetBreakdown(t: TFunction, f: Formatter, currency: Currency, figures: PeriodFigures): string {
  return figures.budgetMinor === null
    ? t('results.noBudgetBreakdown')
    : t('compare.breakdown.budget', { total: f.money(figures.totalMinor, currency), budget: f.money(figures.budgetMinor, currency) });
}

export function measureText(t: TFunction, f: Formatter, currency: Currency, id: MeasureId, x: PeriodFigures): MeasureText {
  const money = (m: number) => f.money(m, currency);
  const v = MEASURES[id].value(x);
  const perMeal = () => (v === null ? '–' : f.money(v, currency, 2));
  const share = (s: number | null) => (s === null ? '–' : f.percent(s, 1));
  switch (id) {
    case 'costPerMeal':
      return {
        value: perMeal(),
        breakdown: t('results.costPerMealBreakdown', {
          total: money(x.totalMinor),
          meals: f.number(x.meals),
          food: money(x.foodMinor),
          logistics: money(x.logisticsMinor),
          tendering: money(x.tenderingMinor),
          fees: money(x.feesMinor),
        }),
      };
    case 'foodCostPerMeal':
      return { value: perMeal(), breakdown: t('results.foodCostPerMealBreakdown', { food: money(x.foodMinor), meals: f.number(x.meals) }) };
    case 'totalCost':
      return {
        value: money(x.totalMinor),
        breakdown: t('results.totalBreakdown', { food: money(x.foodMinor), logistics: money(x.logisticsMinor), tendering: money(x.tenderingMinor), fees: money(x.feesMinor) }),
      };
    case 'localShareValue':
      return { value: share(v), breakdown: t('compare.breakdown.localValue', { local: money(x.localValueMinor), food: money(x.foodMinor), coverage: share(coverage(x)) }) };
    case 'localShareWeight':
      return { value: share(v), breakdown: t('results.localWeightBreakdown', { local: f.number(x.localKg), kg: f.number(x.kg) }) };
    case 'organicShareValue':
      return { value: share(v), breakdown: t('compare.breakdown.organicValue', { organic: money(x.organicValueMinor), food: money(x.foodMinor) }) };
    case 'organicShareWeight':
      return { value: share(v), breakdown: t('compare.breakdown.organicWeight', { organic: f.number(x.organicKg), kg: f.number(x.kg) }) };
    case 'co2ePerMeal':
      return {
        value: v === null ? '–' : t('results.kgValue', { value: f.number(v, 2) }),
        breakdown: t('results.co2eBreakdown', { food: f.number(x.co2eFoodKg), transport: f.number(x.co2eTransportKg), total: f.number(co2eKg(x)), meals: f.number(x.meals) }),
      };
    case 'budgetGap':
      return { value: budgetSentence(t, f, currency, x.gapMinor), breakdown: budgetBreakdown(t, f, currency, x) };
  }
}
