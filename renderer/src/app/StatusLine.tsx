import { useTranslation } from 'react-i18next';
import { useClosing } from '../data/closeGuard';
import { useHistory } from '../data/history';
import { useWorkspaceRow } from '../data/hooks';
import { useFormatter } from '../format/useFormatter';

/**
 * Every change is saved at once; this line says when the plan was last saved, or that a change is
 * being saved. A window closed in that moment waits for it (data/closeGuard.ts), and says so.
 */
export function StatusLine() {
  const { t } = useTranslation();
  const ws = useWorkspaceRow();
  const f = useFormatter();
  const saving = useHistory((s) => s.pending > 0);
  const closing = useClosing((s) => s.closing);
  return (
    <footer className="status-line" role="status" aria-live="polite" data-testid="status-line">
      {closing ? t('status.savingBeforeClose') : !ws ? t('status.noPlan') : saving ? t('status.saving') : t('status.savedAt', { time: f.dateTime(ws.updatedAt) })}
    </footer>
  );
}
