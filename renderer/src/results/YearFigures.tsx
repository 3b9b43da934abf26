import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  co2eKg,
  co2ePerMeal,
  costPerMeal,
  coverage,
  foodCostPerMeal,
  localShareValue,
  localShareWeight,
  organicShareValue,
  organicShareWeight,
} from '../../../shared/engine/figures';
import type { ScenarioResult } from '../../../shared/engine/types';
import { useFormatter } from '../format/useFormatter';
import { KeyFigure as KeyFigureView } from './KeyFigure';

/**
 * The headline figures of one scenario and year, each with what it is made of. Every figure is
 * computed from the engine's additive sums by the helpers in shared/engine/figures.ts. Drawn again
 * only when the result or the year changes (not on every what-if step before the answer comes).
 */
export const YearFigures = memo(function YearFigures({ result, year }: { result: ScenarioResult; year: number }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const c = result.currency;
  const y = result.totals.find((x) => x.year === year);
  const target = result.trajectory.find((r) => r.categoryId === '*' && r.measure === 'local' && r.year === year);
  if (!y) return null;
  const money = (m: number) => f.money(m, c);
  const perMeal = (m: number | null) => (m === null ? '–' : f.money(m, c, 2));
  const share = (s: number | null) => (s === null ? '–' : f.percent(s, 1));
  const gap = y.gapMinor;
  return (
    <div className="cards key-figures" data-testid="year-figures">
      <KeyFigureView
        label={t('results.mealsYear', { year })}
        value={f.number(y.meals)}
        breakdown={t('results.mealsBreakdown')}
        testId="fig-meals"
        source={{ href: '#/kitchens', label: t('results.sourceKitchens') }}
      />
      <KeyFigureView
        label={t('results.costPerMeal')}
        value={perMeal(costPerMeal(y))}
        breakdown={t('results.costPerMealBreakdown', {
          total: money(y.totalMinor),
          meals: f.number(y.meals),
          food: money(y.foodMinor),
          logistics: money(y.logisticsMinor),
          tendering: money(y.tenderingMinor),
          fees: money(y.feesMinor),
        })}
        testId="fig-cost-per-meal"
        source={{ href: '#/scenarios', label: t('results.sourceScenario') }}
      />
      <KeyFigureView
        label={t('results.foodCostPerMeal')}
        value={perMeal(foodCostPerMeal(y))}
        breakdown={t('results.foodCostPerMealBreakdown', { food: money(y.foodMinor), meals: f.number(y.meals) })}
        testId="fig-food-cost-per-meal"
        source={{ href: '#/suppliers/offers', label: t('results.sourceOffers') }}
      />
      <KeyFigureView
        label={t('results.totalCost')}
        value={money(y.totalMinor)}
        breakdown={t('results.totalBreakdown', { food: money(y.foodMinor), logistics: money(y.logisticsMinor), tendering: money(y.tenderingMinor), fees: money(y.feesMinor) })}
        testId="fig-total-cost"
        source={{ href: '#/scenarios', label: t('results.sourceScenario') }}
      />
      <KeyFigureView
        label={t('results.localShareValue')}
        value={share(localShareValue(y))}
        breakdown={t('results.localValueBreakdown', {
          local: money(y.localValueMinor),
          food: money(y.foodMinor),
          target: target ? f.percent(target.targetShare, 1) : '–',
          basis: target ? t(`scenarios.bases.${target.basis}`) : '',
          coverage: share(coverage(y)),
        })}
        testId="fig-local-value"
        source={{ href: '#/suppliers/offers', label: t('results.sourceOffers') }}
      />
      <KeyFigureView
        label={t('results.localShareWeight')}
        value={share(localShareWeight(y))}
        breakdown={t('results.localWeightBreakdown', { local: f.number(y.localKg), kg: f.number(y.kg) })}
        testId="fig-local-weight"
        source={{ href: '#/suppliers/offers', label: t('results.sourceOffers') }}
      />
      <KeyFigureView
        label={t('results.organicShare')}
        value={`${share(organicShareValue(y))} · ${share(organicShareWeight(y))}`}
        breakdown={t('results.organicBreakdown', { value: money(y.organicValueMinor), food: money(y.foodMinor), kg: f.number(y.organicKg), total: f.number(y.kg) })}
        testId="fig-organic"
        source={{ href: '#/suppliers/offers', label: t('results.sourceOffers') }}
      />
      <KeyFigureView
        label={t('results.co2ePerMeal')}
        value={co2ePerMeal(y) === null ? '–' : t('results.kgValue', { value: f.number(co2ePerMeal(y)!, 2) })}
        breakdown={t('results.co2eBreakdown', { food: f.number(y.co2eFoodKg), transport: f.number(y.co2eTransportKg), total: f.number(co2eKg(y)), meals: f.number(y.meals) })}
        testId="fig-co2e"
        source={{ href: '#/kitchens/categories', label: t('results.sourceCategories') }}
      />
      <KeyFigureView
        label={t('results.budget')}
        value={gap === null ? t('results.noBudget') : gap <= 0 ? t('results.budgetHolds', { amount: money(-gap) }) : t('results.budgetFails', { amount: money(gap) })}
        breakdown={y.budgetMinor === null ? t('results.noBudgetBreakdown') : t('results.budgetBreakdown', { total: money(y.totalMinor), budget: money(y.budgetMinor) })}
        tone={gap === null ? undefined : gap <= 0 ? 'good' : 'bad'}
        testId="fig-budget"
        source={{ href: '#/organisations/budgets', label: t('results.sourceBudgets') }}
      />
    </div>
  );
});
