import { useTranslation } from 'react-i18next';
import { BarsChart, ChartFigure } from '../charts/ChartFigure';
import { categoryName } from '../format/names';
import { useFormatter } from '../format/useFormatter';
import { capacityRows, utilisation, type CapacityRow } from '../results/capacity';
import { FigureDrill } from '../results/FigureDrill';
import { useAppStore } from '../state/appStore';
import { ScenarioHeader } from './ScenarioHeader';
import type { CompareProps } from './types';
import { ScrollRegion } from '../components/ScrollRegion';

/** The palette place of the capacity bars: after the (at most four) scenarios. */
const CAPACITY_STYLE = 4;

/**
 * The Capacity tab: per supplier with a capacity limit and category, what the buyers asked of it
 * in each scenario (bought + turned away) against what it can deliver; shortfalls the engine
 * rationed are marked in words.
 */
export function CapacityPanel({ plan, columns, period, periodLabel }: CompareProps & { periodLabel: string }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const kg = (v: number) => t('compare.kg', { value: f.number(v) });
  const byScenario = new Map(columns.map((c) => [c.scenario.id, capacityRows(c.result, period)]));
  const supplierName = new Map(plan.suppliers.map((s) => [s.id, s.name]));
  const categories = new Map(plan.foodCategories.map((c) => [c.id, categoryName(c, language)]));
  const supplierOrder = new Map(plan.suppliers.map((s, i) => [s.id, i]));
  const categoryOrder = new Map(plan.foodCategories.map((c, i) => [c.id, i]));
  const keys = new Map<string, { supplierId: string; categoryId: string }>();
  for (const rows of byScenario.values()) for (const [key, r] of rows) keys.set(key, { supplierId: r.supplierId, categoryId: r.categoryId });
  const lines = [...keys.entries()].sort(
    ([, a], [, b]) => (supplierOrder.get(a.supplierId) ?? 0) - (supplierOrder.get(b.supplierId) ?? 0) || (categoryOrder.get(a.categoryId) ?? 0) - (categoryOrder.get(b.categoryId) ?? 0),
  );
  const label = (l: { supplierId: string; categoryId: string }) =>
    t('capacity.rowLabel', { supplier: supplierName.get(l.supplierId) ?? l.supplierId, category: categories.get(l.categoryId) ?? l.categoryId });
  const title = t('capacity.chartTitle', { period: periodLabel });
  const short = lines.filter(([key]) => columns.some((c) => (byScenario.get(c.scenario.id)!.get(key)?.deniedKg ?? 0) > 0)).length;

  if (lines.length === 0)
    return (
      <section className="card" data-testid="capacity-none">
        <h2>{t('capacity.title')}</h2>
        <p>{t('capacity.none')}</p>
      </section>
    );

  const capacityOf = (key: string) => columns.map((c) => byScenario.get(c.scenario.id)!.get(key)?.capacityKg).find((v) => v !== undefined) ?? null;
  const rows = lines.map(([key, l]) => ({
    label: label(l),
    values: {
      capacity: capacityOf(key),
      ...Object.fromEntries(columns.map((c) => [c.scenario.id, byScenario.get(c.scenario.id)!.get(key)?.demandKg ?? null])),
    },
  }));
  const series = [
    ...columns.map((c) => ({ key: c.scenario.id, name: t('capacity.demandIn', { scenario: c.scenario.name }) })),
    { key: 'capacity', name: t('capacity.capacity'), style: CAPACITY_STYLE },
  ];

  const cell = (r: CapacityRow | undefined, scenarioName: string, rowLabel: string, testId: string) => {
    if (!r)
      return (
        <td key={testId} className="muted" data-testid={testId}>
          {t('capacity.notUsed')}
        </td>
      );
    const isShort = r.deniedKg > 0;
    const over = r.allocatedKg > r.capacityKg;
    const used = utilisation(r);
    return (
      <td key={testId} className={`num${isShort ? ' shortfall' : ''}`} data-testid={testId} data-shortfall={isShort ? 'true' : undefined}>
        <FigureDrill
          value={kg(r.demandKg)}
          label={t('compare.drill.of', { measure: rowLabel, scenario: scenarioName })}
          breakdown={t('capacity.breakdown', { bought: kg(r.allocatedKg), denied: kg(r.deniedKg), capacity: kg(r.capacityKg), used: used === null ? '–' : f.percent(used) })}
        />
        <span className={`capacity-status${isShort ? ' is-short' : ''}`}>
          {isShort ? t('capacity.short', { kg: kg(r.deniedKg) }) : over ? t('capacity.overByContract') : t('capacity.within')}
        </span>
      </td>
    );
  };

  return (
    <section className="card">
      <h2>{t('capacity.title')}</h2>
      <p className="muted">{t('capacity.intro')}</p>
      <p data-testid="capacity-summary">{t('capacity.summary', { count: lines.length, short })}</p>
      <ChartFigure title={title} alt={t('capacity.chartAlt')} testId="chart-capacity" chart={<BarsChart rows={rows} series={series} format={kg} />}>
        <ScrollRegion label={title}>
          <table className="data-table compact-table chart-table" data-testid="chart-capacity-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('capacity.supplierCategory')}</th>
                <th scope="col" className="num">
                  {t('capacity.capacity')}
                </th>
                {columns.map((c) => (
                  <ScenarioHeader key={c.scenario.id} scenario={c.scenario} />
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map(([key, l]) => {
                const rowLabel = label(l);
                const capacity = capacityOf(key);
                return (
                  <tr key={key} data-testid="capacity-row">
                    <th scope="row">{rowLabel}</th>
                    <td className="num">{capacity === null ? '–' : kg(capacity)}</td>
                    {columns.map((c) => cell(byScenario.get(c.scenario.id)!.get(key), c.scenario.name, rowLabel, `capacity-${l.supplierId}-${l.categoryId}-${c.scenario.id}`))}
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
