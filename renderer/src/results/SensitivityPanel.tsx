import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Plan, Scenario } from '../../../shared/model/types';
import { useAnalysis } from '../engine/useAnalysis';
import { useFormatter } from '../format/useFormatter';
import { tDynamic } from '../i18n/dynamic';
import { ScrollRegion } from '../components/ScrollRegion';

/**
 * Which assumptions move cost per meal and local share the most: each input group moved −10 % and
 * +10 % (a tornado chart, largest effect on top), with the same numbers in a table.
 */
export default function SensitivityPanel({ plan, scenario, year, draft }: { plan: Plan; scenario: Scenario; year: number; draft: Scenario | null }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const { result } = useAnalysis('sensitivity', plan, scenario, year, draft);
  if (!result) return <p className="muted">{t('results.computing')}</p>;
  const c = plan.meta.currency;
  const base = result.base.costPerMealMinor ?? 0;
  const baseShare = result.base.localShare ?? 0;
  const label = (g: string) => tDynamic(t, `sensitivity.groups.${g}`);
  const costRows = result.rows.map((r) => ({
    name: label(r.group),
    low: ((r.low.costPerMealMinor ?? base) - base) / 100,
    high: ((r.high.costPerMealMinor ?? base) - base) / 100,
  }));
  const shareRows = [...result.rows]
    .sort((a, b) => b.localShareSwing - a.localShareSwing)
    .map((r) => ({ name: label(r.group), low: (r.low.localShare ?? baseShare) - baseShare, high: (r.high.localShare ?? baseShare) - baseShare }));
  const money = (major: number) => f.money(Math.round(major * 100), c, 2);
  return (
    <div className="sensitivity" data-testid="sensitivity">
      <p className="hint">{t('sensitivity.intro', { year, cost: f.money(base, c, 2), share: f.percent(baseShare, 1) })}</p>
      <div className="tornado-grid">
        <figure className="chart" aria-labelledby="tornado-cost-caption">
          <figcaption id="tornado-cost-caption">{t('sensitivity.costTitle')}</figcaption>
          <div role="img" aria-label={t('sensitivity.costAlt')}>
            <ResponsiveContainer width="100%" height={280}>
              <BarChart data={costRows} layout="vertical" stackOffset="sign" margin={{ left: 8, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#d5dcd9" />
                <XAxis type="number" tickFormatter={(v: number) => money(v)} />
                <YAxis type="category" dataKey="name" width={150} />
                <Tooltip formatter={(v) => money(Number(v))} />
                <Legend />
                <ReferenceLine x={0} stroke="#17211f" />
                <Bar dataKey="low" name={t('sensitivity.minus')} stackId="s" fill="#3b6fb6" isAnimationActive={false} />
                <Bar dataKey="high" name={t('sensitivity.plus')} stackId="s" fill="#b5651d" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
        <figure className="chart" aria-labelledby="tornado-share-caption">
          <figcaption id="tornado-share-caption">{t('sensitivity.shareTitle', { basis: t(`scenarios.bases.${result.basis}`) })}</figcaption>
          <div role="img" aria-label={t('sensitivity.shareAlt')}>
            <ResponsiveContainer width="100%" height={280}>
              <BarChart data={shareRows} layout="vertical" stackOffset="sign" margin={{ left: 8, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#d5dcd9" />
                <XAxis type="number" tickFormatter={(v: number) => f.percent(v, 1)} />
                <YAxis type="category" dataKey="name" width={150} />
                <Tooltip formatter={(v) => f.percent(Number(v), 2)} />
                <Legend />
                <ReferenceLine x={0} stroke="#17211f" />
                <Bar dataKey="low" name={t('sensitivity.minus')} stackId="s" fill="#3b6fb6" isAnimationActive={false} />
                <Bar dataKey="high" name={t('sensitivity.plus')} stackId="s" fill="#b5651d" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
      </div>
      <ScrollRegion label={t('sensitivity.tableCaption')}>
      <table className="data-table compact-table chart-table">
        <caption>{t('sensitivity.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sensitivity.group')}</th>
            <th scope="col" className="num">
              {t('sensitivity.costMinus')}
            </th>
            <th scope="col" className="num">
              {t('sensitivity.costPlus')}
            </th>
            <th scope="col" className="num">
              {t('sensitivity.shareMinus')}
            </th>
            <th scope="col" className="num">
              {t('sensitivity.sharePlus')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((r) => (
            <tr key={r.group}>
              <th scope="row">{label(r.group)}</th>
              <td className="num">{r.low.costPerMealMinor === null ? '–' : f.money(r.low.costPerMealMinor, c, 2)}</td>
              <td className="num">{r.high.costPerMealMinor === null ? '–' : f.money(r.high.costPerMealMinor, c, 2)}</td>
              <td className="num">{r.low.localShare === null ? '–' : f.percent(r.low.localShare, 1)}</td>
              <td className="num">{r.high.localShare === null ? '–' : f.percent(r.high.localShare, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollRegion>
    </div>
  );
}
