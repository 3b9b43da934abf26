import { useVirtualizer } from '@tanstack/react-virtual';
import { cellId, GridRowView } from './GridRowView';
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
    // Rows for the first paint, before the scroll area has been measured.
    initialRect: { width: 1200, height: 600 },
  });

  useEffect(() => {
    if (active) virtualizer.scrollToIndex(active.row, { align: 'auto' });
  }, [active, virtualizer]);

  const template = `${CHECK_WIDTH}px ${columns.map((c) => `${c.width}px`).join(' ')}`;
  const totalWidth = CHECK_WIDTH + columns.reduce((s, c) => s + c.width, 0);
  const activeId = active ? cellId(gridId, active.row, active.col) : undefined;
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

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
            return (
              <GridRowView
                key={row.id}
                gridId={gridId}
                row={row}
                index={v.index}
                start={v.start}
                height={rowHeight}
                template={template}
                columns={columns}
                isSelected={selected.has(row.id)}
                activeCol={active?.row === v.index ? active.col : -1}
                editing={editing?.rowId === row.id ? editing : null}
                drafts={drafts}
                onCellClick={props.onCellClick}
                onCellDoubleClick={props.onCellDoubleClick}
                onToggleSelected={props.onToggleSelected}
                onEditText={props.onEditText}
                onEditKey={props.onEditKey}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
