import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/model/enums';
import { PageHeader } from '../components/PageHeader';
import { getDatabase } from '../db/database';
import { estimateStorage, type StorageEstimate } from '../db/persistence';
import { writeSetting } from '../db/settings';
import { useWorkspaceRow } from '../data/hooks';
import { useFormatter } from '../format/useFormatter';
import { changeLanguage } from '../i18n';
import { findDemo, resetDemo } from '../data/demoActions';
import { BackupsSection } from './BackupsSection';
import { getPlatform } from '../platform';
import { useAppStore } from '../state/appStore';
import { storageMessageKey } from '../db/errors';

export async function switchLanguage(language: Language): Promise<void> {
  await changeLanguage(language);
  useAppStore.getState().setLanguage(language);
  getPlatform().setLanguage(language);
  await writeSetting(getDatabase(), 'language', language);
}

export function SettingsView() {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const persistence = useAppStore((s) => s.persistence);
  const ws = useWorkspaceRow();
  const [version, setVersion] = useState('');
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    void getPlatform().appVersion().then(setVersion);
    void estimateStorage().then(setEstimate);
  }, []);

  return (
    <>
      <PageHeader title={t('nav.settings')} />
      <section className="card form">
        <h2>{t('settings.languageTitle')}</h2>
        <div className="field">
          <label htmlFor="settings-language">{t('settings.language')}</label>
          <select
            id="settings-language"
            data-testid="language-select"
            value={language}
            onChange={(e) => void switchLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
          <p className="hint">{t('settings.languageHint')}</p>
        </div>
      </section>
      {ws ? (
        <section className="card">
          <h2>{t('settings.planTitle')}</h2>
          <dl className="facts">
            <dt>{t('header.plan')}</dt>
            <dd>{ws.meta.name}</dd>
            <dt>{t('fields.country')}</dt>
            <dd>{t(`countries.${ws.meta.country}`)}</dd>
            <dt>{t('header.currency')}</dt>
            <dd>{ws.meta.currency}</dd>
            <dt>{t('settings.planDate')}</dt>
            <dd>{f.date(ws.meta.planDate)}</dd>
            <dt>{t('settings.createdAt')}</dt>
            <dd>{f.dateTime(ws.createdAt)}</dd>
          </dl>
        </section>
      ) : null}
      {ws ? <BackupsSection workspaceId={ws.id} /> : null}
      {ws?.origin.kind === 'demo' ? <DemoReset workspaceId={ws.id} demoId={ws.origin.demoId} /> : null}
      <section className="card">
        <h2>{t('settings.tourTitle')}</h2>
        <p className="muted">{t('settings.tourIntro')}</p>
        <button type="button" onClick={() => useAppStore.getState().startTour()} data-testid="tour-replay">
          {t('settings.tourReplay')}
        </button>
      </section>
      <section className="card">
        <h2>{t('settings.storageTitle')}</h2>
        <p data-testid="storage-persistence">{t(`settings.persistence.${persistence ?? 'unsupported'}`)}</p>
        {estimate ? (
          <p className="muted">
            {t('settings.storageUsage', {
              used: f.number(estimate.usageBytes / 1048576, 1),
              quota: f.number(estimate.quotaBytes / 1048576, 0),
            })}
          </p>
        ) : null}
      </section>
      <section className="card">
        <h2>{t('settings.aboutTitle')}</h2>
        <p>{t('settings.about', { version })}</p>
        <p className="muted">{t(`settings.shell.${getPlatform().shell}`)}</p>
      </section>
    </>
  );
}

/** Puts a demo plan back as it shipped, after asking. */
function DemoReset({ workspaceId, demoId }: { workspaceId: string; demoId: string }) {
  const { t } = useTranslation();
  const notify = useAppStore((s) => s.notify);
  const [confirming, setConfirming] = useState(false);
  const demo = findDemo(demoId);
  if (!demo) return null;
  return (
    <section className="card">
      <h2>{t('settings.demoTitle')}</h2>
      <p className="muted">{t('settings.demoIntro')}</p>
      {confirming ? (
        <p role="alert">
          {t('settings.demoResetConfirm')}{' '}
          <button
            type="button"
            className="danger"
            data-testid="demo-reset-confirm"
            onClick={() =>
              void resetDemo(workspaceId, demo).then(
                () => {
                  setConfirming(false);
                  notify('success', 'settings.demoResetDone');
                },
                (error: unknown) => notify('error', storageMessageKey(error)),
              )
            }
          >
            {t('settings.demoResetYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('actions.cancel')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} data-testid="demo-reset">
          {t('settings.demoReset')}
        </button>
      )}
    </section>
  );
}
