import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/model/types';
import { categoryName } from '../format/names';
import { useFormatter } from '../format/useFormatter';
import { useAppStore } from '../state/appStore';
import type { ContractRow } from './contractRows';
import { ScrollRegion } from '../components/ScrollRegion';

/** The time axis as a table: every contract with its dates, options and when to re-tender. */
export function ContractTable({ plan, rows }: { plan: Plan; rows: readonly ContractRow[] }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const orgName = new Map(plan.organisations.map((o) => [o.id, o.name]));
  const supplierName = new Map(plan.suppliers.map((s) => [s.id, s.name]));
  const catName = new Map(plan.foodCategories.map((c) => [c.id, categoryName(c, language)]));
  return (
    <ScrollRegion label={t('timeline.table.caption')}>
      <table className="data-table compact-table timeline-table" data-testid="timeline-table">
        <caption>{t('timeline.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timeline.table.contract')}</th>
            <th scope="col">{t('timeline.table.parties')}</th>
            <th scope="col">{t('timeline.table.start')}</th>
            <th scope="col">{t('timeline.table.end')}</th>
            <th scope="col">{t('timeline.table.options')}</th>
            <th scope="col">{t('timeline.table.tenderBy')}</th>
            <th scope="col">{t('timeline.table.newSupplier')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const tl = r.timeline;
            return (
              <tr key={r.contract.id} data-testid={`timeline-table-row-${r.contract.id}`}>
                <th scope="row">
                  {r.contract.name}
                  <span className="cell-note">{r.contract.categoryIds.map((id) => catName.get(id) ?? id).join(', ')}</span>
                </th>
                <td>
                  {t('timeline.table.partiesText', {
                    supplier: supplierName.get(r.contract.supplierId) ?? r.contract.supplierId,
                    buyers: r.contract.buyerIds.map((id) => orgName.get(id) ?? id).join(', '),
                  })}
                </td>
                <td className="num">{f.date(tl.start)}</td>
                <td>
                  <span className="num-text">{f.date(tl.plannedEnd)}</span>
                  {tl.plannedEnd !== tl.initialEnd ? <span className="cell-note">{t('timeline.table.initialEnd', { date: f.date(tl.initialEnd) })}</span> : null}
                  {tl.maxEnd !== tl.plannedEnd ? <span className="cell-note">{t('timeline.table.maxEnd', { date: f.date(tl.maxEnd) })}</span> : null}
                </td>
                <td>
                  {tl.options.length === 0 ? (
                    <span className="muted">{t('timeline.table.noOptions')}</span>
                  ) : (
                    <ul className="option-list">
                      {tl.options.map((o) => {
                        const ext = r.contract.extensions[o.index];
                        return (
                          <li key={o.index}>
                            {t('timeline.table.option', {
                              n: o.index + 1,
                              months: ext?.months ?? 0,
                              start: f.date(o.optionStart),
                              decideBy: f.date(o.decideBy),
                            })}{' '}
                            <span className={`badge ${ext?.use ? 'option-used' : 'option-unused'}`}>{ext?.use ? t('timeline.table.used') : t('timeline.table.unused')}</span>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
                <td>
                  <span className="num-text">{f.date(tl.latestTenderStart)}</span>
                  {r.tenderLate ? <span className="badge late-badge">{t('timeline.late')}</span> : null}
                </td>
                <td className="num">{f.date(tl.newSupplierFrom)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
