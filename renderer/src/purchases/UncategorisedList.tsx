import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseData } from '../../../shared/import/purchaseColumns';
import { uncategorisedSteps } from '../../../shared/import/purchaseQuery';
import type { Plan } from '../../../shared/model/types';
import { nowIso } from '../data/clock';
import { getDatabase } from '../db/database';
import { recategoriseProduct } from '../db/purchases';
import type { PurchaseBatchRow } from '../db/schema';
import { useFormatter } from '../format/useFormatter';
import { useAppStore } from '../state/appStore';
import { CategorySelect } from './CategorySelect';
import { replaceChunks } from './purchaseStore';
import { useSteps } from './useSteps';
import { storageMessageKey } from '../db/errors';

const SHOWN = 100;

/** The product texts no rule matched, most money first, each with a category to give all its lines. */
export function UncategorisedList({ plan, batches, data }: { plan: Plan; batches: readonly PurchaseBatchRow[]; data: Map<string, PurchaseData> }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const notify = useAppStore((s) => s.notify);
  const key = useMemo(() => ({ batches, data }), [batches, data]);
  const list = useSteps(key, () => uncategorisedSteps(batches.filter((b) => data.has(b.id)).map((b) => ({ id: b.id, data: data.get(b.id)! }))))?.value ?? [];
  const [chosen, setChosen] = useState<Record<string, string>>({});
  if (list.length === 0) return null;
  const set = async (batchId: string, product: number, key: string) => {
    const categoryId = chosen[key];
    const row = batches.find((b) => b.id === batchId);
    const d = data.get(batchId);
    if (!categoryId || !row || !d) return;
    try {
      const r = await recategoriseProduct(getDatabase(), row, d, product, categoryId, nowIso());
      replaceChunks(batchId, r.chunks, r.dictionaries);
      notify('success', 'purchases.browser.changed', { count: r.lines });
    } catch (error) {
      notify('error', storageMessageKey(error));
    }
  };
  const lines = list.reduce((s, u) => s + u.lines, 0);
  return (
    <section data-testid="purchase-uncategorised">
      <h2>{t('purchases.uncategorised.title')}</h2>
      <p className="hint">{t('purchases.uncategorised.intro', { texts: f.number(list.length, 0), lines: f.number(lines, 0) })}</p>
      <div className="table-scroll rules-list">
        <table className="data-table compact-table">
          <thead>
            <tr>
              <th>{t('purchases.columns.product')}</th>
              <th className="num">{t('purchases.batches.lines')}</th>
              <th className="num">{t('purchases.columns.amount')}</th>
              <th>{t('purchases.columns.category')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.slice(0, SHOWN).map((u) => {
              const key = `${u.batchId}:${u.product}`;
              return (
                <tr key={key}>
                  <td>{u.text || '–'}</td>
                  <td className="num">{f.number(u.lines, 0)}</td>
                  <td className="num">{f.money(u.amountMinor, plan.meta.currency, 0)}</td>
                  <td>
                    <CategorySelect plan={plan} id={`uncat-${key}`} value={chosen[key] ?? ''} onChange={(v) => setChosen((c) => ({ ...c, [key]: v }))} label={t('purchases.browser.setCategory')} />
                  </td>
                  <td>
                    <button type="button" disabled={!chosen[key]} onClick={() => void set(u.batchId, u.product, key)}>
                      {t('purchases.uncategorised.set')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
