import { useTranslation } from 'react-i18next';
import type { MeasureId } from './measures';
import { MeasureCell } from './MeasureCell';
import { measureWinners } from './measureWinners';
import type { CompareProps } from './types';
import { ScrollRegion } from '../components/ScrollRegion';

/** The numbers of a chart of measures: one row per scenario, one column per measure, the best marked. */
export function MeasureTable({ columns, period, measures, caption, testId }: Omit<CompareProps, 'plan'> & { measures: readonly MeasureId[]; caption: string; testId: string }) {
  const { t } = useTranslation();
  const best = measureWinners(columns, period);
  return (
    <ScrollRegion label={caption}>
      <table className="data-table compact-table chart-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.scenario')}</th>
            {measures.map((m) => (
              <th key={m} scope="col" className="num">
                {t(`compare.measures.${m}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.scenario.id}>
              <th scope="row">{c.scenario.name}</th>
              {measures.map((m) => (
                <MeasureCell key={m} measure={m} column={c} period={period} winner={best[m].has(c.scenario.id)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
