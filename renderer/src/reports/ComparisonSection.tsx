import { COMPARISON_MEASURES, comparisonBars, type ComparisonMeasure } from './chartData';
import { ComparisonChart } from './ComparisonChart';
import type { ReportProps } from './reportProps';
import { ReportTable } from './ReportTable';

/** The comparison charts (one measure each, one bar per scenario) and the budgets by organisation. */
export function ComparisonSection(props: ReportProps) {
  const { plan, model, content, t, f, fileBase } = props;
  const { year } = model.selection;
  const currency = plan.meta.currency;
  const from = model.years[0];
  const to = model.years.at(-1);
  const format: Record<ComparisonMeasure, (v: number) => string> = {
    costPerMeal: (v) => f.money(v, currency, 2),
    localShare: (v) => f.percent(v, 1),
    co2ePerMeal: (v) => t('reports.doc.charts.kg', { value: f.number(v, 2) }),
    gapHorizon: (v) => f.money(v, currency),
  };
  // Axis ticks: whole units where they are whole (20 kr), cents where not (0,50 €); plain numbers
  // for kg, compact millions for the gap.
  const ticks: Partial<Record<ComparisonMeasure, (v: number) => string>> = {
    costPerMeal: (v) => f.money(v, currency, v % 100 === 0 ? 0 : 2),
    co2ePerMeal: (v) => f.number(v, 2),
    gapHorizon: (v) => f.compact(v / 100),
  };
  const titles: Record<ComparisonMeasure, string> = {
    costPerMeal: t('reports.doc.charts.costPerMeal', { year }),
    localShare: t('reports.doc.charts.localShare', { year }),
    co2ePerMeal: t('reports.doc.charts.co2ePerMeal', { year }),
    gapHorizon: t('reports.doc.charts.gapHorizon', { from, to }),
  };
  return (
    <section className="report-section report-break-before" aria-labelledby="report-comparison-title" data-testid="report-comparison">
      <h2 id="report-comparison-title">{t('reports.doc.charts.title')}</h2>
      <p className="report-note">{t('reports.doc.charts.intro')}</p>
      <div className="report-charts">
        {COMPARISON_MEASURES.map((m) => {
          const bars = comparisonBars(model, m);
          const values = bars.map((b) => `${b.name}: ${b.value === null ? '–' : format[m](b.value)}`).join('; ');
          return (
            <ComparisonChart
              key={m}
              id={m}
              title={titles[m]}
              alt={t('reports.doc.charts.alt', { title: titles[m], values })}
              bars={bars}
              format={format[m]}
              {...(ticks[m] ? { tickFormat: ticks[m] } : {})}
              tableHeaders={{ scenario: t('exports.columns.scenario'), value: titles[m] }}
            />
          );
        })}
      </div>
      {content.budgetByOrganisation.rows.length ? (
        <>
          <h3>{content.budgetByOrganisation.title}</h3>
          <p className="report-note">{t('reports.doc.organisations.intro')}</p>
          <ReportTable table={content.budgetByOrganisation} t={t} f={f} fileBase={fileBase} hideCaption />
        </>
      ) : null}
    </section>
  );
}
