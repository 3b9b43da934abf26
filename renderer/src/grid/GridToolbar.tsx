import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDef, ViewState } from './types';

interface GridToolbarProps<T> {
  gridId: string;
  columns: ColumnDef<T>[];
  view: ViewState;
  onView(view: ViewState): void;
  count: string;
  selectedCount: number;
  addLabel: string;
  canAdd: boolean;
  onAdd(): void;
  onDuplicate(): void;
  onDelete(): void;
  onBulkEdit(): void;
  onDetails: (() => void) | null;
  hasTargets: boolean;
  fixedRows: boolean;
  extra?: ReactNode;
}

/** Search, filters, sort and the row actions of a register table. */
export function GridToolbar<T>(props: GridToolbarProps<T>) {
  const { t } = useTranslation();
  const { gridId, columns, view, onView } = props;
  const sortValue = view.sort ? `${view.sort.columnId}:${view.sort.direction}` : '';
  return (
    <div className="grid-toolbar">
      <div className="grid-controls">
        <div className="field compact">
          <label htmlFor={`${gridId}-search`}>{t('grid.search')}</label>
          <input
            id={`${gridId}-search`}
            type="search"
            value={view.search}
            onChange={(e) => onView({ ...view, search: e.target.value })}
            data-testid={`${gridId}-search`}
          />
        </div>
        {columns
          .filter((c) => c.filter)
          .map((c) => (
            <div className="field compact" key={c.id}>
              <label htmlFor={`${gridId}-filter-${c.id}`}>{c.fieldName}</label>
              <select
                id={`${gridId}-filter-${c.id}`}
                value={view.filters[c.id] ?? ''}
                onChange={(e) => onView({ ...view, filters: { ...view.filters, [c.id]: e.target.value } })}
                data-testid={`${gridId}-filter-${c.id}`}
              >
                <option value="">{t('grid.all')}</option>
                {c.filter!.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        <div className="field compact">
          <label htmlFor={`${gridId}-sort`}>{t('grid.sortBy')}</label>
          <select
            id={`${gridId}-sort`}
            value={sortValue}
            onChange={(e) => {
              const [columnId, direction] = e.target.value.split(':');
              onView({ ...view, sort: columnId ? { columnId, direction: direction === 'desc' ? 'desc' : 'asc' } : null });
            }}
          >
            <option value="">{t('grid.sortNone')}</option>
            {columns.map((c) => [
              <option key={`${c.id}:asc`} value={`${c.id}:asc`}>
                {t('grid.sortAsc', { column: c.fieldName })}
              </option>,
              <option key={`${c.id}:desc`} value={`${c.id}:desc`}>
                {t('grid.sortDesc', { column: c.fieldName })}
              </option>,
            ])}
          </select>
        </div>
      </div>
      <div className="grid-actions">
        <span className="muted grid-count" data-testid={`${gridId}-count`}>
          {props.count}
          {props.selectedCount ? ` · ${t('grid.selected', { count: props.selectedCount })}` : ''}
        </span>
        {props.extra}
        <button type="button" onClick={props.onDetails ?? undefined} disabled={!props.onDetails} data-testid={`${gridId}-details-open`}>
          {t('grid.openDetails')}
        </button>
        <button type="button" onClick={props.onBulkEdit} disabled={props.selectedCount === 0} data-testid={`${gridId}-bulk-edit`}>
          {t('grid.bulkEdit')}
        </button>
        {props.fixedRows ? null : (
          <>
            <button type="button" onClick={props.onDuplicate} disabled={!props.hasTargets} data-testid={`${gridId}-duplicate`}>
              {t('grid.duplicate')}
            </button>
            <button type="button" className="danger" onClick={props.onDelete} disabled={!props.hasTargets} data-testid={`${gridId}-delete`}>
              {t('grid.delete')}
            </button>
            <button type="button" className="primary" onClick={props.onAdd} disabled={!props.canAdd} data-testid={`${gridId}-add`}>
              {props.addLabel}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
