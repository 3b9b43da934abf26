import { useTranslation } from 'react-i18next';
import type { StorageErrorCode } from '../db/errors';

/** Shown instead of the app when the browser refuses the database: nothing can be kept without it. */
export function StorageUnavailable({ code }: { code: StorageErrorCode }) {
  const { t } = useTranslation();
  return (
    <main className="fatal" role="alert">
      <h1>{t('storage.unavailableTitle')}</h1>
      <p>{t(code === 'quotaExceeded' ? 'storage.quotaExceeded' : 'storage.unavailable')}</p>
      <p>{t('storage.unavailableHelp')}</p>
    </main>
  );
}
