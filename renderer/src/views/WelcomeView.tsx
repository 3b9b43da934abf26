import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMOS } from '../../../shared/demos';
import type { Country } from '../../../shared/model/enums';
import { PageHeader } from '../components/PageHeader';
import { getDatabase } from '../db/database';
import { listWorkspaces } from '../db/workspaces';
import { openDemo } from '../data/demoActions';
import { openWorkspace } from '../data/workspaceActions';
import { deleteWorkspace } from '../db/workspaces';
import { useFormatter } from '../format/useFormatter';
import { tDynamic } from '../i18n/dynamic';
import { useAppStore } from '../state/appStore';
import { navigateTo } from '../app/views';
import { NewPlanForm } from './NewPlanForm';
import { OpenPlanFileButton } from './OpenPlanFileButton';
import { storageMessageKey } from '../db/errors';

const COUNTRY_OF_LANGUAGE: Record<string, Country> = { sv: 'SE', da: 'DK', fi: 'FI', en: 'SE' };

/** The first screen: open a demo, start an empty plan, open a plan file, or reopen a plan. */
export function WelcomeView() {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const notify = useAppStore((s) => s.notify);
  const startTour = useAppStore((s) => s.startTour);
  const plans = useLiveQuery(() => listWorkspaces(getDatabase()), []);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  async function open(demoId: string) {
    const demo = DEMOS.find((d) => d.id === demoId);
    if (!demo) return;
    try {
      await openDemo(demo);
      navigateTo('overview');
      if (!useAppStore.getState().tourDone) startTour();
    } catch (error) {
      notify('error', storageMessageKey(error));
    }
  }

  return (
    <>
      <PageHeader title={t('welcome.title')} intro={t('welcome.intro')} />
      <section aria-labelledby="demos-title" className="welcome-section">
        <h2 id="demos-title">{t('welcome.demosTitle')}</h2>
        <p className="muted">{t('welcome.demosIntro')}</p>
        <div className="demo-cards">
          {DEMOS.map((demo) => (
            <article key={demo.id} className="card demo-card" aria-labelledby={`demo-${demo.id}`}>
              <h3 id={`demo-${demo.id}`}>{tDynamic(t, `demos.${demo.id}.title`)}</h3>
              <p>{tDynamic(t, `demos.${demo.id}.summary`)}</p>
              <p className="muted">
                {t(`countries.${demo.country}`)} · {t(`currencyOf.${demo.country}`)}
              </p>
              <button type="button" className="primary" onClick={() => void open(demo.id)} data-testid={`demo-open-${demo.id}`}>
                {t('welcome.openDemo')}
              </button>
            </article>
          ))}
        </div>
      </section>
      <div className="welcome-columns">
        <NewPlanForm defaultCountry={COUNTRY_OF_LANGUAGE[language] ?? 'SE'} />
        <section className="card" aria-labelledby="open-file-title">
          <h2 id="open-file-title">{t('welcome.openFileTitle')}</h2>
          <p className="muted">{t('welcome.openFileIntro')}</p>
          <OpenPlanFileButton />
        </section>
      </div>
      {plans && plans.length ? (
        <section className="card" aria-labelledby="plans-title">
          <h2 id="plans-title">{t('welcome.plansTitle')}</h2>
          <table className="data-table" data-testid="plans-table">
            <caption className="visually-hidden">{t('welcome.plansTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.country')}</th>
                <th scope="col">{t('welcome.lastSaved')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('welcome.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.meta.name}
                    {p.origin.kind === 'demo' ? <span className="badge badge-demo">{t('welcome.demoBadge')}</span> : null}
                  </td>
                  <td>{t(`countries.${p.meta.country}`)}</td>
                  <td>{f.dateTime(p.updatedAt)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      onClick={() => void openWorkspace(p.id).then(() => (navigateTo('overview')))}
                      data-testid={`plan-open-${p.id}`}
                    >
                      {t('welcome.open')}
                    </button>
                    {confirmDelete === p.id ? (
                      <>
                        <span role="alert">{t('welcome.deleteConfirm', { name: p.meta.name })}</span>
                        <button
                          type="button"
                          className="danger"
                          onClick={() =>
                            void deleteWorkspace(getDatabase(), p.id).then(async () => {
                              setConfirmDelete(null);
                              if (useAppStore.getState().workspaceId === p.id) await openWorkspace(null);
                              notify('info', 'welcome.deleted', { name: p.meta.name });
                            })
                          }
                        >
                          {t('welcome.deleteYes')}
                        </button>
                        <button type="button" onClick={() => setConfirmDelete(null)}>
                          {t('actions.cancel')}
                        </button>
                      </>
                    ) : (
                      <button type="button" className="link" onClick={() => setConfirmDelete(p.id)}>
                        {t('welcome.delete')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
