import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellPosition, MoveKey } from './gridModel';
import type { EditingCell } from './RegisterGrid';
import type { ColumnDef, InvalidDraft } from './types';

interface GridRowViewProps<T extends { id: string }> {
  gridId: string;
  row: T;
  index: number;
  start: number;
  height: number;
  template: string;
  columns: ColumnDef<T>[];
  isSelected: boolean;
  /** The active column in this row, or -1. */
  activeCol: number;
  /** The open edit when it is in this row. */
  editing: EditingCell | null;
  drafts: Map<string, InvalidDraft>;
  onCellClick(pos: CellPosition): void;
  onCellDoubleClick(pos: CellPosition): void;
  onToggleSelected(id: string): void;
  onEditText(text: string): void;
  onEditKey(key: MoveKey | 'Escape' | 'blur'): void;
}

export function cellId(gridId: string, row: number, col: number): string {
  return `${gridId}-cell-${row}-${col}`;
}

/**
 * One row of a register table. Memoised: while scrolling, rows that stay on screen are not
 * rendered again (their props do not change), which keeps frames well under 33 ms at 5,000 rows.
 */
function GridRowViewInner<T extends { id: string }>(props: GridRowViewProps<T>) {
  const { gridId, row, index, columns, isSelected, activeCol, editing, drafts } = props;
  const { t } = useTranslation();

  function editorKey(e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) {
    const map: Record<string, MoveKey | 'Escape'> = { Enter: e.shiftKey ? 'ShiftEnter' : 'Enter', Tab: e.shiftKey ? 'ShiftTab' : 'Tab', Escape: 'Escape' };
    const key = map[e.key];
    if (!key) return;
    e.preventDefault();
    e.stopPropagation();
    props.onEditKey(key);
  }

  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={isSelected}
      className={`grid-row${isSelected ? ' selected' : ''}`}
      style={{ gridTemplateColumns: props.template, transform: `translateY(${props.start}px)`, height: props.height }}
      data-testid={`${gridId}-row`}
      data-row-id={row.id}
    >
      <div
        role="gridcell"
        id={cellId(gridId, index, 0)}
        className={`grid-cell grid-check${activeCol === 0 ? ' active' : ''}`}
        onClick={() => props.onCellClick({ row: index, col: 0 })}
      >
        <input
          type="checkbox"
          tabIndex={-1}
          checked={isSelected}
          onChange={() => props.onToggleSelected(row.id)}
          aria-label={t('grid.selectRow', { name: columns[0]?.display(row) ?? '' })}
        />
      </div>
      {columns.map((c, ci) => {
        const col = ci + 1;
        const isEditing = editing?.columnId === c.id;
        const draft = drafts.get(`${row.id}\u0000${c.id}`);
        const disabled = !c.edit || (c.edit.enabled ? !c.edit.enabled(row) : false);
        const invalid = !!draft || (isEditing && !!editing.error);
        const className = ['grid-cell', c.align === 'right' ? 'num' : '', activeCol === col ? 'active' : '', invalid ? 'invalid' : '', disabled ? 'readonly' : '']
          .filter(Boolean)
          .join(' ');
        return (
          <div
            key={c.id}
            role="gridcell"
            id={cellId(gridId, index, col)}
            className={className}
            aria-invalid={invalid || undefined}
            aria-readonly={disabled || undefined}
            data-column={c.id}
            onClick={() => props.onCellClick({ row: index, col })}
            onDoubleClick={() => props.onCellDoubleClick({ row: index, col })}
          >
            {isEditing && c.edit?.kind === 'select' ? (
              <select
                autoFocus
                className="grid-editor"
                aria-label={c.fieldName}
                value={editing.text}
                onChange={(e) => props.onEditText(e.target.value)}
                onKeyDown={editorKey}
                onBlur={() => props.onEditKey('blur')}
              >
                {(c.edit.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : isEditing ? (
              <input
                autoFocus
                className="grid-editor"
                aria-label={c.fieldName}
                aria-invalid={!!editing.error}
                aria-describedby={editing.error ? `${gridId}-error` : undefined}
                value={editing.text}
                onFocus={(e) => {
                  if (editing.typed) e.target.setSelectionRange(e.target.value.length, e.target.value.length);
                  else e.target.select();
                }}
                onChange={(e) => props.onEditText(e.target.value)}
                onKeyDown={editorKey}
                onBlur={() => props.onEditKey('blur')}
              />
            ) : (
              <span className="cell-text">{draft ? draft.text : c.display(row)}</span>
            )}
          </div>
        );
      })}
    </div>
  );
}

export const GridRowView = memo(GridRowViewInner) as typeof GridRowViewInner;
