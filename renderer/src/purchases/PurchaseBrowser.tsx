import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayToIso } from '../../../shared/import/cells';
import { lineAt, type PurchaseData } from '../../../shared/import/purchaseColumns';
import { filterSteps, type LineFilter, type LineRefs } from '../../../shared/import/purchaseQuery';
import type { Plan } from '../../../shared/model/types';
import { nowIso } from '../data/clock';
import { getDatabase } from '../db/database';
import { recategoriseLine, recategoriseProduct } from '../db/purchases';
import type { PurchaseBatchRow } from '../db/schema';
import { categoryName } from '../format/names';
import { useFormatter } from '../format/useFormatter';
import { useAppStore } from '../state/appStore';
import { CategorySelect } from './CategorySelect';
import { replaceChunks } from './purchaseStore';
import { useSteps } from './useSteps';
import { storageMessageKey } from '../db/errors';

const ROW = 30;
const NONE: LineRefs = { batch: new Uint16Array(0), chunk: new Uint32Array(0), line: new Uint16Array(0), count: 0 };
const TEMPLATE = '90px 140px 140px 150px minmax(200px, 1fr) 150px 100px 80px 110px 60px 70px';

interface Selected {
  batch: number;
  chunk: number;
  line: number;
}

/**
 * The purchase lines: filter by year, category and batch, search product, supplier, buyer or
 * cost centre, and re-categorise one line or every line of a product text. Virtualised: only the
 * rows in view are drawn, so a million lines scroll smoothly.
 */
