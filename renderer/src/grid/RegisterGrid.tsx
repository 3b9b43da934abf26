import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRecord, PlanTable } from '../../../shared/model/types';
import type { RecordChange } from '../db/changes';
import { storageMessageKey } from '../db/errors';
import { commit, undo } from '../data/history';
import { useAppStore } from '../state/appStore';
import { BulkEditDialog } from './BulkEditDialog';
import { GridBody } from './GridBody';
import { moveCell, nextSort, visibleRows, type CellPosition, type MoveKey } from './gridModel';
import { GridToolbar } from './GridToolbar';
import { useOptimisticRows } from './useOptimisticRows';
import type { ColumnDef, InvalidDraft, ViewState } from './types';
import { useFieldErrorText } from '../forms/Field';
import { useFormatter } from '../format/useFormatter';

export interface EditingCell {
  rowId: string;
  columnId: string;
  text: string;
  error: InvalidDraft['error'] | null;
  /** Started by typing a character: keep the caret after it instead of selecting the text. */
  typed?: boolean;
}

export interface RegisterGridProps<T extends { id: string }> {
  /** Used for test ids and element ids, e.g. "kitchens". */
  gridId: string;
  /** The grid's accessible name. */
  label: string;
  table: PlanTable;
  workspaceId: string;
  rows: T[] | undefined;
  columns: ColumnDef<T>[];
  /** Translated: the add button's text, and "N kitchens" for the row count. */
  texts: { add: string; count: (n: number) => string; deleted: (n: number) => string };
  /** A new record with defaults, or null when one cannot be made yet. */
  createRecord(): T | null;
  /** False when a record cannot be added yet (e.g. no organisation for a kitchen). */
  canAdd?: boolean;
  duplicateRecord(row: T): T;
  /** A translated reason why these rows cannot be deleted (e.g. they are referenced), or null. */
  deleteBlockedReason?(rows: T[]): string | null;
  /** Cascading changes to make with a delete (e.g. the offers of deleted suppliers). */
  deleteAlso?(rows: T[]): RecordChange[];
  /**
   * How edited rows become record changes. By default each row is a record of `table`; a table
   * whose rows are views of other records (the meal-profile matrix) maps them itself.
   */
  toChanges?(rows: T[]): RecordChange[];
  /** Rows can be edited but not added, duplicated or deleted (e.g. the meal-profile matrix). */
  fixedRows?: boolean;
  details?(row: T, close: () => void): ReactNode;
  empty: ReactNode;
  /** Extra toolbar content (e.g. a link to a related register). */
  toolbarExtra?: ReactNode;
}

const ROW_HEIGHT = 36;

function cellKey(rowId: string, columnId: string): string {
  return `${rowId}\u0000${columnId}`;
}

/**
 * An editable register table: search, filter, sort, inline edit with immediate validation,
 * keyboard navigation, multi-select with bulk edit, add, duplicate, delete with undo, and a
 * detail panel. Virtualised, so that 5,000 rows stay smooth.
 */
