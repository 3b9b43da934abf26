import { useTranslation } from 'react-i18next';
import { BarsChart, ChartFigure } from '../charts/ChartFigure';
import { useFormatter } from '../format/useFormatter';
import { FigureDrill } from '../results/FigureDrill';
import { periodFigures } from '../results/period';
import { MeasureCell } from './MeasureCell';
import { measureWinners } from './measureWinners';
import type { CompareProps } from './types';
import { ScrollRegion } from '../components/ScrollRegion';

const PARTS = ['foodMinor', 'logisticsMinor', 'tenderingMinor', 'feesMinor'] as const;
const PART_NAMES = { foodMinor: 'food', logisticsMinor: 'logistics', tenderingMinor: 'tendering', feesMinor: 'fees' } as const;

/** The total cost of each scenario split into food, logistics, tendering and fees (stacked bars). */
export function CostSplitChart({ columns, period, periodLabel }: Omit<CompareProps, 'plan'> & { periodLabel: string }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const currency = columns[0]!.result.currency;
  const best = measureWinners(columns, period).totalCost;
  const title = t('compare.charts.split.title', { period: periodLabel });
  const rows = columns.map((c) => {
    const x = periodFigures(c.result, period);
    return { label: c.scenario.name, values: Object.fromEntries(PARTS.map((p) => [p, x ? x[p] : null])) };
  });
  const series = PARTS.map((p) => ({ key: p, name: t(`compare.parts.${PART_NAMES[p]}`), stackId: 'total' }));
  return (
    <section className="card">
      <ChartFigure
        title={title}
        alt={t('compare.charts.split.alt')}
        testId="chart-split"
        chart={<BarsChart rows={rows} series={series} format={(v) => f.money(v, currency)} />}
      >
        <ScrollRegion label={title}>
          <table className="data-table compact-table chart-table" data-testid="chart-split-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.scenario')}</th>
                {PARTS.map((p) => (
                  <th key={p} scope="col" className="num">
                    {t(`compare.parts.${PART_NAMES[p]}`)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('compare.measures.totalCost')}
                </th>
              </tr>
            </thead>
            <tbody>
              {columns.map((c) => {
                const x = periodFigures(c.result, period);
                return (
                  <tr key={c.scenario.id}>
                    <th scope="row">{c.scenario.name}</th>
                    {PARTS.map((p) => (
                      <td key={p} className="num">
                        {x ? (
                          <FigureDrill
                            value={f.money(x[p], currency)}
                            label={t('compare.drill.of', { measure: t(`compare.parts.${PART_NAMES[p]}`), scenario: c.scenario.name })}
                            breakdown={t(`compare.parts.${PART_NAMES[p]}Breakdown`, { kg: f.number(x.kg), discount: f.money(x.discountMinor, currency) })}
                          />
                        ) : (
                          '–'
                        )}
                      </td>
                    ))}
                    <MeasureCell measure="totalCost" column={c} period={period} winner={best.has(c.scenario.id)} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </ChartFigure>
    </section>
  );
}
