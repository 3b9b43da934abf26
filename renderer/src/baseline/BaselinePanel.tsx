import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { baselineShares, sumBy, sumCells, type BaselineFigures, type BaselineShares } from '../../../shared/baseline';
import { localShareValue, localShareWeight, organicShareValue, organicShareWeight } from '../../../shared/engine/figures';
import type { Plan } from '../../../shared/model/types';
import { useScenarioResults } from '../engine/useScenarioResults';
import { categoryName } from '../format/names';
import { useFormatter } from '../format/useFormatter';
import { useAppStore } from '../state/appStore';
import '../styles/import.css';
import { useBaseline } from './useBaseline';

/**
 * "Where we are": the actual local and organic shares, by value and by weight, from the plan's
 * purchase lines in one year, by organisation and by food category, next to where each scenario
 * takes the plan (its last year). Self-contained: give it the plan and the year.
 */
export function BaselinePanel({ plan, year }: { plan: Plan; year: number }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const { baseline, lines } = useBaseline(plan);
  const scenarioIds = useMemo(() => plan.scenarios.map((s) => s.id), [plan.scenarios]);
  const { results } = useScenarioResults(plan, scenarioIds);

  const share = (x: number | null) => (x === null ? '–' : f.percent(x, 1));
  const total = useMemo(() => (baseline ? sumCells(baseline, (c) => c.year === year) : null), [baseline, year]);
  const byOrg = useMemo(() => (baseline ? sumBy(baseline, year, (c) => c.organisationId) : new Map<string | null, BaselineFigures>()), [baseline, year]);
  const byCat = useMemo(() => (baseline ? sumBy(baseline, year, (c) => c.categoryId) : new Map<string | null, BaselineFigures>()), [baseline, year]);

  if (baseline === undefined) return <p className="muted">{t('baseline.loading')}</p>;
  if (lines === 0)
    return (
      <section className="baseline-panel card" data-testid="baseline-panel">
        <h2>{t('baseline.title')}</h2>
        <p>{t('baseline.none')}</p>
      </section>
    );
  if (!total || total.lines === 0)
    return (
      <section className="baseline-panel card" data-testid="baseline-panel">
        <h2>{t('baseline.title')}</h2>
        <p>{t('baseline.noneForYear', { year })}</p>
      </section>
    );

  const s = baselineShares(total);
  const orgName = new Map(plan.organisations.map((o) => [o.id, o.name]));
  const catName = new Map(plan.foodCategories.map((c) => [c.id, categoryName(c, language)]));
  const shareCells = (x: BaselineShares) => (
    <>
      <td className="num">{share(x.localValue)}</td>
      <td className="num">{share(x.localWeight)}</td>
      <td className="num">{share(x.organicValue)}</td>
      <td className="num">{share(x.organicWeight)}</td>
    </>
  );
  const shareHeads = (
    <>
      <th className="num">{t('baseline.localValue')}</th>
      <th className="num">{t('baseline.localWeight')}</th>
      <th className="num">{t('baseline.organicValue')}</th>
      <th className="num">{t('baseline.organicWeight')}</th>
    </>
  );
  const breakdown = (rows: Map<string | null, BaselineFigures>, name: (k: string | null) => string, head: string, testId: string) => (
    <table className="data-table compact-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{head}</th>
          <th className="num">{t('baseline.spend')}</th>
          <th className="num">{t('baseline.kg')}</th>
          {shareHeads}
          <th className="num">{t('baseline.coverageHead')}</th>
        </tr>
      </thead>
      <tbody>
        {[...rows.entries()]
          .sort((a, b) => b[1].valueMinor - a[1].valueMinor)
          .map(([k, v]) => {
            const x = baselineShares(v);
            return (
              <tr key={k ?? ''}>
                <td>{name(k)}</td>
                <td className="num">{f.money(v.valueMinor, plan.meta.currency, 0)}</td>
                <td className="num">{f.number(Math.round(v.kg), 0)}</td>
                {shareCells(x)}
                <td className="num">{share(x.coverageValue)}</td>
              </tr>
            );
          })}
      </tbody>
    </table>
  );

  return (
    <section className="baseline-panel card" data-testid="baseline-panel">
      <h2>{t('baseline.titleYear', { year })}</h2>
      <p className="hint">{t('baseline.intro')}</p>
      <div className="cards">
        {(
          [
            ['localValue', s.localValue],
            ['localWeight', s.localWeight],
            ['organicValue', s.organicValue],
            ['organicWeight', s.organicWeight],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="card stat" data-testid={`baseline-${key}`}>
            <span className="stat-value">{share(value)}</span>
            <span className="stat-label">{t(`baseline.${key}`)}</span>
          </div>
        ))}
      </div>
      <p className="muted" data-testid="baseline-totals">
        {t('baseline.totals', { spend: f.money(total.valueMinor, plan.meta.currency, 0), kg: f.number(Math.round(total.kg), 0), lines: f.number(total.lines, 0) })}{' '}
        {t('baseline.coverage', { share: share(s.coverageValue) })}
        {total.linesWithoutKg > 0 ? ` ${t('baseline.withoutKg', { count: total.linesWithoutKg })}` : ''}
      </p>
      {plan.scenarios.length > 0 ? (
        <>
          <h3>{t('baseline.scenarios')}</h3>
          <table className="data-table compact-table" data-testid="baseline-scenarios">
            <thead>
              <tr>
                <th />
                {shareHeads}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('baseline.where', { year })}</th>
                {shareCells(s)}
              </tr>
              {plan.scenarios.map((sc) => {
                const r = results?.get(sc.id);
                const last = r?.totals.at(-1);
                return (
                  <tr key={sc.id}>
                    <th scope="row">{last ? t('baseline.scenarioTo', { name: sc.name, year: last.year }) : sc.name}</th>
                    {last ? (
                      <>
                        <td className="num">{share(localShareValue(last))}</td>
                        <td className="num">{share(localShareWeight(last))}</td>
                        <td className="num">{share(organicShareValue(last))}</td>
                        <td className="num">{share(organicShareWeight(last))}</td>
                      </>
                    ) : (
                      <td colSpan={4} className="muted">
                        {t('baseline.computing')}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
      <details>
        <summary>{t('baseline.byOrganisation')}</summary>
        {breakdown(byOrg, (k) => (k === null ? t('baseline.unassigned') : (orgName.get(k) ?? k)), t('baseline.organisation'), 'baseline-by-organisation')}
      </details>
      <details>
        <summary>{t('baseline.byCategory')}</summary>
        {breakdown(byCat, (k) => (k === null ? t('baseline.uncategorised') : (catName.get(k) ?? k)), t('baseline.category'), 'baseline-by-category')}
      </details>
    </section>
  );
}
