import { useTranslation } from 'react-i18next';
import { useHistory } from '../data/history';
import { tDynamic } from '../i18n/dynamic';
import { runUndo } from './useShellCommands';

/** Undo and redo in the header, naming the step they would take back or do again. */
export function UndoButtons() {
  const { t } = useTranslation();
  const last = useHistory((s) => s.past.at(-1));
  const next = useHistory((s) => s.future.at(-1));
  return (
    <div className="undo-buttons">
      <button
        type="button"
        onClick={() => runUndo('undo')}
        disabled={!last}
        data-testid="undo"
        title={last ? t('history.undoStep', { step: tDynamic(t, last.labelKey) }) : undefined}
      >
        {t('actions.undo')}
      </button>
      <button
        type="button"
        onClick={() => runUndo('redo')}
        disabled={!next}
        data-testid="redo"
        title={next ? t('history.redoStep', { step: tDynamic(t, next.labelKey) }) : undefined}
      >
        {t('actions.redo')}
      </button>
    </div>
  );
}
