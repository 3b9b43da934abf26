import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayToIso } from '../../../shared/import/cells';
import type { Plan } from '../../../shared/model/types';
import { nowIso } from '../data/clock';
import { getDatabase } from '../db/database';
import { deleteBatch } from '../db/purchases';
import type { PurchaseBatchRow } from '../db/schema';
import { useFormatter } from '../format/useFormatter';
import { useAppStore } from '../state/appStore';
import { storageMessageKey } from '../db/errors';

/** The imported files, and "undo import": deleting a batch with all its lines (one transaction). */
export function BatchList({ plan, batches }: { plan: Plan; batches: readonly PurchaseBatchRow[] }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const notify = useAppStore((s) => s.notify);
  const [confirming, setConfirming] = useState<string | null>(null);
  const remove = async (b: PurchaseBatchRow) => {
    setConfirming(null);
    try {
      await deleteBatch(getDatabase(), plan.meta.id, b.id, nowIso());
      notify('info', 'purchases.batches.deleted', { file: b.sourceFile });
    } catch (error) {
      notify('error', storageMessageKey(error));
    }
  };
  return (
    <section>
      <h2>{t('purchases.batches.title')}</h2>
      <table className="data-table compact-table" data-testid="purchase-batches">
        <thead>
          <tr>
            <th>{t('purchases.batches.file')}</th>
            <th>{t('purchases.batches.importedAt')}</th>
            <th className="num">{t('purchases.batches.lines')}</th>
            <th>{t('purchases.batches.period')}</th>
            <th className="num">{t('purchases.batches.amount')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id} data-testid="purchase-batch">
              <td>{b.sourceFile}</td>
              <td>{f.dateTime(b.importedAt)}</td>
              <td className="num">{f.number(b.rowCount, 0)}</td>
              <td>{b.firstDay !== null && b.lastDay !== null ? `${f.date(dayToIso(b.firstDay))} – ${f.date(dayToIso(b.lastDay))}` : ''}</td>
              <td className="num">{f.money(b.amountMinor, plan.meta.currency, 0)}</td>
              <td>
                {confirming === b.id ? (
                  <span className="row-actions">
                    <button type="button" className="danger" onClick={() => void remove(b)} data-testid="purchase-batch-delete-confirm">
                      {t('purchases.batches.confirmDelete', { count: b.rowCount })}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t('actions.cancel')}
                    </button>
                  </span>
                ) : (
                  <button type="button" onClick={() => setConfirming(b.id)} data-testid="purchase-batch-delete">
                    {t('purchases.batches.delete')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
