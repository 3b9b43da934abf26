import { useTranslation } from 'react-i18next';
import { COST_SPLITS, FEE_TIERS, type CostSplit, type FeeTier } from '../../../shared/model/enums';
import { MAX_MINOR } from '../../../shared/model/schema';
import type { Plan, Scenario } from '../../../shared/model/types';
import { categoryName } from '../format/names';
import { MoneyField, PercentField } from '../forms/CommitFields';
import { useAppStore } from '../state/appStore';

/**
 * A partnership: its members and their fee tier, the pooled categories (joint lots), fees,
 * the pooled discount, a shared food hub, and how shared costs are split.
 */
export function PartnershipSection({ plan, scenario, onChange }: { plan: Plan; scenario: Scenario; onChange(change: (s: Scenario) => Scenario): void }) {
  const { t } = useTranslation();
  // Changes go onto the latest scenario (a what-if draft may be newer than this section's props).
  const patch = (fields: Partial<Scenario>) => onChange((s) => ({ ...s, ...fields }));
  const language = useAppStore((s) => s.language);
  const p = scenario.partnership;
  const currency = plan.meta.currency;
  const set = (partnership: Scenario['partnership']) => patch({ partnership });
  const tierOf = (id: string): FeeTier => p.fees.find((f) => f.organisationId === id)?.tier ?? 'none';
  const toggleMember = (id: string) => {
    const member = p.memberIds.includes(id);
    set({
      ...p,
      memberIds: member ? p.memberIds.filter((x) => x !== id) : plan.organisations.map((o) => o.id).filter((x) => x === id || p.memberIds.includes(x)),
      fees: member ? p.fees.filter((f) => f.organisationId !== id) : [...p.fees.filter((f) => f.organisationId !== id), { organisationId: id, tier: 'full' }],
    });
  };
  return (
    <>
      <fieldset>
        <legend>{t('scenarios.members')}</legend>
        <table className="data-table compact-table">
          <caption className="visually-hidden">{t('scenarios.members')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.organisation')}</th>
              <th scope="col">{t('scenarios.member')}</th>
              <th scope="col">{t('scenarios.feeTier')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.organisations.map((o) => {
              const member = p.memberIds.includes(o.id);
              return (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>
                    <input type="checkbox" checked={member} onChange={() => toggleMember(o.id)} aria-label={t('scenarios.memberOf', { name: o.name })} data-testid={`member-${o.id}`} />
                  </td>
                  <td>
                    <select
                      value={tierOf(o.id)}
                      disabled={!member}
                      aria-label={t('scenarios.feeTierOf', { name: o.name })}
                      onChange={(e) =>
                        set({ ...p, fees: [...p.fees.filter((f) => f.organisationId !== o.id), { organisationId: o.id, tier: e.target.value as FeeTier }] })
                      }
                    >
                      {FEE_TIERS.map((tier) => (
                        <option key={tier} value={tier}>
                          {t(`scenarios.feeTiers.${tier}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      <div className="form-grid">
        <MoneyField label={t('scenarios.feeFull')} unit={t('scenarios.perYear', { currency })} value={p.feeFullMinor} maxMinor={MAX_MINOR} onCommit={(feeFullMinor) => set({ ...p, feeFullMinor })} hint={t('scenarios.feeHint')} />
        <MoneyField label={t('scenarios.feeGroup')} unit={t('scenarios.perYear', { currency })} value={p.feeGroupMinor} maxMinor={MAX_MINOR} onCommit={(feeGroupMinor) => set({ ...p, feeGroupMinor })} />
        <PercentField label={t('scenarios.pooledDiscount')} value={p.pooledDiscount} maxPercent={50} onCommit={(pooledDiscount) => set({ ...p, pooledDiscount })} hint={t('scenarios.pooledDiscountHint')} />
      </div>
      <fieldset>
        <legend>{t('scenarios.pooledCategories')}</legend>
        <div className="checks">
          {plan.foodCategories.map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={p.pooledCategoryIds.includes(c.id)}
                onChange={() =>
                  set({
                    ...p,
                    pooledCategoryIds: p.pooledCategoryIds.includes(c.id)
                      ? p.pooledCategoryIds.filter((x) => x !== c.id)
                      : plan.foodCategories.map((x) => x.id).filter((x) => x === c.id || p.pooledCategoryIds.includes(x)),
                  })
                }
              />{' '}
              {categoryName(c, language)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('scenarios.hubTitle')}</legend>
        <label className="check-line">
          <input type="checkbox" checked={p.hubEnabled} onChange={() => set({ ...p, hubEnabled: !p.hubEnabled })} data-testid="hub-enabled" /> {t('scenarios.hubEnabled')}
        </label>
        {p.hubEnabled ? (
          <div className="form-grid">
            <MoneyField label={t('scenarios.hubFixed')} unit={t('scenarios.perYear', { currency })} value={p.hubFixedCostMinor} maxMinor={MAX_MINOR} onCommit={(hubFixedCostMinor) => set({ ...p, hubFixedCostMinor })} />
            <MoneyField label={t('scenarios.hubHandling')} unit={`${currency}/kg`} value={p.hubHandlingPerKgMinor} maxMinor={MAX_MINOR} onCommit={(hubHandlingPerKgMinor) => set({ ...p, hubHandlingPerKgMinor })} />
            <MoneyField
              label={t('scenarios.hubDelivery')}
              unit={`${currency}/kg`}
              value={p.hubDeliveryCostPerKgMinor}
              maxMinor={MAX_MINOR}
              onCommit={(hubDeliveryCostPerKgMinor) => set({ ...p, hubDeliveryCostPerKgMinor })}
            />
          </div>
        ) : null}
        <p className="hint">{t('scenarios.hubHint')}</p>
      </fieldset>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="cost-split">{t('scenarios.costSplit')}</label>
          <select id="cost-split" value={p.costSplit} onChange={(e) => set({ ...p, costSplit: e.target.value as CostSplit })}>
            {COST_SPLITS.map((c) => (
              <option key={c} value={c}>
                {t(`scenarios.costSplits.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {p.costSplit === 'fixed_plus_variable' ? <PercentField label={t('scenarios.fixedPart')} value={p.fixedPart} onCommit={(fixedPart) => set({ ...p, fixedPart })} /> : null}
      </div>
    </>
  );
}
