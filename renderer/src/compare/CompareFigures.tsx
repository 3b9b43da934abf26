import { useTranslation } from 'react-i18next';
import { useFormatter } from '../format/useFormatter';
import { BudgetSection } from './BudgetSection';
import { CostSplitChart } from './CostSplitChart';
import { KeyFiguresTable } from './KeyFiguresTable';
import { MeasureChart } from './MeasureChart';
import type { CompareProps } from './types';
import { UnmetLocalSection } from './UnmetLocalSection';
import { YearLines } from './YearLines';

/** The Figures tab: the key figures side by side, then one chart (with its table) per question. */
export function CompareFigures({ plan, columns, period, periodLabel }: CompareProps & { periodLabel: string }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const currency = columns[0]!.result.currency;
  const props = { plan, columns, period, periodLabel };
  return (
    <div className="compare-figures">
      <KeyFiguresTable {...props} title={t('compare.keyFigures.title', { period: periodLabel })} />
      <div className="chart-grid">
        <MeasureChart
          {...props}
          measures={['costPerMeal', 'foodCostPerMeal']}
          title={t('compare.charts.costPerMeal.title', { period: periodLabel })}
          alt={t('compare.charts.costPerMeal.alt')}
          format={(v) => f.money(v, currency, 2)}
          testId="chart-cost-per-meal"
        />
        <CostSplitChart {...props} />
        <MeasureChart
          {...props}
          measures={['localShareValue', 'localShareWeight', 'organicShareValue', 'organicShareWeight']}
          title={t('compare.charts.shares.title', { period: periodLabel })}
          alt={t('compare.charts.shares.alt')}
          format={(v) => f.percent(v, 1)}
          testId="chart-shares"
        />
        <MeasureChart
          {...props}
          measures={['co2ePerMeal']}
          title={t('compare.charts.co2e.title', { period: periodLabel })}
          alt={t('compare.charts.co2e.alt')}
          format={(v) => t('results.kgValue', { value: f.number(v, 2) })}
          testId="chart-co2e"
        />
      </div>
      <BudgetSection {...props} />
      <UnmetLocalSection {...props} />
      <h2 className="section-title">{t('compare.overTheYears')}</h2>
      <div className="chart-grid">
        <YearLines columns={columns} />
      </div>
    </div>
  );
}
