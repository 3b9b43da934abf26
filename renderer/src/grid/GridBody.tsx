import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellPosition, MoveKey } from './gridModel';
import type { EditingCell } from './RegisterGrid';
import type { ColumnDef, InvalidDraft, SortState } from './types';

interface GridBodyProps<T extends { id: string }> {
  gridId: string;
  gridRef: RefObject<HTMLDivElement | null>;
  label: string;
  rows: T[];
  totalRows: number;
  columns: ColumnDef<T>[];
  rowHeight: number;
  active: CellPosition | null;
  editing: EditingCell | null;
  drafts: Map<string, InvalidDraft>;
  selected: Set<string>;
  sort: SortState | null;
  onSort(columnId: string): void;
  onKeyDown(e: KeyboardEvent<HTMLDivElement>): void;
  onCellClick(pos: CellPosition): void;
  onCellDoubleClick(pos: CellPosition): void;
  onToggleSelected(id: string): void;
  onToggleAll(): void;
  onEditText(text: string): void;
  onEditKey(key: MoveKey | 'Escape' | 'blur'): void;
}

const CHECK_WIDTH = 40;

export function cellId(gridId: string, row: number, col: number): string {
  return `${gridId}-cell-${row}-${col}`;
}

/** The virtualised rows of a register table (ARIA grid pattern, focus kept on the grid). */
export function GridBody<T extends { id: string }>(props: GridBodyProps<T>) {
  const { gridId, rows, columns, rowHeight, active, editing, drafts, selected } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's API returns functions by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });

  useEffect(() => {
    if (active) virtualizer.scrollToIndex(active.row, { align: 'auto' });
  }, [active, virtualizer]);

  const template = `${CHECK_WIDTH}px ${columns.map((c) => `${c.width}px`).join(' ')}`;
  const totalWidth = CHECK_WIDTH + columns.reduce((s, c) => s + c.width, 0);
  const activeId = active ? cellId(gridId, active.row, active.col) : undefined;
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  function editorKey(e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) {
    const map: Record<string, MoveKey | 'Escape'> = { Enter: e.shiftKey ? 'ShiftEnter' : 'Enter', Tab: e.shiftKey ? 'ShiftTab' : 'Tab', Escape: 'Escape' };
    const key = map[e.key];
    if (!key) return;
    e.preventDefault();
    e.stopPropagation();
    props.onEditKey(key);
  }

  return (
    <div className="grid-scroll" ref={scrollRef}>
      <div
        ref={props.gridRef}
        role="grid"
        aria-label={props.label}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        aria-multiselectable="true"
        aria-activedescendant={editing ? undefined : activeId}
        tabIndex={0}
        className="grid"
        style={{ width: totalWidth }}
        onKeyDown={props.onKeyDown}
        data-testid={`${gridId}-grid`}
      >
        <div role="rowgroup" className="grid-head">
          <div role="row" aria-rowindex={1} className="grid-row grid-header-row" style={{ gridTemplateColumns: template }}>
            <div role="columnheader" className="grid-cell grid-check">
              <input type="checkbox" tabIndex={-1} checked={allSelected} onChange={props.onToggleAll} aria-label={t('grid.selectAll')} />
            </div>
            {columns.map((c) => {
              const sorted = props.sort?.columnId === c.id ? props.sort.direction : null;
              return (
                <div
                  key={c.id}
                  role="columnheader"
                  className={`grid-cell${c.align === 'right' ? ' num' : ''}`}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                >
                  <button type="button" tabIndex={-1} className="grid-sort" onClick={() => props.onSort(c.id)}>
                    {c.header}
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="grid-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index]!;
            const isSelected = selected.has(row.id);
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={v.index + 2}
                aria-selected={isSelected}
                className={`grid-row${isSelected ? ' selected' : ''}`}
                style={{ gridTemplateColumns: template, transform: `translateY(${v.start}px)`, height: rowHeight }}
                data-testid={`${gridId}-row`}
                data-row-id={row.id}
              >
                <div
                  role="gridcell"
                  id={cellId(gridId, v.index, 0)}
                  className={`grid-cell grid-check${active?.row === v.index && active.col === 0 ? ' active' : ''}`}
                  onClick={() => props.onCellClick({ row: v.index, col: 0 })}
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
                  const isActive = active?.row === v.index && active.col === col;
                  const isEditing = editing?.rowId === row.id && editing.columnId === c.id;
                  const draft = drafts.get(`${row.id}\u0000${c.id}`);
                  const disabled = !c.edit || (c.edit.enabled ? !c.edit.enabled(row) : false);
                  const className = [
                    'grid-cell',
                    c.align === 'right' ? 'num' : '',
                    isActive ? 'active' : '',
                    draft || (isEditing && editing.error) ? 'invalid' : '',
                    disabled ? 'readonly' : '',
                  ]
                    .filter(Boolean)
                    .join(' ');
                  return (
                    <div
                      key={c.id}
                      role="gridcell"
                      id={cellId(gridId, v.index, col)}
                      className={className}
                      aria-invalid={draft || (isEditing && editing.error) ? true : undefined}
                      aria-readonly={disabled || undefined}
                      data-column={c.id}
                      onClick={() => props.onCellClick({ row: v.index, col })}
                      onDoubleClick={() => props.onCellDoubleClick({ row: v.index, col })}
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
          })}
        </div>
      </div>
    </div>
  );
}
