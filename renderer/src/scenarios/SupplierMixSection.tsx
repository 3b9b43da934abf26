import { useTranslation } from 'react-i18next';
import type { Plan, Scenario } from '../../../shared/model/types';
import { categoryName } from '../format/names';
import { PercentField } from '../forms/CommitFields';
import { useAppStore } from '../state/appStore';

/** Leave suppliers out, bring in candidates not contracted yet, or fix a supplier's share of a category. */
export function SupplierMixSection({ plan, scenario, onChange }: { plan: Plan; scenario: Scenario; onChange(change: (s: Scenario) => Scenario): void }) {
  const { t } = useTranslation();
  // Changes go onto the latest scenario (a what-if draft may be newer than this section's props).
  const patch = (fields: Partial<Scenario>) => onChange((s) => ({ ...s, ...fields }));
  const language = useAppStore((s) => s.language);
  const candidates = plan.suppliers.filter((s) => plan.offers.some((o) => o.supplierId === s.id && o.candidate));
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const first = plan.offers[0];
  return (
    <>
      <fieldset>
        <legend>{t('scenarios.excludedSuppliers')}</legend>
        <div className="checks">
          {plan.suppliers.map((s) => (
            <label key={s.id}>
              <input type="checkbox" checked={scenario.excludedSupplierIds.includes(s.id)} onChange={() => patch({ excludedSupplierIds: toggle(scenario.excludedSupplierIds, s.id) })} />{' '}
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('scenarios.includedCandidates')}</legend>
        {candidates.length ? (
          <div className="checks">
            {candidates.map((s) => (
              <label key={s.id}>
                <input type="checkbox" checked={scenario.includedCandidateIds.includes(s.id)} onChange={() => patch({ includedCandidateIds: toggle(scenario.includedCandidateIds, s.id) })} />{' '}
                {s.name}
              </label>
            ))}
          </div>
        ) : (
          <p className="hint">{t('scenarios.noCandidates')}</p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('scenarios.fixedShares')}</legend>
        {scenario.fixedShares.map((x, i) => (
          <div className="point-row" key={i}>
            <div className="field compact">
              <label htmlFor={`fixed-supplier-${i}`}>{t('offers.supplier')}</label>
              <select id={`fixed-supplier-${i}`} value={x.supplierId} onChange={(e) => patch({ fixedShares: scenario.fixedShares.map((y, j) => (j === i ? { ...y, supplierId: e.target.value } : y)) })}>
                {plan.suppliers.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field compact">
              <label htmlFor={`fixed-cat-${i}`}>{t('offers.category')}</label>
              <select id={`fixed-cat-${i}`} value={x.categoryId} onChange={(e) => patch({ fixedShares: scenario.fixedShares.map((y, j) => (j === i ? { ...y, categoryId: e.target.value } : y)) })}>
                {plan.foodCategories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {categoryName(c, language)}
                  </option>
                ))}
              </select>
            </div>
            <PercentField label={t('scenarios.share')} value={x.share} onCommit={(share) => patch({ fixedShares: scenario.fixedShares.map((y, j) => (j === i ? { ...y, share } : y)) })} />
            <button type="button" className="link" onClick={() => patch({ fixedShares: scenario.fixedShares.filter((_, j) => j !== i) })}>
              {t('scenarios.remove')}
            </button>
          </div>
        ))}
        {first ? (
          <button type="button" onClick={() => patch({ fixedShares: [...scenario.fixedShares, { supplierId: first.supplierId, categoryId: first.categoryId, share: 0.5 }] })}>
            {t('scenarios.addFixedShare')}
          </button>
        ) : null}
        <p className="hint">{t('scenarios.fixedSharesHint')}</p>
      </fieldset>
    </>
  );
}
