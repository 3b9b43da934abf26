import { useTranslation } from 'react-i18next';
import { useHistory } from '../data/history';
import { useWorkspaceRow } from '../data/hooks';
import { useFormatter } from '../format/useFormatter';

/**
 * Every change is saved at once; this line says when the plan was last saved, or that a change is
 * being saved (a window closed in that moment may lose it).
 */
export function StatusLine() {
  const { t } = useTranslation();
  const ws = useWorkspaceRow();
  const f = useFormatter();
  const saving = useHistory((s) => s.pending > 0);
  return (
    <footer className="status-line" role="status" aria-live="polite" data-testid="status-line">
      {!ws ? t('status.noPlan') : saving ? t('status.saving') : t('status.savedAt', { time: f.dateTime(ws.updatedAt) })}
    </footer>
  );
}
