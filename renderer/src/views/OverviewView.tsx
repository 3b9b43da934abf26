import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader';
import { usePlan } from '../data/hooks';
import { hashFor, type ViewId } from '../app/views';
import { useAppStore } from '../state/appStore';
import { NewPlanForm } from './NewPlanForm';
import type { Country } from '../../../shared/model/enums';

const COUNTRY_OF_LANGUAGE: Record<string, Country> = { sv: 'SE', da: 'DK', fi: 'FI', en: 'SE' };

/** The open plan at a glance; without a plan, how to start one. */
export function OverviewView() {
  const { t } = useTranslation();
  const plan = usePlan();
  const language = useAppStore((s) => s.language);
  if (plan === undefined) return <PageHeader title={t('nav.overview')} />;
  if (plan === null) {
    return (
      <>
        <PageHeader title={t('welcome.title')} intro={t('welcome.intro')} />
        <NewPlanForm defaultCountry={COUNTRY_OF_LANGUAGE[language] ?? 'SE'} />
      </>
    );
  }
  const steps: { view: ViewId; done: boolean; key: 'organisations' | 'kitchens' | 'suppliers' | 'scenarios' }[] = [
    { view: 'organisations', done: plan.organisations.length > 0, key: 'organisations' },
    { view: 'kitchens', done: plan.kitchens.length > 0, key: 'kitchens' },
    { view: 'suppliers', done: plan.suppliers.length > 0, key: 'suppliers' },
    { view: 'scenarios', done: plan.scenarios.length > 0, key: 'scenarios' },
  ];
  return (
    <>
      <PageHeader title={t('nav.overview')} intro={t('overview.intro')} />
      <section className="cards" aria-label={t('overview.counts')}>
        <div className="stat card" data-testid="stat-organisations">
          <span className="stat-value">{plan.organisations.length}</span>
          <span className="stat-label">{t('nav.organisations')}</span>
        </div>
        <div className="stat card" data-testid="stat-kitchens">
          <span className="stat-value">{plan.kitchens.length}</span>
          <span className="stat-label">{t('nav.kitchens')}</span>
        </div>
        <div className="stat card" data-testid="stat-suppliers">
          <span className="stat-value">{plan.suppliers.length}</span>
          <span className="stat-label">{t('nav.suppliers')}</span>
        </div>
        <div className="stat card" data-testid="stat-scenarios">
          <span className="stat-value">{plan.scenarios.length}</span>
          <span className="stat-label">{t('nav.scenarios')}</span>
        </div>
      </section>
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
    </>
  );
}
