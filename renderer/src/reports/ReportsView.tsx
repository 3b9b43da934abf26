import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/model/types';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { hashFor } from '../app/views';
import { usePlan } from '../data/PlanProvider';
import { PlanIssuesList } from '../results/PlanIssuesList';
import { NoPlan } from '../views/NoPlan';
import { ReportActions } from './ReportActions';
import { ReportPicker } from './ReportPicker';
import { useReport } from './useReport';
import { useReportSelection } from './useReportSelection';
import '../styles/reports.css';

// The report draws charts with recharts: loaded with the report, not with the app.
const ReportDocument = lazy(() => import('./ReportDocument').then((m) => ({ default: m.ReportDocument })));

/** #/reports: choose what goes into the council report, preview it, export it. */
export function ReportsView() {
  const { t } = useTranslation();
  const plan = usePlan();
  if (plan === undefined) return <PageHeader title={t('nav.reports')} />;
  if (plan === null) return <NoPlan title={t('nav.reports')} />;
  if (plan.scenarios.length === 0) {
    return (
      <>
        <PageHeader title={t('nav.reports')} intro={t('reports.intro')} />
        <EmptyState
          title={t('reports.noScenariosTitle')}
          action={
            <a className="button primary" href={hashFor('scenarios')}>
              {t('nav.scenarios')}
            </a>
          }
        >
          <p>{t('reports.noScenarios')}</p>
        </EmptyState>
      </>
    );
  }
  return <Reports key={plan.meta.id} plan={plan} />;
}

function Reports({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [choices, setChoices] = useReportSelection(plan);
  const report = useReport(plan, choices);
  const tooFew = choices.scenarioIds.length < Math.min(2, plan.scenarios.length);
  const noOrganisation = choices.organisationIds.length === 0;
  return (
    <div className="reports-view">
      <div className="reports-controls">
        <PageHeader title={t('nav.reports')} intro={t('reports.intro')} />
        <section className="card" aria-labelledby="report-choices-title">
          <h2 id="report-choices-title">{t('reports.picker.title')}</h2>
          <ReportPicker plan={plan} choices={choices} onChange={setChoices} />
          {tooFew ? <p className="field-error">{t('reports.picker.tooFew')}</p> : null}
          {noOrganisation ? <p className="field-error">{t('reports.picker.noOrganisation')}</p> : null}
          <ReportActions
            plan={plan}
            results={report.results}
            model={tooFew || noOrganisation ? null : report.model}
            content={tooFew || noOrganisation ? null : report.content}
            reportT={report.t}
            reportF={report.f}
            language={choices.language}
          />
        </section>
        <h2 className="report-preview-title">{t('reports.preview')}</h2>
      </div>
      {report.issues.length ? <PlanIssuesList plan={plan} issues={report.issues} /> : null}
      {report.model && report.content && !tooFew && !noOrganisation ? (
        <Suspense fallback={<p className="muted">{t('reports.computing')}</p>}>
          <div className={report.computing ? 'report-stale' : undefined} aria-busy={report.computing}>
            <ReportDocument plan={plan} model={report.model} content={report.content} t={report.t} f={report.f} fileBase={plan.meta.name} />
          </div>
        </Suspense>
      ) : report.issues.length ? null : (
        <p className="muted" data-testid="report-computing">
          {t('reports.computing')}
        </p>
      )}
    </div>
  );
}
