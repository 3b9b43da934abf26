import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/model/types';
import { hashFor } from '../app/views';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { Tabs, useHashTab } from '../components/Tabs';
import { usePlan } from '../data/PlanProvider';
import { useScenarioResults } from '../engine/useScenarioResults';
import { PlanIssuesList } from '../results/PlanIssuesList';
import type { Period } from '../results/period';
import { useAppStore } from '../state/appStore';
import { NoPlan } from '../views/NoPlan';
import { CapacityPanel } from './CapacityPanel';
import { CompareBaseline } from './CompareBaseline';
import { CompareFigures } from './CompareFigures';
import { ComparePicker } from './ComparePicker';
import type { CompareColumn } from './types';
import { useCompareSelection } from './useCompareSelection';
import '../styles/analysis.css';

const TAB_IDS = ['figures', 'capacity'] as const;
const NO_OVERRIDES: never[] = [];

/** Scenarios side by side (#/compare), and their local suppliers' capacity (#/compare/capacity). */
export function CompareView() {
  const { t } = useTranslation();
  const plan = usePlan();
  const tabs = TAB_IDS.map((id) => ({ id, label: t(`compare.tabs.${id}`) }));
  const [tab, setTab] = useHashTab(tabs);
  if (plan === undefined) return <PageHeader title={t('nav.compare')} />;
  if (plan === null) return <NoPlan title={t('nav.compare')} />;
  return (
    <>
      <PageHeader title={t('nav.compare')} intro={t('views.compare.intro')} />
      {plan.scenarios.length < 2 ? (
        <EmptyState
          title={t('views.compare.emptyTitle')}
          action={
            <a className="button primary" href={hashFor('scenarios')}>
              {t('nav.scenarios')}
            </a>
          }
        >
          <p>{t('views.compare.empty')}</p>
        </EmptyState>
      ) : (
        <CompareWorkspace plan={plan} tab={tab as (typeof TAB_IDS)[number]} tabs={<Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t('nav.compare')} />} />
      )}
    </>
  );
}

function CompareWorkspace({ plan, tab, tabs }: { plan: Plan; tab: (typeof TAB_IDS)[number]; tabs: ReactNode }) {
  const { t } = useTranslation();
  const { ids, toggle } = useCompareSelection(plan);
  const { results, issues, computing, ms } = useScenarioResults(plan, ids, NO_OVERRIDES, 'compare');
  const storedYear = useAppStore((s) => s.year);
  const setYear = useAppStore((s) => s.setYear);
  const [horizon, setHorizon] = useState(false);
  const chosen = useMemo(() => plan.scenarios.filter((s) => ids.includes(s.id)), [plan, ids]);
  const years = useMemo(() => [...new Set(chosen.flatMap((s) => Array.from({ length: s.years }, (_, i) => s.startYear + i)))].sort((a, b) => a - b), [chosen]);
  const year = storedYear !== null && years.includes(storedYear) ? storedYear : years[0];
  const period: Period = horizon || year === undefined ? 'horizon' : year;
  const columns: CompareColumn[] = chosen.flatMap((scenario) => {
    const result = results?.get(scenario.id);
    return result ? [{ scenario, result }] : [];
  });
  const periodLabel = period === 'horizon' ? t('compare.period.horizonLabel') : t('compare.period.yearLabel', { year: period });
  return (
    <>
      <ComparePicker
        plan={plan}
        ids={ids}
        toggle={toggle}
        years={years}
        period={period}
        onPeriod={(p) => {
          setHorizon(p === 'horizon');
          if (p !== 'horizon') setYear(p);
        }}
      />
      <p className="muted computing" role="status" aria-live="polite" data-testid="engine-status">
        {computing ? t('results.computing') : ms !== null ? t('results.computedIn', { ms: ms < 1 ? '<1' : Math.round(ms) }) : ''}
      </p>
      {tabs}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel" data-testid={`compare-panel-${tab}`}>
        {issues.length ? <PlanIssuesList plan={plan} issues={issues} /> : null}
        {columns.length >= 2 ? (
          tab === 'capacity' ? (
            <CapacityPanel plan={plan} columns={columns} period={period} periodLabel={periodLabel} />
          ) : (
            <>
              <CompareFigures plan={plan} columns={columns} period={period} periodLabel={periodLabel} />
              <CompareBaseline plan={plan} />
            </>
          )
        ) : issues.length ? null : (
          <p className="muted">{t('results.computing')}</p>
        )}
      </div>
    </>
  );
}
