import type { TFunction } from 'i18next';
import type { Formatter } from '../../../shared/format';
import { CsvExportButton } from '../exports/CsvExportButton';
import { formatCell, type Table } from '../exports/table';

/**
 * A report table in the report's language, with its caption. In print the header row repeats on
 * every page and no row is split across pages (reports.css). The CSV button is not printed.
 */
export function ReportTable({ table, t, f, fileBase, hideCaption }: { table: Table; t: TFunction; f: Formatter; fileBase: string; hideCaption?: boolean }) {
  const yesNo = { yes: t('common.yes'), no: t('common.no') };
  // Column widths in proportion to the columns' width hints (the layout is fixed, so that long
  // scenario names wrap instead of pushing the table off the page).
  const hints = table.columns.map((c) => c.width ?? 14);
  const sum = hints.reduce((a, b) => a + b, 0);
  return (
    <div className={`report-table report-table-${table.id}`} data-testid={`report-table-${table.id}`}>
      <table className="data-table compact-table">
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{table.title}</caption>
        <colgroup>
          {hints.map((w, i) => (
            <col key={i} style={{ width: `${((100 * w) / sum).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((c, i) =>
                i === 0 && table.rowHeaders ? (
                  <th key={i} scope="row">
                    {formatCell(c, f, table.currency, yesNo)}
                  </th>
                ) : (
                  <td key={i} className={table.columns[i]?.numeric ? 'num' : undefined}>
                    {formatCell(c, f, table.currency, yesNo)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <CsvExportButton table={() => table} fileBase={`${fileBase} ${table.title}`} testId={`csv-${table.id}`} />
    </div>
  );
}
