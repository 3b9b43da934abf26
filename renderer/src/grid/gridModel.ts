/**
 * Pure logic of the register table: which rows show (search, filters, sort), and where the
 * active cell moves on a key. Kept out of the component so that it is unit-tested directly.
 */
import type { FieldError } from '../forms/rules';
import type { ColumnDef, ViewState } from './types';

/** Lower case without diacritics, so that "ostersund" finds "Östersund". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

export function visibleRows<T>(rows: readonly T[], columns: readonly ColumnDef<T>[], view: ViewState, locale: string): T[] {
  const terms = normalizeText(view.search).split(/\s+/).filter(Boolean);
  const filters = Object.entries(view.filters).filter(([, v]) => v !== '');
  let out = rows.filter((row) => {
    for (const [columnId, value] of filters) {
      const column = columns.find((c) => c.id === columnId);
      if (column?.filter && column.filter.value(row) !== value) return false;
    }
    if (terms.length === 0) return true;
    const haystack = normalizeText(columns.map((c) => c.display(row)).join(' '));
    return terms.every((t) => haystack.includes(t));
  });
  const sort = view.sort;
  const column = sort ? columns.find((c) => c.id === sort.columnId) : undefined;
  if (sort && column) {
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    const sign = sort.direction === 'asc' ? 1 : -1;
    // Sort a copy with the original index as the tie-breaker: a stable, predictable order.
    out = out
      .map((row, index) => ({ row, index, key: column.sortValue(row) }))
      .sort((a, b) => {
        const d = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
        return d !== 0 ? d * sign : a.index - b.index;
      })
      .map((x) => x.row);
  }
  return out;
}

export function nextSort(current: ViewState['sort'], columnId: string): ViewState['sort'] {
  if (!current || current.columnId !== columnId) return { columnId, direction: 'asc' };
  if (current.direction === 'asc') return { columnId, direction: 'desc' };
  return null;
}

export interface CellPosition {
  row: number;
  col: number;
}

export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown' | 'CtrlHome' | 'CtrlEnd' | 'Tab' | 'ShiftTab' | 'Enter' | 'ShiftEnter';

/** Where the active cell goes; it never leaves the table. */
export function moveCell(pos: CellPosition, key: MoveKey, rowCount: number, colCount: number, pageSize = 10): CellPosition {
  const clampRow = (r: number) => Math.max(0, Math.min(rowCount - 1, r));
  const clampCol = (c: number) => Math.max(0, Math.min(colCount - 1, c));
  switch (key) {
    case 'ArrowUp':
    case 'ShiftEnter':
      return { row: clampRow(pos.row - 1), col: pos.col };
    case 'ArrowDown':
    case 'Enter':
      return { row: clampRow(pos.row + 1), col: pos.col };
    case 'ArrowLeft':
      return { row: pos.row, col: clampCol(pos.col - 1) };
    case 'ArrowRight':
      return { row: pos.row, col: clampCol(pos.col + 1) };
    case 'Home':
      return { row: pos.row, col: 0 };
    case 'End':
      return { row: pos.row, col: colCount - 1 };
    case 'CtrlHome':
      return { row: 0, col: 0 };
    case 'CtrlEnd':
      return { row: Math.max(0, rowCount - 1), col: colCount - 1 };
    case 'PageUp':
      return { row: clampRow(pos.row - pageSize), col: pos.col };
    case 'PageDown':
      return { row: clampRow(pos.row + pageSize), col: pos.col };
    case 'Tab':
      if (pos.col < colCount - 1) return { row: pos.row, col: pos.col + 1 };
      return pos.row < rowCount - 1 ? { row: pos.row + 1, col: 0 } : pos;
    case 'ShiftTab':
      if (pos.col > 0) return { row: pos.row, col: pos.col - 1 };
      return pos.row > 0 ? { row: pos.row - 1, col: colCount - 1 } : pos;
  }
}

/** Applies one column's parsed value to many records: the bulk edit. Unchanged records are left out. */
export function bulkApply<T>(rows: readonly T[], column: ColumnDef<T>, text: string): { ok: true; changed: T[] } | { ok: false; error: FieldError } {
  if (!column.edit) return { ok: true, changed: [] };
  const parsed = column.edit.parse(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const changed: T[] = [];
  for (const row of rows) {
    if (column.edit.enabled && !column.edit.enabled(row)) continue;
    const next = column.edit.apply(row, parsed.value);
    if (next) changed.push(next);
  }
  return { ok: true, changed };
}
