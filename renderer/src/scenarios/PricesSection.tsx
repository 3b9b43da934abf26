import { useTranslation } from 'react-i18next';
import { priceShockSchema } from '../../../shared/model/schema';
import type { Plan, Scenario } from '../../../shared/model/types';
import { categoryName } from '../format/names';
import { NumberField, PercentField } from '../forms/CommitFields';
import { numberRule } from '../forms/rules';
import { useAppStore } from '../state/appStore';

const yearRule = numberRule(priceShockSchema.shape.year);

/** Price development: a yearly index per category, and one-off price shocks (2022: +10–16 %). */
export function PricesSection({ plan, scenario, onChange }: { plan: Plan; scenario: Scenario; onChange(change: (s: Scenario) => Scenario): void }) {
  const { t } = useTranslation();
  // Changes go onto the latest scenario (a what-if draft may be newer than this section's props).
  const patch = (fields: Partial<Scenario>) => onChange((s) => ({ ...s, ...fields }));
  const language = useAppStore((s) => s.language);
  const catLabel = (id: string) => {
    const c = plan.foodCategories.find((x) => x.id === id);
    return c ? categoryName(c, language) : id;
  };
  const withoutIndex = plan.foodCategories.filter((c) => !scenario.categoryPriceIndex.some((x) => x.categoryId === c.id));
  return (
    <>
      <fieldset>
        <legend>{t('scenarios.categoryIndexTitle')}</legend>
        <p className="hint">{t('scenarios.categoryIndexHint', { rate: (scenario.priceIndex * 100).toFixed(1) })}</p>
        {scenario.categoryPriceIndex.map((x, i) => (
          <div className="point-row" key={x.categoryId}>
            <span className="row-label">{catLabel(x.categoryId)}</span>
            <PercentField
              label={t('scenarios.priceIndex')}
              unit={t('scenarios.percentPerYear')}
              value={x.rate}
              minPercent={-50}
              maxPercent={100}
              onCommit={(rate) => patch({ categoryPriceIndex: scenario.categoryPriceIndex.map((y, j) => (j === i ? { ...y, rate } : y)) })}
            />
            <button type="button" className="link" onClick={() => patch({ categoryPriceIndex: scenario.categoryPriceIndex.filter((_, j) => j !== i) })}>
              {t('scenarios.remove')}
            </button>
          </div>
        ))}
        {withoutIndex.length ? (
          <div className="field compact">
            <label htmlFor="add-category-index">{t('scenarios.addCategoryIndex')}</label>
            <select
              id="add-category-index"
              value=""
              onChange={(e) => e.target.value && patch({ categoryPriceIndex: [...scenario.categoryPriceIndex, { categoryId: e.target.value, rate: scenario.priceIndex }] })}
            >
              <option value="">{t('scenarios.chooseCategory')}</option>
              {withoutIndex.map((c) => (
                <option key={c.id} value={c.id}>
                  {categoryName(c, language)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t('scenarios.shocksTitle')}</legend>
        <p className="hint">{t('scenarios.shocksHint')}</p>
        {scenario.priceShocks.map((x, i) => (
          <div className="point-row" key={i}>
            <div className="field compact">
              <label htmlFor={`shock-cat-${i}`}>{t('offers.category')}</label>
              <select
                id={`shock-cat-${i}`}
                value={x.categoryId}
                onChange={(e) => patch({ priceShocks: scenario.priceShocks.map((y, j) => (j === i ? { ...y, categoryId: e.target.value } : y)) })}
              >
                <option value="*">{t('scenarios.allCategories')}</option>
                {plan.foodCategories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {categoryName(c, language)}
                  </option>
                ))}
              </select>
            </div>
            <NumberField
              label={t('scenarios.fromYear')}
              value={x.year}
              rule={yearRule}
              decimals={0}
              onCommit={(year) => patch({ priceShocks: scenario.priceShocks.map((y, j) => (j === i ? { ...y, year } : y)) })}
            />
            <PercentField
              label={t('scenarios.shockRate')}
              value={x.rate}
              minPercent={-50}
              maxPercent={200}
              onCommit={(rate) => patch({ priceShocks: scenario.priceShocks.map((y, j) => (j === i ? { ...y, rate } : y)) })}
            />
            <button type="button" className="link" onClick={() => patch({ priceShocks: scenario.priceShocks.filter((_, j) => j !== i) })}>
              {t('scenarios.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => patch({ priceShocks: [...scenario.priceShocks, { categoryId: '*', year: scenario.startYear, rate: 0.12 }] })}>
          {t('scenarios.addShock')}
        </button>
      </fieldset>
    </>
  );
}
