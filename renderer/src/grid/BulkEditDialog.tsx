import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../forms/Field';
import type { FieldError } from '../forms/rules';
import { bulkApply } from './gridModel';
import type { ColumnDef } from './types';

/** A choice column starts on its first option; a checkbox on "yes"; text empty. */
function startText<T>(column: ColumnDef<T> | undefined): string {
  if (column?.edit?.kind === 'select') return column.edit.options?.[0]?.value ?? '';
  if (column?.edit?.kind === 'checkbox') return 'true';
  return '';
}

/** Sets one column to one value for many rows at once, as one undoable step. */
export function BulkEditDialog<T>({
  columns,
  rows,
  onClose,
  onApply,
}: {
  columns: ColumnDef<T>[];
  rows: T[];
  onClose(): void;
  onApply(changed: T[]): Promise<void>;
}) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const editable = columns.filter((c) => c.edit);
  const [columnId, setColumnId] = useState(editable[0]?.id ?? '');
  const column = editable.find((c) => c.id === columnId);
  const [text, setText] = useState(() => startText(editable[0]));
  const [error, setError] = useState<FieldError | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialogRef.current;
    if (d && !d.open) d.showModal();
  }, []);


  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!column) return;
    const result = bulkApply(rows, column, text);
    if (!result.ok) return setError(result.error);
    await onApply(result.changed);
  }

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="bulk-edit-title" onCancel={onClose} data-testid="bulk-edit-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="bulk-edit-title">{t('grid.bulkEditTitle', { count: rows.length })}</h2>
        <div className="field">
          <label htmlFor="bulk-column">{t('grid.bulkColumn')}</label>
          <select
            id="bulk-column"
            value={columnId}
            onChange={(e) => {
              setColumnId(e.target.value);
              setText(startText(editable.find((c) => c.id === e.target.value)));
              setError(null);
            }}
          >
            {editable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.header}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label htmlFor="bulk-value">{t('grid.bulkValue')}</label>
          {column?.edit?.kind === 'select' ? (
            <select id="bulk-value" value={text} onChange={(e) => setText(e.target.value)}>
              {(column.edit.options ?? []).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : column?.edit?.kind === 'checkbox' ? (
            <select id="bulk-value" value={text} onChange={(e) => setText(e.target.value)}>
              <option value="true">{t('common.yes')}</option>
              <option value="false">{t('common.no')}</option>
            </select>
          ) : (
            <input
              id="bulk-value"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setError(null);
              }}
              aria-invalid={!!error}
              aria-describedby={error ? 'bulk-error' : undefined}
            />
          )}
          {error && column ? (
            <p id="bulk-error" className="field-error" role="alert">
              {errorText(column.fieldName, error)}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="bulk-edit-apply">
            {t('grid.bulkApply', { count: rows.length })}
          </button>
        </div>
      </form>
    </dialog>
  );
}
