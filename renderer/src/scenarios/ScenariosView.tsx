import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCENARIO_KINDS, type ScenarioKind } from '../../../shared/model/enums';
import type { Plan, Scenario } from '../../../shared/model/types';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { usePlan } from '../data/PlanProvider';
import { newId } from '../data/ids';
import { useScenarioResults } from '../engine/useScenarioResults';
import { PlanIssuesList } from '../results/PlanIssuesList';
import { WarningsList } from '../results/WarningsList';
import { YearFigures } from '../results/YearFigures';
import { useAppStore } from '../state/appStore';
import { NoPlan } from '../views/NoPlan';
import { BasicsSection } from './BasicsSection';
import { PartnershipSection } from './PartnershipSection';
import { PricesSection } from './PricesSection';
import { RegionalSection } from './RegionalSection';
import { memoSection } from './memoSection';
import { deleteScenario, newScenario, saveScenario } from './scenarioActions';
import { SupplierMixSection } from './SupplierMixSection';
import { TrajectoryEditor } from './TrajectoryEditor';
import { useScenarioDraft } from './useScenarioDraft';
import { useSelectedScenario, useSelectedYear } from './useSelectedScenario';
import { WhatIfPanel } from './WhatIfPanel';

const Basics = memoSection(BasicsSection, ['name', 'kind', 'startYear', 'years', 'priceIndex', 'tenderCostMinor', 'contractYears', 'rationing', 'priorityIds']);
const Prices = memoSection(PricesSection, ['priceIndex', 'categoryPriceIndex', 'priceShocks', 'startYear']);
const Regional = memoSection(RegionalSection, ['regional']);
const Partnership = memoSection(PartnershipSection, ['partnership']);
const SupplierMix = memoSection(SupplierMixSection, ['excludedSupplierIds', 'includedCandidateIds', 'fixedShares']);
const TrajectoryChart = lazy(() => import('../results/TrajectoryChart'));
const GoalSeekPanel = lazy(() => import('../results/GoalSeekPanel'));
const SensitivityPanel = lazy(() => import('../results/SensitivityPanel'));

export function ScenariosView() {
  const { t } = useTranslation();
  const plan = usePlan();
  const selected = useSelectedScenario(plan);
  if (plan === undefined) return <PageHeader title={t('nav.scenarios')} />;
  if (plan === null) return <NoPlan title={t('nav.scenarios')} />;
  return (
    <>
      <PageHeader title={t('nav.scenarios')} intro={t('views.scenarios.intro')} actions={<NewScenario plan={plan} />} />
      {plan.scenarios.length === 0 || !selected ? (
        <EmptyState title={t('views.scenarios.emptyTitle')}>
          <p>{t('scenarios.emptyBody')}</p>
        </EmptyState>
      ) : (
        <div className="scenarios-layout">
          <ScenarioList plan={plan} selected={selected} />
          <ScenarioWorkspace key={selected.id} plan={plan} scenario={selected} />
        </div>
      )}
    </>
  );
}

