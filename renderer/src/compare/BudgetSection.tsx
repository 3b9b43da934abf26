import { useTranslation } from 'react-i18next';
import { BarsChart, ChartFigure } from '../charts/ChartFigure';
import { useFormatter } from '../format/useFormatter';
import { FigureDrill, WinnerMark } from '../results/FigureDrill';
import { organisationPeriods, type OrganisationPeriod } from '../results/period';
import { winners, wholeUnits } from '../results/winners';
import { budgetBreakdown, budgetSentence } from './measureText';
import { ScenarioHeader } from './ScenarioHeader';
import type { CompareProps } from './types';
import { ScrollRegion } from '../components/ScrollRegion';

/**
 * Whether each organisation's budget holds in each scenario: the gaps as grouped bars, and in the
 * table a plain sentence per organisation (and, over the horizon, per year too).
 */
export function BudgetSection({ plan, columns, period, periodLabel }: CompareProps & { periodLabel: string }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const currency = columns[0]!.result.currency;
  const byScenario = new Map(columns.map((c) => [c.scenario.id, new Map(organisationPeriods(c.result, period).map((o) => [o.organisationId, o]))]));
  // Organisations that serve meals or have a budget in some scenario (a municipality whose kitchens
  // all move to the region keeps its row only when it has a budget).
  const organisations = plan.organisations.filter((o) =>
    columns.some((c) => {
      const x = byScenario.get(c.scenario.id)!.get(o.id)?.figures;
      return !!x && (x.meals > 0 || x.budgetMinor !== null);
    }),
  );
  const title = t('compare.charts.budget.title', { period: periodLabel });
  const rows = organisations.map((o) => ({
    label: o.name,
    values: Object.fromEntries(columns.map((c) => [c.scenario.id, byScenario.get(c.scenario.id)!.get(o.id)?.figures.gapMinor ?? null])),
  }));
  const series = columns.map((c) => ({ key: c.scenario.id, name: c.scenario.name }));
  const cell = (o: OrganisationPeriod | undefined, scenarioName: string, orgName: string, best: boolean, testId: string) =>
    o ? (
      <td key={testId} className={`sentence${best ? ' winner' : ''}`} data-testid={testId} data-winner={best ? 'true' : undefined}>
        <FigureDrill
          value={budgetSentence(t, f, currency, o.figures.gapMinor)}
          label={t('compare.drill.budgetOf', { organisation: orgName, scenario: scenarioName })}
          breakdown={budgetBreakdown(t, f, currency, o.figures)}
        />
        {best ? <WinnerMark label={t('compare.best')} /> : null}
      </td>
    ) : (
      <td key={testId} className="muted">
        {t('compare.notInScenario')}
      </td>
    );
  return (
    <section className="card">
      <ChartFigure
        title={title}
        alt={t('compare.charts.budget.alt')}
        testId="chart-budget"
        chart={<BarsChart rows={rows} series={series} format={(v) => f.money(v, currency)} zeroLine />}
      >
        <p className="muted chart-note">{t('compare.charts.budget.note')}</p>
        <ScrollRegion label={title}>
          <table className="data-table compact-table chart-table" data-testid="chart-budget-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.organisation')}</th>
                {columns.map((c) => (
                  <ScenarioHeader key={c.scenario.id} scenario={c.scenario} />
                ))}
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => {
                const best = winners(new Map(columns.map((c) => [c.scenario.id, byScenario.get(c.scenario.id)!.get(o.id)?.figures.gapMinor ?? null])), 'lower', wholeUnits);
                return (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    {columns.map((c) => cell(byScenario.get(c.scenario.id)!.get(o.id), c.scenario.name, o.name, best.has(c.scenario.id), `budget-${o.id}-${c.scenario.id}`))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
        {period === 'horizon' ? (
          <details className="year-by-year">
            <summary>{t('compare.charts.budget.byYear')}</summary>
            <ScrollRegion label={t('compare.charts.budget.byYear')}>
              <table className="data-table compact-table" data-testid="budget-by-year">
                <caption className="visually-hidden">{t('compare.charts.budget.byYear')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('compare.organisation')}</th>
                    <th scope="col">{t('fields.year')}</th>
                    {columns.map((c) => (
                      <ScenarioHeader key={c.scenario.id} scenario={c.scenario} />
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {organisations.flatMap((o) => {
                    const years = [...new Set(columns.flatMap((c) => byScenario.get(c.scenario.id)!.get(o.id)?.years.map((y) => y.year) ?? []))].sort();
                    return years.map((year) => (
                      <tr key={`${o.id}-${year}`}>
                        <th scope="row">{o.name}</th>
                        <td>{year}</td>
                        {columns.map((c) => {
                          const row = byScenario.get(c.scenario.id)!.get(o.id)?.years.find((y) => y.year === year);
                          return cell(row ? { organisationId: o.id, figures: row, years: [row] } : undefined, c.scenario.name, o.name, false, `budget-${o.id}-${year}-${c.scenario.id}`);
                        })}
                      </tr>
                    ));
                  })}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
        ) : null}
      </ChartFigure>
    </section>
  );
}
