import { useTranslation } from 'react-i18next';
import { MEASURE_IDS, MEASURES } from './measures';
import { MeasureCell } from './MeasureCell';
import { measureWinners } from './measureWinners';
import { ScenarioHeader } from './ScenarioHeader';
import type { CompareProps } from './types';
import { ScrollRegion } from '../components/ScrollRegion';

/** Every measure for every scenario compared, the best marked on each row. */
export function KeyFiguresTable({ columns, period, title }: CompareProps & { title: string }) {
  const { t } = useTranslation();
  const best = measureWinners(columns, period);
  return (
    <section className="card" aria-labelledby="compare-key-title">
      <h2 id="compare-key-title">{title}</h2>
      <p className="muted">{t('compare.keyFigures.intro')}</p>
      <ScrollRegion label={title}>
        <table className="data-table compare-table" data-testid="compare-key-figures">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.measure')}</th>
              {columns.map((c) => (
                <ScenarioHeader key={c.scenario.id} scenario={c.scenario} />
              ))}
            </tr>
          </thead>
          <tbody>
            {MEASURE_IDS.map((id) => (
              <tr key={id} data-measure={id}>
                <th scope="row">
                  {t(`compare.measures.${id}`)}
                  <span className="better-hint">{id === 'budgetGap' ? t('compare.better.gap') : t(`compare.better.${MEASURES[id].better}`)}</span>
                </th>
                {columns.map((c) => (
                  <MeasureCell key={c.scenario.id} measure={id} column={c} period={period} winner={best[id].has(c.scenario.id)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