function NewScenario({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ScenarioKind>('municipal');
  const setScenarioId = useAppStore((s) => s.setScenarioId);
  return (
    <div className="new-scenario">
      <div className="field compact">
        <label htmlFor="new-scenario-kind">{t('scenarios.newKind')}</label>
        <select id="new-scenario-kind" value={kind} onChange={(e) => setKind(e.target.value as ScenarioKind)} data-testid="new-scenario-kind">
          {SCENARIO_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`scenarios.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="primary"
        data-testid="new-scenario"
        onClick={() => {
          const s = newScenario(plan, kind, t(`scenarios.newNames.${kind}`));
          void saveScenario(plan.meta.id, s, 'history.addScenario').then(() => setScenarioId(s.id));
        }}
      >
        {t('scenarios.create')}
      </button>
    </div>
  );
}

function ScenarioList({ plan, selected }: { plan: Plan; selected: Scenario }) {
  const { t } = useTranslation();
  const setScenarioId = useAppStore((s) => s.setScenarioId);
  return (
    <nav className="scenario-list card" aria-label={t('scenarios.listLabel')}>
      <ul>
        {plan.scenarios.map((s) => (
          <li key={s.id}>
            <button type="button" aria-current={s.id === selected.id ? 'true' : undefined} onClick={() => setScenarioId(s.id)} data-testid={`scenario-item-${s.id}`}>
              <span className="scenario-name">{s.name}</span>
              <span className={`badge kind-${s.kind}`}>{t(`scenarios.kinds.${s.kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="scenario-list-actions">
        <button
          type="button"
          onClick={() => {
            const copy = { ...structuredClone(selected), id: newId('scenario'), name: t('grid.copyOf', { name: selected.name }) };
            void saveScenario(plan.meta.id, copy, 'history.duplicateScenario').then(() => setScenarioId(copy.id));
          }}
          data-testid="scenario-duplicate"
        >
          {t('grid.duplicate')}
        </button>
        <button type="button" className="danger" onClick={() => void deleteScenario(plan.meta.id, selected)} data-testid="scenario-delete">
          {t('grid.delete')}
        </button>
      </div>
    </nav>
  );
}

/** One scenario: its figures for a year, the what-if controls, warnings, and every setting. */
function ScenarioWorkspace({ plan, scenario }: { plan: Plan; scenario: Scenario }) {
  const { t } = useTranslation();
  const { current, draft, update, flush, commitNow } = useScenarioDraft(plan.meta.id, scenario);
  const setLocalTarget = useCallback((localTarget: Scenario['localTarget']) => commitNow((s) => ({ ...s, localTarget })), [commitNow]);
  const setOrganicTarget = useCallback((organicTarget: Scenario['organicTarget']) => commitNow((s) => ({ ...s, organicTarget })), [commitNow]);
  const overrides = useMemo(() => (draft ? [draft] : []), [draft]);
  const ids = useMemo(() => [scenario.id], [scenario.id]);
  const { results, issues, computing, ms } = useScenarioResults(plan, ids, overrides, 'figures');
  const result = results?.get(scenario.id);
  const year = useSelectedYear(current);
  const setYear = useAppStore((s) => s.setYear);
  const years = Array.from({ length: current.years }, (_, i) => current.startYear + i);
  // The analyses run several evaluations each: only while their section is open.
  const [showGoalSeek, setShowGoalSeek] = useState(false);
  const [showSensitivity, setShowSensitivity] = useState(false);

  return (
    <div className="scenario-main" data-testid="scenario-workspace">
      <div className="scenario-toolbar">
        <h2 className="scenario-title">{current.name}</h2>
        <div className="field compact">
          <label htmlFor="scenario-year">{t('fields.year')}</label>
          <select id="scenario-year" value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="scenario-year">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <span className="muted computing" role="status" aria-live="polite" data-testid="engine-status">
          {computing ? t('results.computing') : ms !== null ? t('results.computedIn', { ms: ms < 1 ? '<1' : Math.round(ms) }) : ''}
        </span>
      </div>
      {issues.length ? <PlanIssuesList plan={plan} issues={issues} /> : null}
      {result && year !== undefined ? <YearFigures result={result} year={year} /> : null}
      <div className="scenario-columns">
        <WhatIfPanel plan={plan} scenario={current} update={update} flush={flush} />
        <section className="card" aria-label={t('results.trajectoryTitle', { basis: '' })}>
          {result ? (
            <Suspense fallback={<p className="muted">{t('results.loadingChart')}</p>}>
              <TrajectoryChart result={result} />
            </Suspense>
          ) : null}
        </section>
      </div>
      {result ? (
        <section className="card" aria-labelledby="warnings-title">
          <h2 id="warnings-title">{t('results.warningsTitle')}</h2>
          <WarningsList plan={plan} warnings={result.warnings} counts={result.warningCounts} />
        </section>
      ) : null}
      {year !== undefined ? (
        <>
          <details className="card section" onToggle={(e) => setShowGoalSeek(e.currentTarget.open)} data-testid="goal-seek-section">
            <summary>{t('goalSeek.title')}</summary>
            {showGoalSeek ? (
              <Suspense fallback={<p className="muted">{t('results.computing')}</p>}>
                <GoalSeekPanel plan={plan} scenario={current} year={year} draft={draft} />
              </Suspense>
            ) : null}
          </details>
          <details className="card section" onToggle={(e) => setShowSensitivity(e.currentTarget.open)} data-testid="sensitivity-section">
            <summary>{t('sensitivity.title')}</summary>
            {showSensitivity ? (
              <Suspense fallback={<p className="muted">{t('results.computing')}</p>}>
                <SensitivityPanel plan={plan} scenario={current} year={year} draft={draft} />
              </Suspense>
            ) : null}
          </details>
        </>
      ) : null}
      <details className="card section" open>
        <summary>{t('scenarios.sections.basics')}</summary>
        <Basics plan={plan} scenario={current} onChange={commitNow} />
      </details>
      <details className="card section">
        <summary>{t('scenarios.sections.targets')}</summary>
        <TrajectoryEditor
          title={t('scenarios.localTarget')}
          trajectory={current.localTarget}
          onChange={setLocalTarget}
          categories={plan.foodCategories}
          startYear={current.startYear}
          idPrefix="local"
        />
        <TrajectoryEditor
          title={t('scenarios.organicTarget')}
          trajectory={current.organicTarget}
          onChange={setOrganicTarget}
          categories={plan.foodCategories}
          startYear={current.startYear}
          idPrefix="organic"
        />
      </details>
      <details className="card section">
        <summary>{t('scenarios.sections.prices')}</summary>
        <Prices plan={plan} scenario={current} onChange={commitNow} />
      </details>
      {current.kind === 'regional' ? (
        <details className="card section" open>
          <summary>{t('scenarios.sections.regional')}</summary>
          <Regional plan={plan} scenario={current} onChange={commitNow} />
        </details>
      ) : null}
      {current.kind === 'partnership' ? (
        <details className="card section" open>
          <summary>{t('scenarios.sections.partnership')}</summary>
          <Partnership plan={plan} scenario={current} onChange={commitNow} />
        </details>
      ) : null}
      <details className="card section">
        <summary>{t('scenarios.sections.suppliers')}</summary>
        <SupplierMix plan={plan} scenario={current} onChange={commitNow} />
      </details>
    </div>
  );
}