export function PurchaseBrowser({ plan, batches, data, years }: { plan: Plan; batches: readonly PurchaseBatchRow[]; data: Map<string, PurchaseData>; years: number[] }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const notify = useAppStore((s) => s.notify);
  const [filter, setFilter] = useState<LineFilter>({ batchId: null, year: null, category: null, search: '' });
  const [selected, setSelected] = useState<Selected | null>(null);
  const [category, setCategory] = useState('');
  const list = useMemo(() => batches.map((b) => ({ id: b.id, data: data.get(b.id)! })).filter((b) => b.data), [batches, data]);
  const key = useMemo(() => ({ list, filter }), [list, filter]);
  const found = useSteps(key, () => filterSteps(list, filter));
  const refs: LineRefs = found?.value ?? NONE;
  const total = useMemo(() => batches.reduce((s, b) => s + b.rowCount, 0), [batches]);
  const catName = useMemo(() => new Map(plan.foodCategories.map((c) => [c.id, categoryName(c, language)])), [plan.foodCategories, language]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's API returns functions by design
  const virtualizer = useVirtualizer({ count: refs.count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 15, initialRect: { width: 1200, height: 420 } });

  const at = (s: Selected) => {
    const b = list[s.batch]!;
    return { batch: b, line: lineAt(b.data.dictionaries, b.data.chunks[s.chunk]!, s.line, dayToIso) };
  };
  const sel = selected ? at(selected) : null;
  const sameProduct = useMemo(() => {
    if (!selected) return 0;
    const b = list[selected.batch];
    if (!b) return 0;
    const p = b.data.chunks[selected.chunk]!.product[selected.line]!;
    let n = 0;
    for (const c of b.data.chunks) for (let i = 0; i < c.count; i++) if (c.product[i] === p) n++;
    return n;
  }, [selected, list]);

  const apply = async (all: boolean) => {
    if (!selected || !sel) return;
    const row = batches.find((b) => b.id === sel.batch.id)!;
    try {
      const chunk = sel.batch.data.chunks[selected.chunk]!;
      const r = all
        ? await recategoriseProduct(getDatabase(), row, sel.batch.data, chunk.product[selected.line]!, category || null, nowIso())
        : await recategoriseLine(getDatabase(), row, sel.batch.data, selected.chunk, selected.line, category || null, nowIso());
      replaceChunks(row.id, r.chunks, r.dictionaries);
      notify('success', 'purchases.browser.changed', { count: r.lines });
    } catch (error) {
      notify('error', storageMessageKey(error));
    }
  };

  const set = (patch: Partial<LineFilter>) => {
    setSelected(null);
    setFilter((x) => ({ ...x, ...patch }));
  };

  return (
    <section data-testid="purchase-browser">
      <h2>{t('purchases.browser.title')}</h2>
      <div className="purchases-toolbar">
        <div className="field compact">
          <label htmlFor="purchase-search">{t('purchases.browser.search')}</label>
          <input id="purchase-search" type="search" value={filter.search} onChange={(e) => set({ search: e.target.value })} data-testid="purchase-search" />
        </div>
        <div className="field compact">
          <label htmlFor="purchase-year">{t('purchases.browser.year')}</label>
          <select id="purchase-year" value={filter.year ?? ''} onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t('purchases.browser.allYears')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field compact">
          <label htmlFor="purchase-category">{t('purchases.browser.category')}</label>
          <select id="purchase-category" value={filter.category ?? '*'} onChange={(e) => set({ category: e.target.value === '*' ? null : e.target.value })} data-testid="purchase-category-filter">
            <option value="*">{t('purchases.browser.allCategories')}</option>
            <option value="">{t('purchases.browser.noCategory')}</option>
            {plan.foodCategories.map((c) => (
              <option key={c.id} value={c.id}>
                {catName.get(c.id)}
              </option>
            ))}
          </select>
        </div>
        {batches.length > 1 ? (
          <div className="field compact">
            <label htmlFor="purchase-batch">{t('purchases.browser.batch')}</label>
            <select id="purchase-batch" value={filter.batchId ?? ''} onChange={(e) => set({ batchId: e.target.value || null })}>
              <option value="">{t('purchases.browser.allBatches')}</option>
              {batches.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.sourceFile}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <p className="muted" data-testid="purchase-count" aria-live="polite">
          {found ? t('purchases.browser.count', { shown: f.number(refs.count, 0), total: f.number(total, 0) }) : t('purchases.browser.searching')}
        </p>
      </div>
      {sel && selected ? (
        <div className="purchase-line-editor" data-testid="purchase-line-editor">
          <p>
            {t('purchases.browser.selected', { line: sel.line.line, file: batches.find((b) => b.id === sel.batch.id)?.sourceFile ?? '', product: sel.line.product })}
          </p>
          <div className="field compact">
            <label htmlFor="purchase-line-category">{t('purchases.browser.setCategory')}</label>
            <CategorySelect plan={plan} id="purchase-line-category" value={category} onChange={setCategory} label={t('purchases.browser.setCategory')} testId="purchase-line-category" />
          </div>
          <button type="button" onClick={() => void apply(false)} data-testid="purchase-set-line">
            {t('purchases.browser.setLine')}
          </button>
          <button type="button" onClick={() => void apply(true)} data-testid="purchase-set-product">
            {t('purchases.browser.setProduct', { count: sameProduct, product: sel.line.product })}
          </button>
        </div>
      ) : (
        <p className="hint">{t('purchases.browser.selectHint')}</p>
      )}
      <div className="purchase-table" role="table" aria-label={t('purchases.browser.title')} aria-rowcount={refs.count + 1}>
        <div className="purchase-scroll" ref={scrollRef}>
          <div className="purchase-row head" role="row" style={{ gridTemplateColumns: TEMPLATE }}>
            {(['date', 'buyer', 'costCentre', 'supplier', 'product', 'category', 'quantity', 'kg', 'amount', 'organic', 'origin'] as const).map((c) => (
              <div key={c} role="columnheader" className={['quantity', 'kg', 'amount'].includes(c) ? 'num' : undefined}>
                {t(`purchases.columns.${c}`)}
              </div>
            ))}
          </div>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const s = { batch: refs.batch[v.index]!, chunk: refs.chunk[v.index]!, line: refs.line[v.index]! };
              const { line: l } = at(s);
              const isSel = selected?.batch === s.batch && selected.chunk === s.chunk && selected.line === s.line;
              return (
                <div
                  key={v.index}
                  role="row"
                  aria-selected={isSel}
                  className={`purchase-row${isSel ? ' selected' : ''}`}
                  style={{ gridTemplateColumns: TEMPLATE, position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${v.start}px)` }}
                  onClick={() => {
                    setSelected(s);
                    setCategory(l.category);
                  }}
                  data-testid="purchase-row"
                >
                  <div role="cell">{f.date(l.date)}</div>
                  <div role="cell">{l.buyer}</div>
                  <div role="cell">{l.costCentre}</div>
                  <div role="cell">{l.supplier}</div>
                  <div role="cell" title={l.product}>
                    {l.product}
                  </div>
                  <div role="cell" data-testid="purchase-row-category">
                    {l.category ? (catName.get(l.category) ?? l.category) : '–'}
                    {l.manual === 1 ? ` (${t('purchases.browser.byHand')})` : ''}
                  </div>
                  <div role="cell" className="num">
                    {l.quantity === null ? '' : `${f.number(l.quantity, 3)} ${l.unit}`}
                  </div>
                  <div role="cell" className="num">
                    {l.kg === null ? '–' : f.number(l.kg, 2)}
                  </div>
                  <div role="cell" className="num">
                    {f.money(l.amountMinor, plan.meta.currency, 2)}
                  </div>
                  <div role="cell">{l.organic ? t('common.yes') : ''}</div>
                  <div role="cell">{l.origin}</div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
