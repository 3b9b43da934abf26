import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/model/types';
import { BaselinePanel } from '../baseline/BaselinePanel';
import { useBaselineYears } from '../baseline/useBaselineYears';
import { EmptyState } from '../components/EmptyState';
import { ImportButton } from '../import/ImportButton';
import { BatchList } from './BatchList';
import { PurchaseBrowser } from './PurchaseBrowser';
import { usePurchases } from './purchaseStore';
import { RulesEditor } from './RulesEditor';
import { UncategorisedList } from './UncategorisedList';

/** Suppliers → Purchases: the imported purchase lines, the baseline they give, and the rules. */
export function PurchasesTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { batches, data } = usePurchases(plan.meta.id);
  const years = useBaselineYears(plan);
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : (years.at(-1) ?? null);

  return (
    <div className="purchases-layout" data-testid="purchases-tab">
      <div className="purchases-toolbar">
        <ImportButton plan={plan} target="purchases" />
      </div>
      {batches === undefined ? (
        <p className="muted">{t('purchases.loading')}</p>
      ) : batches.length === 0 ? (
        <EmptyState title={t('purchases.emptyTitle')}>
          <p>{t('purchases.empty')}</p>
        </EmptyState>
      ) : (
        <>
          <BatchList plan={plan} batches={batches} />
          {year !== null ? (
            <>
              <div className="purchases-toolbar">
                <div className="field compact">
                  <label htmlFor="baseline-year">{t('baseline.year')}</label>
                  <select id="baseline-year" value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="baseline-year">
                    {years.map((y) => (
                      <option key={y} value={y}>
                        {y}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <BaselinePanel plan={plan} year={year} />
            </>
          ) : null}
          <PurchaseBrowser plan={plan} batches={batches} data={data} years={years} />
          <UncategorisedList plan={plan} batches={batches} data={data} />
        </>
      )}
      <RulesEditor plan={plan} batches={batches ?? []} data={data} />
    </div>
  );
}
