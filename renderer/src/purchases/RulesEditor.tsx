import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryRule } from '../../../shared/import/categoryRules';
import type { PurchaseData } from '../../../shared/import/purchaseColumns';
import type { PieceRule } from '../../../shared/import/units';
import type { Plan } from '../../../shared/model/types';
import { nowIso } from '../data/clock';
import { getDatabase } from '../db/database';
import { defaultRules, readRules, writeRules, type ImportRules } from '../db/importSettings';
import { reapplyCategoryRules } from '../db/purchases';
import type { PurchaseBatchRow } from '../db/schema';
import { useFormatter } from '../format/useFormatter';
import { useAppStore } from '../state/appStore';
import { CategorySelect } from './CategorySelect';
import { replaceChunks } from './purchaseStore';
import { storageMessageKey } from '../db/errors';

/**
 * The plan's import rules: product-text keywords to categories (seeded in four languages) and
 * kg per piece. They apply to the next import, and to the stored lines when the user says so
 * (lines set by hand keep their category).
 */
export function RulesEditor({ plan, batches, data }: { plan: Plan; batches: readonly PurchaseBatchRow[]; data: Map<string, PurchaseData> }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const notify = useAppStore((s) => s.notify);
  const [rules, setRules] = useState<ImportRules | null>(null);
  const [find, setFind] = useState('');
  const [dirty, setDirty] = useState(false);
  const workspaceId = plan.meta.id;

  useEffect(() => {
    let live = true;
    void readRules(getDatabase(), workspaceId).then((r) => live && setRules(r));
    return () => {
      live = false;
    };
  }, [workspaceId]);
  if (!rules) return null;

  const change = (next: ImportRules) => {
    setRules(next);
    setDirty(true);
  };
  const setCat = (i: number, patch: Partial<CategoryRule>) => change({ ...rules, categoryRules: rules.categoryRules.map((r, k) => (k === i ? { ...r, ...patch } : r)) });
  const setPiece = (i: number, patch: Partial<PieceRule>) => change({ ...rules, pieceRules: rules.pieceRules.map((r, k) => (k === i ? { ...r, ...patch } : r)) });
  const save = async () => {
    const clean: ImportRules = {
      categoryRules: rules.categoryRules.filter((r) => r.keyword.trim() !== '').map((r) => ({ ...r, keyword: r.keyword.toLowerCase() })),
      pieceRules: rules.pieceRules.filter((r) => r.keyword.trim() !== '' && r.kgPerPiece > 0).map((r) => ({ ...r, keyword: r.keyword.toLowerCase() })),
    };
    try {
      await writeRules(getDatabase(), workspaceId, clean);
      setRules(clean);
      setDirty(false);
      notify('success', 'purchases.rules.saved');
    } catch (error) {
      notify('error', storageMessageKey(error));
    }
  };
  const applyAgain = async () => {
    const ids = new Set(plan.foodCategories.map((c) => c.id));
    let changed = 0;
    try {
      for (const b of batches) {
        const d = data.get(b.id);
        if (!d) continue;
        const r = await reapplyCategoryRules(getDatabase(), b, d, rules.categoryRules, ids, nowIso());
        replaceChunks(b.id, r.chunks, r.dictionaries);
        changed += r.lines;
      }
      notify('success', 'purchases.rules.applied', { count: changed });
    } catch (error) {
      notify('error', storageMessageKey(error));
    }
  };
  const needle = find.trim().toLowerCase();
  const shown = rules.categoryRules.map((r, i) => ({ r, i })).filter(({ r }) => !needle || r.keyword.includes(needle) || r.categoryId.includes(needle));

  return (
    <section data-testid="purchase-rules">
      <h2>{t('purchases.rules.title')}</h2>
      <p className="hint">{t('purchases.rules.intro')}</p>
      <div className="purchases-toolbar">
        <div className="field compact">
          <label htmlFor="rules-find">{t('purchases.rules.find')}</label>
          <input id="rules-find" type="search" value={find} onChange={(e) => setFind(e.target.value)} />
        </div>
        <button type="button" onClick={() => change({ ...rules, categoryRules: [...rules.categoryRules, { keyword: needle, categoryId: plan.foodCategories[0]?.id ?? '' }] })} data-testid="rules-add">
          {t('purchases.rules.add')}
        </button>
        <span className="muted">{t('purchases.rules.count', { count: rules.categoryRules.length })}</span>
      </div>
      <div className="table-scroll rules-list">
        <table className="data-table compact-table">
          <thead>
            <tr>
              <th>{t('purchases.rules.keyword')}</th>
              <th>{t('purchases.columns.category')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.slice(-200).map(({ r, i }) => (
              <tr key={i}>
                <td>
                  <input value={r.keyword} onChange={(e) => setCat(i, { keyword: e.target.value })} aria-label={t('purchases.rules.keyword')} />
                </td>
                <td>
                  <CategorySelect plan={plan} id={`rule-cat-${i}`} value={r.categoryId} onChange={(v) => setCat(i, { categoryId: v })} label={t('purchases.columns.category')} />
                </td>
                <td>
                  <button type="button" onClick={() => change({ ...rules, categoryRules: rules.categoryRules.filter((_, k) => k !== i) })}>
                    {t('purchases.rules.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('purchases.rules.pieces')}</h3>
      <p className="hint">{t('purchases.rules.piecesIntro')}</p>
      <table className="data-table compact-table">
        <thead>
          <tr>
            <th>{t('purchases.rules.keyword')}</th>
            <th>{t('purchases.rules.kgPerPiece')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.pieceRules.map((r, i) => (
            <tr key={i}>
              <td>
                <input value={r.keyword} onChange={(e) => setPiece(i, { keyword: e.target.value })} aria-label={t('purchases.rules.keyword')} />
              </td>
              <td>
                <input
                  inputMode="decimal"
                  defaultValue={f.number(r.kgPerPiece, 3, false)}
                  onBlur={(e) => setPiece(i, { kgPerPiece: Number(e.target.value.replace(',', '.')) || 0 })}
                  aria-label={t('purchases.rules.kgPerPiece')}
                />
              </td>
              <td>
                <button type="button" onClick={() => change({ ...rules, pieceRules: rules.pieceRules.filter((_, k) => k !== i) })}>
                  {t('purchases.rules.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" onClick={() => change({ ...rules, pieceRules: [...rules.pieceRules, { keyword: '', kgPerPiece: 0.1 }] })}>
          {t('purchases.rules.addPiece')}
        </button>
        <button type="button" onClick={() => change(defaultRules())}>
          {t('purchases.rules.reset')}
        </button>
        <button type="button" className="primary" disabled={!dirty} onClick={() => void save()} data-testid="rules-save">
          {t('purchases.rules.save')}
        </button>
        <button type="button" disabled={dirty || batches.length === 0} onClick={() => void applyAgain()} data-testid="rules-apply">
          {t('purchases.rules.apply')}
        </button>
      </div>
    </section>
  );
}
