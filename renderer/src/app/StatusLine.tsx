import { useTranslation } from 'react-i18next';
import { useWorkspaceRow } from '../data/hooks';
import { useFormatter } from '../format/useFormatter';

/** Every change is saved at once; this line says when the plan was last saved. */
export function StatusLine() {
  const { t } = useTranslation();
  const ws = useWorkspaceRow();
  const f = useFormatter();
  return (
    <footer className="status-line" role="status" aria-live="polite" data-testid="status-line">
      {ws ? t('status.savedAt', { time: f.dateTime(ws.updatedAt) }) : t('status.noPlan')}
    </footer>
  );
}
