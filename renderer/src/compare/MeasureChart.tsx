import { useTranslation } from 'react-i18next';
import { BarsChart, ChartFigure } from '../charts/ChartFigure';
import { periodFigures } from '../results/period';
import { MEASURES, type MeasureId } from './measures';
import { MeasureTable } from './MeasureTable';
import type { CompareProps } from './types';

/** Grouped bars of one or more measures per scenario, with their table (the best marked). */
export function MeasureChart({
  columns,
  period,
  measures,
  title,
  alt,
  format,
  testId,
}: Omit<CompareProps, 'plan'> & { measures: readonly MeasureId[]; title: string; alt: string; format(v: number): string; testId: string }) {
  const { t } = useTranslation();
  const rows = columns.map((c) => {
    const f = periodFigures(c.result, period);
    return { label: c.scenario.name, values: Object.fromEntries(measures.map((m) => [m, f ? MEASURES[m].value(f) : null])) };
  });
  const series = measures.map((m) => ({ key: m, name: t(`compare.measures.${m}`) }));
  return (
    <section className="card">
      <ChartFigure title={title} alt={alt} testId={testId} chart={<BarsChart rows={rows} series={series} format={format} />}>
        <MeasureTable columns={columns} period={period} measures={measures} caption={title} testId={`${testId}-table`} />
      </ChartFigure>
    </section>
  );
}
