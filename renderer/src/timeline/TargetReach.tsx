import { useTranslation } from 'react-i18next';
import type { ScenarioResult } from '../../../shared/engine/types';
import type { Plan, Scenario } from '../../../shared/model/types';
import { ChartFigure, LinesChart } from '../charts/ChartFigure';
import { useFormatter } from '../format/useFormatter';
import { localTargetReachedYear, localTrajectory, targetMet } from '../results/targetReach';
import { useAppStore } from '../state/appStore';
import { ScrollRegion } from '../components/ScrollRegion';

/**
 * When each scenario's local target becomes reachable, and for the chosen scenario the share it
 * achieves drawn beside its target, year by year (contracts hold some years back).
 */
export function TargetReach({ plan, results, selected }: { plan: Plan; results: ReadonlyMap<string, ScenarioResult>; selected: Scenario }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const setScenarioId = useAppStore((s) => s.setScenarioId);
  const contractName = new Map(plan.contracts.map((c) => [c.id, c.name]));
  const result = results.get(selected.id);
  const rows = result ? localTrajectory(result) : [];
  const reached = result ? localTargetReachedYear(result) : null;
  const basis = rows[0] ? t(`scenarios.bases.${rows[0].basis}`) : '';
  const title = t('timeline.trajectory.title', { scenario: selected.name, basis });
  return (
    <section className="card" aria-labelledby="reach-title" data-testid="target-reach">
      <h2 id="reach-title">{t('timeline.reach.title')}</h2>
      <ScrollRegion label={t('timeline.reach.title')}>
        <table className="data-table compact-table" data-testid="reach-table">
          <caption className="visually-hidden">{t('timeline.reach.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.scenario')}</th>
              <th scope="col">{t('timeline.reach.reachable')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.scenarios.map((s) => {
              const r = results.get(s.id);
              const year = r ? localTargetReachedYear(r) : null;
              return (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td data-testid={`reach-${s.id}`}>
                    {r ? (year !== null ? t('timeline.reach.from', { year }) : t('timeline.reach.notWithin', { from: s.startYear, to: s.startYear + s.years - 1 })) : '–'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <div className="field compact reach-picker">
        <label htmlFor="timeline-scenario">{t('timeline.trajectory.scenario')}</label>
        <select id="timeline-scenario" value={selected.id} onChange={(e) => setScenarioId(e.target.value)} data-testid="timeline-scenario">
          {plan.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {result ? (
        <ChartFigure
          title={title}
          alt={t('timeline.trajectory.alt', { basis })}
          testId="chart-trajectory"
          chart={
            <LinesChart
              rows={rows.map((r) => ({ year: r.year, values: { target: r.targetShare, achieved: r.achievedShare } }))}
              series={[
                { key: 'target', name: t('results.target'), style: 1, thin: true },
                { key: 'achieved', name: t('timeline.trajectory.achievable'), style: 0 },
              ]}
              format={(v) => f.percent(v, 1)}
              domain={[0, 'auto']}
              {...(reached !== null ? { mark: { year: reached, label: t('timeline.trajectory.reachedMark') } } : {})}
            />
          }
        >
          <ScrollRegion label={title}>
            <table className="data-table compact-table chart-table" data-testid="chart-trajectory-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.year')}</th>
                  <th scope="col" className="num">
                    {t('results.target')}
                  </th>
                  <th scope="col" className="num">
                    {t('timeline.trajectory.achievable')}
                  </th>
                  <th scope="col">{t('timeline.trajectory.met')}</th>
                  <th scope="col">{t('results.heldBack')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.year}>
                    <th scope="row">{r.year}</th>
                    <td className="num">{f.percent(r.targetShare, 1)}</td>
                    <td className="num">{f.percent(r.achievedShare, 1)}</td>
                    <td>{targetMet(r) ? t('timeline.trajectory.yes') : t('timeline.trajectory.no')}</td>
                    <td>{r.heldBackBy.length ? r.heldBackBy.map((id) => contractName.get(id) ?? id).join('; ') : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </ChartFigure>
      ) : null}
    </section>
  );
}
