import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../shared/engine/types';
import { useFormatter } from '../format/useFormatter';
import { ScrollRegion } from '../components/ScrollRegion';

/**
 * Local share over the horizon: the target and what the scenario achieves (contracts hold some
 * years back), with the same numbers in a table under the chart.
 */
function TrajectoryChart({ result }: { result: ScenarioResult }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const rows = result.trajectory.filter((r) => r.categoryId === '*' && r.measure === 'local');
  const organic = new Map(result.trajectory.filter((r) => r.categoryId === '*' && r.measure === 'organic').map((r) => [r.year, r]));
  const data = rows.map((r) => ({
    year: r.year,
    target: r.targetShare,
    achieved: r.achievedShare,
    organicTarget: organic.get(r.year)?.targetShare ?? 0,
    organicAchieved: organic.get(r.year)?.achievedShare ?? 0,
    held: r.heldBackBy.length,
  }));
  const basis = rows[0] ? t(`scenarios.bases.${rows[0].basis}`) : '';
  const organicBasis = organic.size ? t(`scenarios.bases.${[...organic.values()][0]!.basis}`) : '';
  const title = t('results.trajectoryTitle', { basis });
  return (
    <figure className="chart" aria-labelledby="trajectory-caption">
      <figcaption id="trajectory-caption">{title}</figcaption>
      <div role="img" aria-label={t('results.trajectoryAlt', { basis })} className="chart-area">
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d5dcd9" />
            <XAxis dataKey="year" />
            <YAxis tickFormatter={(v: number) => f.percent(v)} domain={[0, 1]} width={56} />
            <Tooltip formatter={(v) => f.percent(Number(v), 1)} />
            <Legend />
            <Line type="monotone" dataKey="target" name={t('results.target')} stroke="#7a4b00" strokeDasharray="6 4" dot isAnimationActive={false} />
            <Line type="monotone" dataKey="achieved" name={t('results.achieved')} stroke="#0f5f5c" strokeWidth={2} dot isAnimationActive={false} />
            <Line type="monotone" dataKey="organicTarget" name={t('results.organicTarget', { basis: organicBasis })} stroke="#6b4e9b" strokeDasharray="2 3" dot={false} isAnimationActive={false} />
            <Line type="monotone" dataKey="organicAchieved" name={t('results.organicAchieved', { basis: organicBasis })} stroke="#6b4e9b" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ScrollRegion label={title}>
      <table className="data-table compact-table chart-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.year')}</th>
            <th scope="col" className="num">
              {t('results.target')}
            </th>
            <th scope="col" className="num">
              {t('results.achieved')}
            </th>
            <th scope="col" className="num">
              {t('results.organicTarget', { basis: organicBasis })}
            </th>
            <th scope="col" className="num">
              {t('results.organicAchieved', { basis: organicBasis })}
            </th>
            <th scope="col">{t('results.heldBack')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.year}>
              <th scope="row">{d.year}</th>
              <td className="num">{f.percent(d.target, 1)}</td>
              <td className="num">{f.percent(d.achieved, 1)}</td>
              <td className="num">{f.percent(d.organicTarget, 1)}</td>
              <td className="num">{f.percent(d.organicAchieved, 1)}</td>
              <td>{d.held ? t('results.heldBackCount', { count: d.held }) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollRegion>
    </figure>
  );
}

/** Drawn again only when the result changes (not on every what-if step before the answer comes). */
export default memo(TrajectoryChart);
