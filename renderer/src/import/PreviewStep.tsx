import { useTranslation } from 'react-i18next';
import { dayToIso } from '../../../shared/import/cells';
import type { ImportTarget, RegisterTarget } from '../../../shared/import/fields';
import type { RunResult } from '../../../shared/import/run';
import type { Plan } from '../../../shared/model/types';
import { useFormatter } from '../format/useFormatter';
import { useAppStore } from '../state/appStore';
import { previewPurchaseLines, previewRecords, purchaseColumns, recordColumns, type PreviewColumn } from './previewColumns';
import { ProblemList } from './ProblemList';

function PreviewTable<T>({ columns, rows, testId }: { columns: PreviewColumn<T>[]; rows: T[]; testId: string }) {
  return (
    <div className="table-scroll import-preview-table">
      <table className="data-table compact-table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {columns.map((c, k) => (
                <td key={k} className={c.numeric ? 'num' : undefined}>
                  {c.value(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The preview after the full pass: what will be stored (the first rows, as stored), every problem
 * by row and field, and for purchase lines the product texts without a category and the lines
 * without a weight. The import can be confirmed only when there is no error.
 */
export function PreviewStep({ plan, target, fileName, result, onBack, onConfirm }: { plan: Plan; target: ImportTarget; fileName: string; result: RunResult; onBack(): void; onConfirm(): void }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const { problems } = result;
  const ok = problems.errors === 0;
  const p = result.purchases;
  // With errors nothing can be stored; the (disabled) button then counts the rows read.
  const count = !ok ? result.rows : p ? p.rowCount : (result.puts?.filter((x) => x.table === target).length ?? 0);
  const newSuppliers = target === 'suppliers' ? [] : (result.puts ?? []).filter((x) => x.table === 'suppliers');
  return (
    <div data-testid="import-preview">
      <p className={ok ? 'import-ok' : 'import-bad'} data-testid="import-summary">
        {ok ? t('import.preview.summaryOk', { rows: f.number(result.rows, 0) }) : t('import.preview.summaryErrors', { rows: f.number(result.rows, 0), errors: f.number(problems.errors, 0) })}
      </p>
      {ok && p ? (
        <p className="muted">
          {p.firstDay !== null && p.lastDay !== null ? t('import.preview.span', { from: f.date(dayToIso(p.firstDay)), to: f.date(dayToIso(p.lastDay)) }) : ''}{' '}
          {t('import.preview.total', { amount: f.money(p.amountMinor, plan.meta.currency, 0), kg: f.number(Math.round(p.kg), 0) })}
        </p>
      ) : null}
      {ok && result.puts ? (
        <p className="muted">
          {t('import.preview.added', { added: result.added ?? 0, updated: result.updated ?? 0 })}
          {newSuppliers.length ? ` ${t('import.preview.newSuppliers', { count: newSuppliers.length })}` : ''}
        </p>
      ) : null}
      {problems.listed.length ? (
        <>
          <h3>{t('import.preview.problems')}</h3>
          <ProblemList problems={problems.listed} fileName={fileName} total={problems.errors + problems.warnings} />
        </>
      ) : null}
      {ok && p && p.uncategorisedLines > 0 ? (
        <details className="import-unplaced" data-testid="import-uncategorised">
          <summary>{t('import.preview.uncategorised', { lines: f.number(p.uncategorisedLines, 0) })}</summary>
          <ul>
            {p.uncategorised.slice(0, 50).map((u, i) => (
              <li key={i}>
                “{u.text || t('import.preview.noProduct')}” — {t('import.preview.lines', { count: u.lines })}, {f.money(u.amountMinor, plan.meta.currency, 0)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {ok && p && p.withoutWeightLines > 0 ? (
        <details className="import-unplaced" data-testid="import-without-weight">
          <summary>{t('import.preview.withoutWeight', { lines: f.number(p.withoutWeightLines, 0) })}</summary>
          <ul>
            {p.withoutWeight.slice(0, 50).map((u, i) => (
              <li key={i}>
                “{u.text || t('import.preview.noProduct')}” ({u.unit || t('import.preview.noUnit')}) — {t('import.preview.lines', { count: u.lines })}, {f.money(u.amountMinor, plan.meta.currency, 0)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {ok ? (
        <>
          <h3>{t('import.preview.firstRows')}</h3>
          {p ? (
            <PreviewTable columns={purchaseColumns(t, f, plan, language)} rows={previewPurchaseLines(result)} testId="import-preview-rows" />
          ) : (
            <PreviewTable columns={recordColumns(target as RegisterTarget, t, f, plan, language, newSuppliers)} rows={previewRecords(result, target as RegisterTarget)} testId="import-preview-rows" />
          )}
        </>
      ) : null}
      <div className="form-actions">
        <button type="button" onClick={onBack} data-testid="import-back">
          {t('import.preview.back')}
        </button>
        <button type="button" className="primary" onClick={onConfirm} disabled={!ok || count === 0} data-testid="import-confirm">
          {t('import.preview.confirm', { count })}
        </button>
      </div>
    </div>
  );
}
