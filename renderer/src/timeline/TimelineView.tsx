import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/model/types';
import { hashFor } from '../app/views';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { usePlan } from '../data/PlanProvider';
import { useScenarioResults } from '../engine/useScenarioResults';
import { PlanIssuesList } from '../results/PlanIssuesList';
import { localTargetReachedYear } from '../results/targetReach';
import { useSelectedScenario } from '../scenarios/useSelectedScenario';
import { NoPlan } from '../views/NoPlan';
import { ContractAxis } from './ContractAxis';
import { contractRows } from './contractRows';
import { ContractTable } from './ContractTable';
import { TargetReach } from './TargetReach';
import { timeScale } from './timeScale';
import '../styles/analysis.css';

/** Contracts on a time axis (#/timeline), when re-tendering must start, and when targets become reachable. */
export function TimelineView() {
  const { t } = useTranslation();
  const plan = usePlan();
  if (plan === undefined) return <PageHeader title={t('nav.timeline')} />;
  if (plan === null) return <NoPlan title={t('nav.timeline')} />;
  return (
    <>
      <PageHeader title={t('nav.timeline')} intro={t('views.timeline.intro')} />
      {plan.scenarios.length === 0 ? (
        <EmptyState
          title={t('timeline.noScenariosTitle')}
          action={
            <a className="button primary" href={hashFor('scenarios')}>
              {t('nav.scenarios')}
            </a>
          }
        >
          <p>{t('timeline.noScenarios')}</p>
        </EmptyState>
      ) : (
        <TimelineWorkspace plan={plan} />
      )}
    </>
  );
}

function TimelineWorkspace({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const ids = useMemo(() => plan.scenarios.map((s) => s.id), [plan]);
  const { results, issues } = useScenarioResults(plan, ids);
  const selected = useSelectedScenario(plan)!;
  const first = results?.get(ids[0]!);
  const rows = first ? contractRows(plan, first.contracts, first.warnings) : [];
  const years = plan.scenarios.flatMap((s) => [s.startYear, s.startYear + s.years - 1]);
  const scale = first ? timeScale(first.contracts, years, plan.meta.planDate) : null;
  const reach = plan.scenarios.map((scenario) => {
    const r = results?.get(scenario.id);
    return { scenario, year: r ? localTargetReachedYear(r) : null };
  });
  return (
    <>
      {issues.length ? <PlanIssuesList plan={plan} issues={issues} /> : null}
      {!results || !scale ? (
        issues.length ? null : (
          <p className="muted" role="status">
            {t('results.computing')}
          </p>
        )
      ) : (
        <>
          <section className="card" aria-labelledby="timeline-contracts-title">
            <h2 id="timeline-contracts-title">{t('timeline.contractsTitle')}</h2>
            {rows.length === 0 ? (
              <EmptyState
                title={t('views.timeline.emptyTitle')}
                action={
                  <a className="button" href="#/suppliers/contracts">
                    {t('timeline.toContracts')}
                  </a>
                }
              >
                <p>{t('views.timeline.empty')}</p>
              </EmptyState>
            ) : null}
            <ContractAxis rows={rows} scale={scale} planDate={plan.meta.planDate} reach={reach} />
            {rows.length ? <ContractTable plan={plan} rows={rows} /> : null}
          </section>
          <TargetReach plan={plan} results={results} selected={selected} />
        </>
      )}
    </>
  );
}
