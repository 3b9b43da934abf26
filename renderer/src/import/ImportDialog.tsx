import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportTarget } from '../../../shared/import/fields';
import type { Plan } from '../../../shared/model/types';
import { useFormatter } from '../format/useFormatter';
import '../styles/import.css';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ProgressView } from './ProgressView';
import { useImportFlow } from './useImportFlow';

export const IMPORT_FILE_TYPES = '.csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import, step by step, in a modal dialog. Closing it at any step stores nothing more. */
export function ImportDialog({ plan, target, onClose, onStored }: { plan: Plan; target: ImportTarget; onClose(): void; onStored?(batchId: string | null): void }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const flow = useImportFlow(plan, target);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { state } = flow;
  const fileName = flow.mappingState?.file.name ?? '';

  useEffect(() => {
    const d = dialogRef.current;
    if (d && !d.open) d.showModal();
  }, []);

  const stored = state.step === 'done';
  useEffect(() => {
    if (stored) onStored?.(state.batchId);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per stored import
  }, [stored]);

  const busy = state.step === 'checking' || state.step === 'writing';
  const close = () => {
    if (busy) flow.cancel();
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog import-dialog"
      aria-labelledby="import-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      data-testid="import-dialog"
    >
      <h2 id="import-title">{t(`import.title.${target}`)}</h2>
      {fileName && state.step !== 'choose' ? (
        <p className="muted import-file-name" data-testid="import-file-name">
          {t('import.fileName', { file: fileName, size: f.number(Math.ceil((flow.mappingState?.inspection.size ?? 0) / 1024), 0) })}
        </p>
      ) : null}
      {state.step === 'choose' ? (
        <div className="field">
          <label htmlFor="import-file">{t('import.choose.label')}</label>
          <input
            id="import-file"
            type="file"
            accept={IMPORT_FILE_TYPES}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) flow.chooseFile(file);
            }}
            data-testid="import-file"
          />
          <p className="hint">{t('import.choose.hint')}</p>
        </div>
      ) : state.step === 'reading' ? (
        <p aria-live="polite">{t('import.reading', { file: state.fileName })}</p>
      ) : state.step === 'mapping' ? (
        <MappingStep target={target} step={state} flow={flow} />
      ) : state.step === 'checking' ? (
        <ProgressView
          title={t('import.progress.checking', { file: fileName })}
          done={state.progress?.bytesDone ?? 0}
          total={state.progress?.totalBytes ?? 1}
          rows={state.progress?.rows ?? 0}
          ms={state.progress?.ms ?? 0}
          onCancel={flow.cancel}
        />
      ) : state.step === 'preview' ? (
        <PreviewStep plan={plan} target={target} fileName={fileName} result={state.result} onBack={flow.back} onConfirm={flow.confirm} />
      ) : state.step === 'writing' ? (
        <ProgressView title={t('import.progress.writing')} done={state.lines} total={Math.max(1, state.total)} rows={state.lines} ms={0} onCancel={flow.cancel} />
      ) : state.step === 'done' ? (
        <p className="import-ok" role="status" data-testid="import-done">
          {state.result.purchases
            ? t('import.done.purchases', { rows: f.number(state.result.purchases.rowCount, 0), file: fileName })
            : t('import.done.records', { added: state.result.added ?? 0, updated: state.result.updated ?? 0 })}
        </p>
      ) : (
        <p className={state.reason === 'cancelled' ? '' : 'import-bad'} role="status" data-testid="import-stopped">
          {state.reason === 'cancelled'
            ? t('import.cancelled')
            : state.reason === 'storage'
              ? t('import.storageFailed', { reason: t(`storage.${(state.message ?? 'failed') as 'failed'}`) })
              : t('import.failed', { message: state.message ?? '' })}
        </p>
      )}
      {state.step === 'done' || state.step === 'stopped' || state.step === 'choose' || state.step === 'reading' ? (
        <div className="form-actions">
          {state.step === 'stopped' ? (
            <button type="button" onClick={flow.restart}>
              {t('import.again')}
            </button>
          ) : null}
          <button type="button" className={state.step === 'done' ? 'primary' : undefined} onClick={close} data-testid="import-close">
            {t('import.close')}
          </button>
        </div>
      ) : null}
    </dialog>
  );
}
