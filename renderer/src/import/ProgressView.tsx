import { useTranslation } from 'react-i18next';
import { useFormatter } from '../format/useFormatter';

/**
 * A progress bar with rows done, rows a second and time left, and Cancel. The time left is
 * extrapolated from the share of bytes done so far.
 */
export function ProgressView({ title, done, total, rows, ms, onCancel }: { title: string; done: number; total: number; rows: number; ms: number; onCancel(): void }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const rate = ms > 0 ? (rows / ms) * 1000 : 0;
  const left = share > 0.02 && ms > 300 ? Math.max(0, Math.round(((1 - share) * ms) / share / 1000)) : null;
  return (
    <div className="import-progress" data-testid="import-progress">
      <p>{title}</p>
      <progress max={1} value={share} aria-label={title} />
      <p className="muted" aria-live="polite">
        {t('import.progress.rows', { rows: f.number(rows, 0) })}
        {rate > 0 ? ` · ${t('import.progress.rate', { rate: f.number(Math.round(rate), 0) })}` : ''}
        {left !== null ? ` · ${t('import.progress.left', { seconds: f.number(left, 0) })}` : ''}
      </p>
      <div className="form-actions">
        <button type="button" onClick={onCancel} data-testid="import-cancel">
          {t('import.progress.cancel')}
        </button>
      </div>
    </div>
  );
}
