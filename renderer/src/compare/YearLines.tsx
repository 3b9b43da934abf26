import { useTranslation } from 'react-i18next';
import { costPerMeal, localShareValue } from '../../../shared/engine/figures';
import { ChartFigure, LinesChart } from '../charts/ChartFigure';
import { useFormatter } from '../format/useFormatter';
import { FigureDrill } from '../results/FigureDrill';
import { measureText } from './measureText';
import { ScenarioHeader } from './ScenarioHeader';
import type { CompareProps } from './types';
import { ScrollRegion } from '../components/ScrollRegion';

/** Cost per meal and the local share by value, year by year, one line per scenario. */
export function YearLines({ columns }: Pick<CompareProps, 'columns'>) {
  const { t } = useTranslation();
  const f = useFormatter();
  const currency = columns[0]!.result.currency;
  const years = [...new Set(columns.flatMap((c) => c.result.years))].sort((a, b) => a - b);
  const series = columns.map((c) => ({ key: c.scenario.id, name: c.scenario.name }));
  const charts = [
    { id: 'costPerMeal', value: costPerMeal, format: (v: number) => f.money(v, currency, 2), domain: undefined },
    { id: 'localShareValue', value: localShareValue, format: (v: number) => f.percent(v, 1), domain: [0, 'auto'] as [number, 'auto'] },
  ] as const;
  return (
    <>
      {charts.map((chart) => {
        const title = t(`compare.charts.lines.${chart.id}`);
        const rows = years.map((year) => ({
          year,
          values: Object.fromEntries(
            columns.map((c) => {
              const y = c.result.totals.find((x) => x.year === year);
              return [c.scenario.id, y ? chart.value(y) : null];
            }),
          ),
        }));
        return (
          <section className="card" key={chart.id}>
            <ChartFigure
              title={title}
              alt={t('compare.charts.lines.alt', { measure: t(`compare.measures.${chart.id}`) })}
              testId={`chart-lines-${chart.id}`}
              chart={<LinesChart rows={rows} series={series} format={chart.format} {...(chart.domain ? { domain: chart.domain } : {})} />}
            >
              <ScrollRegion label={title}>
                <table className="data-table compact-table chart-table" data-testid={`chart-lines-${chart.id}-table`}>
                  <caption className="visually-hidden">{title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('fields.year')}</th>
                      {columns.map((c) => (
                        <ScenarioHeader key={c.scenario.id} scenario={c.scenario} />
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {years.map((year) => (
                      <tr key={year}>
                        <th scope="row">{year}</th>
                        {columns.map((c) => {
                          const y = c.result.totals.find((x) => x.year === year);
                          if (!y)
                            return (
                              <td key={c.scenario.id} className="num muted">
                                {t('compare.notInHorizon')}
                              </td>
                            );
                          const text = measureText(t, f, currency, chart.id, { ...y });
                          return (
                            <td key={c.scenario.id} className="num" data-testid={`line-${chart.id}-${year}-${c.scenario.id}`}>
                              <FigureDrill value={text.value} label={t('compare.drill.ofYear', { measure: t(`compare.measures.${chart.id}`), scenario: c.scenario.name, year })} breakdown={text.breakdown} />
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </ChartFigure>
          </section>
        );
      })}
    </>
  );
}