export function RegisterGrid<T extends { id: string }>(props: RegisterGridProps<T>) {
  const { gridId, label, table, workspaceId, columns, texts } = props;
  const { t } = useTranslation();
  const f = useFormatter();
  const notify = useAppStore((s) => s.notify);
  const errorText = useFieldErrorText();
  const { rows, setOptimistic, settle, drop } = useOptimisticRows(props.rows);

  const [view, setView] = useState<ViewState>({ search: '', filters: {}, sort: null });
  const [activeState, setActive] = useState<CellPosition | null>(null);
  const [editing, setEditingState] = useState<EditingCell | null>(null);
  // The open edit, also kept in a ref updated at once: a blur that fires while an Enter is being
  // handled must see that the edit was already closed, or it would be saved twice.
  const editingRef = useRef<EditingCell | null>(null);
  const setEditing = useCallback((next: EditingCell | null | ((e: EditingCell | null) => EditingCell | null)) => {
    const value = typeof next === 'function' ? next(editingRef.current) : next;
    editingRef.current = value;
    setEditingState(value);
  }, []);
  const [drafts, setDrafts] = useState<Map<string, InvalidDraft>>(new Map());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [detailsId, setDetailsId] = useState<string | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const gridRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => visibleRows(rows ?? [], columns, view, f.locale), [rows, columns, view, f.locale]);
  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows]);
  // Column 0 is the row-selection checkbox; data columns follow.
  const colCount = columns.length + 1;

  // The active cell stays inside the table when rows disappear (filter, delete).
  const active: CellPosition | null =
    activeState && activeState.row >= shown.length ? (shown.length ? { row: shown.length - 1, col: activeState.col } : null) : activeState;

  const focusGrid = useCallback(() => gridRef.current?.focus(), []);

  const customChanges = props.toChanges;
  // Each edit is based on the row as this window last knew it: stored, or just written by this
  // window (a pending edit, applied in order before this one). So an edit never silently
  // overwrites a change another window made in the meantime, and quick edits never refuse each other.
  const liveRows = rows;
  const toChanges = useCallback(
    (records: T[]): RecordChange[] => {
      if (customChanges) return customChanges(records);
      const stored = new Map((liveRows ?? []).map((r) => [r.id, r]));
      return records.map((record) => ({
        table,
        op: 'put' as const,
        record: record as unknown as PlanRecord<PlanTable>,
        base: (stored.get(record.id) ?? null) as unknown as PlanRecord<PlanTable> | null,
      }));
    },
    [customChanges, table, liveRows],
  );

  const save = useCallback(
    async (labelKey: string, records: T[]) => {
      if (records.length === 0) return;
      setOptimistic(records);
      try {
        await commit(workspaceId, labelKey, toChanges(records));
        // Shown until the live query brings the same records back (./useOptimisticRows.ts).
        settle(records);
      } catch (error) {
        drop(records);
        notify('error', storageMessageKey(error));
      }
    },
    [workspaceId, toChanges, notify, setOptimistic, settle, drop],
  );

  const startEdit = useCallback(
    (pos: CellPosition, initialText?: string) => {
      const row = shown[pos.row];
      const column = columns[pos.col - 1];
      if (!row || !column?.edit || (column.edit.enabled && !column.edit.enabled(row))) return;
      if (column.edit.kind === 'checkbox') {
        const next = column.edit.apply(row, !(column.edit.initialText(row) === 'true'));
        if (next) void save('history.edit', [next]);
        return;
      }
      const draft = drafts.get(cellKey(row.id, column.id));
      setEditing({
        rowId: row.id,
        columnId: column.id,
        text: initialText ?? draft?.text ?? column.edit.initialText(row),
        error: draft?.error ?? null,
        typed: initialText !== undefined,
      });
    },
    [shown, columns, drafts, save, setEditing],
  );

  /** Commits the open edit. Returns false (and keeps the edit open) when the value is invalid. */
  const commitEdit = useCallback(
    (mode: 'stay' | 'leave'): boolean => {
      const editing = editingRef.current;
      if (!editing) return true;
      const row = byId.get(editing.rowId);
      const column = columns.find((c) => c.id === editing.columnId);
      if (!row || !column?.edit) {
        setEditing(null);
        return true;
      }
      const key = cellKey(editing.rowId, editing.columnId);
      const read = column.edit.parse(editing.text);
      const crossError = read.ok ? (column.edit.validate?.(row, read.value) ?? null) : null;
      const parsed = crossError ? { ok: false as const, error: crossError } : read;
      if (!parsed.ok) {
        if (mode === 'leave') {
          // Leaving an invalid cell keeps what was typed, shown in the cell with its error.
          setDrafts((d) => new Map(d).set(key, { text: editing.text, error: parsed.error }));
          setEditing(null);
        } else {
          setEditing({ ...editing, error: parsed.error });
        }
        return false;
      }
      setDrafts((d) => {
        if (!d.has(key)) return d;
        const next = new Map(d);
        next.delete(key);
        return next;
      });
      setEditing(null);
      const next = column.edit.apply(row, parsed.value);
      if (next) void save('history.edit', [next]);
      return true;
    },
    [byId, columns, save, setEditing],
  );

  const cancelEdit = useCallback(() => {
    const editing = editingRef.current;
    if (editing) {
      const key = cellKey(editing.rowId, editing.columnId);
      setDrafts((d) => {
        if (!d.has(key)) return d;
        const next = new Map(d);
        next.delete(key);
        return next;
      });
    }
    setEditing(null);
    focusGrid();
  }, [focusGrid, setEditing]);

  const move = useCallback(
    (key: MoveKey) => {
      if (shown.length === 0) return;
      // The first key press in a table without an active cell lands on its first cell.
      setActive((pos) => (pos ? moveCell(pos, key, shown.length, colCount) : { row: 0, col: 1 }));
    },
    [shown.length, colCount],
  );

  const deleteRows = useCallback(
    async (targets: T[]) => {
      if (targets.length === 0) return;
      const blocked = props.deleteBlockedReason?.(targets);
      if (blocked) {
        notify('error', 'grid.deleteBlocked', { reason: blocked });
        return;
      }
      const also = props.deleteAlso?.(targets) ?? [];
      try {
        await commit(workspaceId, 'history.delete', [
          ...targets.map((r) => ({ table, op: 'delete' as const, id: r.id, base: r as unknown as PlanRecord<PlanTable> })),
          ...also,
        ]);
        setSelected(new Set());
        notify('info', 'grid.deleted', { what: texts.deleted(targets.length) }, { labelKey: 'actions.undo', run: () => void undo() });
      } catch (error) {
        notify('error', storageMessageKey(error));
      }
    },
    [props, workspaceId, table, notify, texts],
  );

  /** Makes a just-added record's row active and opens its first text column for typing. */
  const focusNew = useCallback(
    (added: T[]) => {
      const first = added[0];
      if (!first) return;
      // Show the new rows even when a search or filter would hide them.
      const nextView = { ...view, search: '', filters: {} };
      setView(nextView);
      const index = visibleRows([...(rows ?? []), ...added], columns, nextView, f.locale).findIndex((r) => r.id === first.id);
      const col = columns.findIndex((c) => c.edit?.kind === 'text');
      setActive({ row: Math.max(0, index), col: col + 1 });
      if (col >= 0) setEditing({ rowId: first.id, columnId: columns[col]!.id, text: columns[col]!.edit!.initialText(first), error: null });
    },
    [view, rows, columns, f.locale, setEditing],
  );

  const addRow = useCallback(async () => {
    const record = props.createRecord();
    if (!record) return;
    focusNew([record]);
    await save('history.add', [record]);
  }, [props, save, focusNew]);

  const duplicateRows = useCallback(
    async (targets: T[]) => {
      const copies = targets.map((r) => props.duplicateRecord(r));
      focusNew(copies);
      await save('history.duplicate', copies);
    },
    [props, save, focusNew],
  );

  const closeDetails = useCallback(() => setDetailsId(null), []);
  // When the detail panel closes, the keyboard user is back in the table.
  const detailsWasOpen = useRef(false);
  useEffect(() => {
    if (detailsId) detailsWasOpen.current = true;
    else if (detailsWasOpen.current) {
      detailsWasOpen.current = false;
      focusGrid();
    }
  }, [detailsId, focusGrid]);

  const selectedRows = useMemo(() => shown.filter((r) => selected.has(r.id)), [shown, selected]);
  const activeRow = active ? shown[active.row] : undefined;
  const targets = selectedRows.length ? selectedRows : activeRow ? [activeRow] : [];

  const toggleSelected = useCallback((id: string) => {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  // Stable handlers, so that rows on screen are not rendered again while scrolling.
  const onCellClick = useCallback(
    (pos: CellPosition) => {
      if (editingRef.current) commitEdit('leave');
      setActive(pos);
      focusGrid();
    },
    [commitEdit, focusGrid],
  );
  const onEditText = useCallback((text: string) => setEditing((e) => (e ? { ...e, text, error: null } : e)), [setEditing]);
  const onEditKey = useCallback(
    (key: MoveKey | 'Escape' | 'blur') => {
      if (key === 'Escape') return cancelEdit();
      if (commitEdit(key === 'blur' ? 'leave' : 'stay') && key !== 'blur') {
        move(key);
        focusGrid();
      }
    },
    [cancelEdit, commitEdit, move, focusGrid],
  );

  function onGridKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (editing) return; // the editor handles its own keys
    const mod = e.ctrlKey || e.metaKey;
    const keyMap: Record<string, MoveKey> = {
      ArrowUp: 'ArrowUp',
      ArrowDown: 'ArrowDown',
      ArrowLeft: 'ArrowLeft',
      ArrowRight: 'ArrowRight',
      PageUp: 'PageUp',
      PageDown: 'PageDown',
    };
    if (keyMap[e.key]) {
      e.preventDefault();
      move(keyMap[e.key]!);
      return;
    }
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      move(mod ? (e.key === 'Home' ? 'CtrlHome' : 'CtrlEnd') : e.key);
      return;
    }
    // Tab leaves the table (ARIA grid pattern); inside an open edit, Tab saves and moves right.
    if (mod && e.key === 'a') {
      e.preventDefault();
      setSelected(new Set(shown.map((r) => r.id)));
      return;
    }
    if (!active && shown.length && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      setActive({ row: 0, col: 1 });
      return;
    }
    if (!active) return;
    const row = shown[active.row];
    if (!row) return;
    if (e.key === ' ' && (active.col === 0 || e.shiftKey)) {
      e.preventDefault();
      toggleSelected(row.id);
      return;
    }
    if (e.key === 'Escape') {
      if (selected.size) setSelected(new Set());
      return;
    }
    if (e.key === 'Delete' && !props.fixedRows) {
      e.preventDefault();
      void deleteRows(targets);
      return;
    }
    if (e.key === 'Enter' && (e.altKey || mod) && props.details) {
      e.preventDefault();
      setDetailsId(row.id);
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2' || (e.key === ' ' && columns[active.col - 1]?.edit?.kind === 'checkbox')) {
      e.preventDefault();
      if (active.col === 0) toggleSelected(row.id);
      else startEdit(active);
      return;
    }
    // Typing a character starts editing the cell with it, as in a spreadsheet.
    if (e.key.length === 1 && !mod && !e.altKey && active.col > 0 && columns[active.col - 1]?.edit?.kind === 'text') {
      e.preventDefault();
      startEdit(active, e.key);
    }
  }

  const detailsRow = detailsId ? byId.get(detailsId) : undefined;
  const draftList = [...drafts.entries()]
    .map(([key, draft]) => {
      const [rowId, columnId] = key.split('\u0000');
      const row = byId.get(rowId!);
      const column = columns.find((c) => c.id === columnId);
      return row && column ? { key, row, column, draft } : null;
    })
    .filter((x) => x !== null);

  if (rows === undefined) return null;

  return (
    <div className="register" data-testid={`${gridId}-register`}>
      <GridToolbar
        gridId={gridId}
        columns={columns}
        view={view}
        onView={setView}
        count={texts.count(shown.length)}
        selectedCount={selectedRows.length}
        addLabel={texts.add}
        canAdd={props.canAdd ?? true}
        onAdd={() => void addRow()}
        onDuplicate={() => void duplicateRows(targets)}
        onDelete={() => void deleteRows(targets)}
        onBulkEdit={() => setBulkOpen(true)}
        fixedRows={props.fixedRows ?? false}
        onDetails={props.details && activeRow ? () => setDetailsId(activeRow.id) : null}
        hasTargets={targets.length > 0}
        extra={props.toolbarExtra}
      />
      {rows.length === 0 ? (
        props.empty
      ) : (
        <div className="register-body">
          <GridBody
            gridId={gridId}
            gridRef={gridRef}
            label={label}
            rows={shown}
            totalRows={rows.length}
            columns={columns}
            rowHeight={ROW_HEIGHT}
            active={active}
            editing={editing}
            drafts={drafts}
            selected={selected}
            sort={view.sort}
            onSort={(columnId) => setView((v) => ({ ...v, sort: nextSort(v.sort, columnId) }))}
            onKeyDown={onGridKeyDown}
            onCellClick={onCellClick}
            onCellDoubleClick={startEdit}
            onToggleSelected={toggleSelected}
            onToggleAll={() => setSelected((s) => (s.size === shown.length ? new Set() : new Set(shown.map((r) => r.id))))}
            onEditText={onEditText}
            onEditKey={onEditKey}
          />
          {editing?.error ? (
            <p className="field-error grid-error" role="alert" data-testid={`${gridId}-error`}>
              {errorText(columns.find((c) => c.id === editing.columnId)?.fieldName ?? '', editing.error)}
            </p>
          ) : null}
          {draftList.length ? (
            <div className="grid-drafts" role="status">
              <p>{t('grid.unsavedDrafts')}</p>
              <ul>
                {draftList.map(({ key, row, column, draft }) => (
                  <li key={key}>
                    <strong>{columns[0]?.display(row)}</strong>: {errorText(column.fieldName, draft.error)}{' '}
                    <span className="muted">{t('grid.typed', { text: draft.text })}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="hint grid-help">{t('grid.keyboardHelp')}</p>
        </div>
      )}
      {bulkOpen ? (
        <BulkEditDialog
          columns={columns}
          rows={selectedRows.length ? selectedRows : shown}
          onClose={() => {
            setBulkOpen(false);
            focusGrid();
          }}
          onApply={async (changed) => {
            await save('history.bulkEdit', changed);
            setBulkOpen(false);
            notify('success', 'grid.bulkEdited', { count: changed.length });
            focusGrid();
          }}
        />
      ) : null}
      {detailsRow && props.details ? (
        <aside className="details-panel" aria-label={t('grid.details')} data-testid={`${gridId}-details`}>
          {props.details(detailsRow, closeDetails)}
        </aside>
      ) : null}
    </div>
  );
}
