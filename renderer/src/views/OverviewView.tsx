import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader';
import { useWorkspaceRow } from '../data/hooks';
import { usePlan } from '../data/PlanProvider';
import { findDemo } from '../data/demoActions';
import { useScenarioResults } from '../engine/useScenarioResults';
import { hashFor, type ViewId } from '../app/views';
import { PlanIssuesList } from '../results/PlanIssuesList';
import { YearFigures } from '../results/YearFigures';
import { useSelectedScenario, useSelectedYear } from '../scenarios/useSelectedScenario';
import { useAppStore } from '../state/appStore';
import { DemoNote } from './DemoNote';
import { WelcomeView } from './WelcomeView';

/** The open plan at a glance: the chosen scenario's key figures for a year, each linked to its inputs. */
export function OverviewView() {
  const { t } = useTranslation();
  const plan = usePlan();
  const ws = useWorkspaceRow();
  const scenario = useSelectedScenario(plan);
  const year = useSelectedYear(scenario);
  const setScenarioId = useAppStore((s) => s.setScenarioId);
  const setYear = useAppStore((s) => s.setYear);
  const ids = useMemo(() => (scenario ? [scenario.id] : []), [scenario]);
  const { results, issues } = useScenarioResults(plan, ids);
  if (plan === undefined) return <PageHeader title={t('nav.overview')} />;
  if (plan === null) return <WelcomeView />;
  const demo = ws?.origin.kind === 'demo' ? findDemo(ws.origin.demoId) : undefined;
  const result = scenario ? results?.get(scenario.id) : undefined;
  const steps: { view: ViewId; done: boolean; key: 'organisations' | 'kitchens' | 'suppliers' | 'scenarios' }[] = [
    { view: 'organisations', done: plan.organisations.length > 0, key: 'organisations' },
    { view: 'kitchens', done: plan.kitchens.length > 0, key: 'kitchens' },
    { view: 'suppliers', done: plan.suppliers.length > 0, key: 'suppliers' },
    { view: 'scenarios', done: plan.scenarios.length > 0, key: 'scenarios' },
  ];
  return (
    <>
      <PageHeader title={plan.meta.name} intro={t('overview.intro')} />
      {scenario && year !== undefined ? (
        <div className="overview-pickers">
          <div className="field compact">
            <label htmlFor="overview-scenario">{t('overview.scenario')}</label>
            <select id="overview-scenario" value={scenario.id} onChange={(e) => setScenarioId(e.target.value)} data-testid="overview-scenario">
              {plan.scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field compact">
            <label htmlFor="overview-year">{t('fields.year')}</label>
            <select id="overview-year" value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="overview-year">
              {Array.from({ length: scenario.years }, (_, i) => scenario.startYear + i).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      {issues.length ? <PlanIssuesList plan={plan} issues={issues} /> : null}
      {result && year !== undefined ? <YearFigures result={result} year={year} /> : null}
      {demo ? <DemoNote demo={demo} plan={plan} /> : null}
      <section className="cards" aria-label={t('overview.counts')}>
        {(['organisations', 'kitchens', 'suppliers', 'scenarios'] as const).map((k) => (
          <a key={k} className="stat card" href={hashFor(k)} data-testid={`stat-${k}`}>
            <span className="stat-value">{plan[k].length}</span>
            <span className="stat-label">{t(`nav.${k}`)}</span>
          </a>
        ))}
      </section>
      {steps.some((s) => !s.done) ? (
        <section className="card">
          <h2>{t('overview.nextSteps')}</h2>
          <ol className="checklist">
            {steps.map((s) => (
              <li key={s.key} className={s.done ? 'done' : ''}>
                <a href={hashFor(s.view)}>{t(`overview.step.${s.key}`)}</a>
                <span className="muted"> — {s.done ? t('overview.stepDone') : t('overview.stepTodo')}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
