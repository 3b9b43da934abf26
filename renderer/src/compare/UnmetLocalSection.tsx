import { useTranslation } from 'react-i18next';
import { BarsChart, ChartFigure } from '../charts/ChartFigure';
import { categoryName } from '../format/names';
import { useFormatter } from '../format/useFormatter';
import { FigureDrill, WinnerMark } from '../results/FigureDrill';
import { unmetLocalByCategory } from '../results/unmetLocal';
import { whole, winners } from '../results/winners';
import { useAppStore } from '../state/appStore';
import { ScenarioHeader } from './ScenarioHeader';
import type { CompareProps } from './types';
import { ScrollRegion } from '../components/ScrollRegion';

/**
 * Local food the targets asked for that no local capacity could deliver, per food category: the
 * capacity the market would need. From the engine's per-category rows (detail 'compare').
 */
export function UnmetLocalSection({ plan, columns, period, periodLabel }: CompareProps & { periodLabel: string }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const orgName = new Map(plan.organisations.map((o) => [o.id, o.name]));
  const byScenario = new Map(columns.map((c) => [c.scenario.id, unmetLocalByCategory(c.result, period)]));
  const categories = plan.foodCategories.filter((cat) => columns.some((c) => byScenario.get(c.scenario.id)!.has(cat.id)));
  const title = t('compare.charts.unmet.title', { period: periodLabel });
  const kg = (v: number) => t('compare.kg', { value: f.number(v) });
  if (categories.length === 0)
    return (
      <section className="card" data-testid="chart-unmet">
        <h2>{title}</h2>
        <p>{t('compare.charts.unmet.none')}</p>
      </section>
    );
  const rows = categories.map((cat) => ({
    label: categoryName(cat, language),
    values: Object.fromEntries(columns.map((c) => [c.scenario.id, byScenario.get(c.scenario.id)!.get(cat.id)?.kg ?? 0])),
  }));
  const series = columns.map((c) => ({ key: c.scenario.id, name: c.scenario.name }));
  return (
    <section className="card">
      <ChartFigure title={title} alt={t('compare.charts.unmet.alt')} testId="chart-unmet" chart={<BarsChart rows={rows} series={series} format={kg} />}>
        <ScrollRegion label={title}>
          <table className="data-table compact-table chart-table" data-testid="chart-unmet-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.category')}</th>
                {columns.map((c) => (
                  <ScenarioHeader key={c.scenario.id} scenario={c.scenario} />
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((cat) => {
                const name = categoryName(cat, language);
                const best = winners(new Map(columns.map((c) => [c.scenario.id, byScenario.get(c.scenario.id)!.get(cat.id)?.kg ?? 0])), 'lower', whole);
                return (
                  <tr key={cat.id}>
                    <th scope="row">{name}</th>
                    {columns.map((c) => {
                      const u = byScenario.get(c.scenario.id)!.get(cat.id);
                      const isBest = best.has(c.scenario.id);
                      return (
                        <td key={c.scenario.id} className={`num${isBest ? ' winner' : ''}`} data-testid={`unmet-${cat.id}-${c.scenario.id}`}>
                          <FigureDrill
                            value={kg(u?.kg ?? 0)}
                            label={t('compare.drill.of', { measure: name, scenario: c.scenario.name })}
                            breakdown={
                              u
                                ? t('compare.charts.unmet.breakdown', {
                                    parts: u.byOrganisation.map((o) => t('compare.charts.unmet.part', { organisation: orgName.get(o.organisationId) ?? o.organisationId, kg: kg(o.kg) })).join('; '),
                                  })
                                : t('compare.charts.unmet.noneHere')
                            }
                          />
                          {isBest ? <WinnerMark label={t('compare.best')} /> : null}
                        </td>
                      );
                    })}
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
