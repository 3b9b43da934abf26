import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../shared/ipc-contract';
import { getDatabase } from '../db/database';
import { readSettings } from '../db/settings';
import { backUpNow, restoreBackup } from '../data/backups';
import { useFormatter } from '../format/useFormatter';
import { getPlatform } from '../platform';
import { useAppStore } from '../state/appStore';

/**
 * Backups of the open plan. Desktop: the rolling automatic backups on disk, with restore (the
 * current plan is backed up first, so a restore can be taken back). Web: when the plan was last
 * saved as a plan file, which is the web build's backup.
 */
export function BackupsSection({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const notify = useAppStore((s) => s.notify);
  const backups = getPlatform().backups;
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [lastExport, setLastExport] = useState<string | null | undefined>(undefined);
  const [confirming, setConfirming] = useState<string | null>(null);

  const refresh = useCallback(() => {
    if (backups) void backups.list(workspaceId).then(setEntries, () => setEntries([]));
    else void readSettings(getDatabase()).then((s) => setLastExport(s.lastExports[workspaceId] ?? null));
  }, [backups, workspaceId]);
  useEffect(refresh, [refresh]);

  if (!backups) {
    return (
      <section className="card" data-testid="backups">
        <h2>{t('backups.title')}</h2>
        <p>{lastExport ? t('backups.lastExport', { date: f.dateTime(lastExport) }) : t('backups.neverExported')}</p>
        <p className="hint">{t('backups.webHint')}</p>
      </section>
    );
  }
  return (
    <section className="card" data-testid="backups">
      <h2>{t('backups.title')}</h2>
      <p className="hint">{t('backups.desktopHint')}</p>
      <button
        type="button"
        onClick={() =>
          void backUpNow(workspaceId).then(
            () => {
              notify('success', 'backups.done');
              refresh();
            },
            () => notify('error', 'backups.failed'),
          )
        }
        data-testid="backup-now"
      >
        {t('backups.now')}
      </button>
      {entries && entries.length ? (
        <table className="data-table compact-table" data-testid="backups-table">
          <caption className="visually-hidden">{t('backups.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backups.when')}</th>
              <th scope="col" className="num">
                {t('backups.size')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('welcome.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.fileName}>
                <td>{f.dateTime(e.createdAt)}</td>
                <td className="num">{t('backups.kib', { value: f.number(e.size / 1024, 0) })}</td>
                <td className="row-actions">
                  {confirming === e.fileName ? (
                    <>
                      <span role="alert">{t('backups.restoreConfirm', { when: f.dateTime(e.createdAt) })}</span>
                      <button
                        type="button"
                        className="danger"
                        data-testid="backup-restore-confirm"
                        onClick={() =>
                          void restoreBackup(workspaceId, e.fileName).then(
                            (r) => {
                              setConfirming(null);
                              notify(r === 'restored' ? 'success' : 'error', r === 'restored' ? 'backups.restored' : 'backups.invalid');
                              refresh();
                            },
                            () => notify('error', 'backups.failed'),
                          )
                        }
                      >
                        {t('backups.restoreYes')}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('actions.cancel')}
                      </button>
                    </>
                  ) : (
                    <button type="button" onClick={() => setConfirming(e.fileName)} data-testid="backup-restore">
                      {t('backups.restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('backups.none')}</p>
      )}
    </section>
  );
}
