import { useTranslation } from 'react-i18next';
import { usePlanFileDrop } from './usePlanFileDrop';
import '../styles/reports.css';

/** Listens for plan files dropped on the window, and shows where to drop while one is dragged. */
export function PlanFileDrop() {
  const { t } = useTranslation();
  const dragging = usePlanFileDrop();
  return dragging ? (
    <div className="plan-drop-overlay" aria-hidden="true" data-testid="plan-drop-overlay">
      {t('exports.planFile.dropHint')}
    </div>
  ) : null;
}
