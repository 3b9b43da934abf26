import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { tDynamic } from '../i18n/dynamic';
import { useAppStore } from '../state/appStore';

/** Short messages after an action; errors stay until dismissed, others fade after a while. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismiss);
  useEffect(() => {
    const timers = notices.filter((n) => n.kind !== 'error').map((n) => setTimeout(() => dismiss(n.id), 6000));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);
  return (
    <div className="notices" aria-live="assertive">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{tDynamic(t, n.messageKey, n.values)}</span>
          {n.action ? (
            <button
              type="button"
              className="link"
              onClick={() => {
                n.action?.run();
                dismiss(n.id);
              }}
            >
              {tDynamic(t, n.action.labelKey)}
            </button>
          ) : null}
          <button type="button" className="icon-button" onClick={() => dismiss(n.id)} aria-label={t('actions.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
