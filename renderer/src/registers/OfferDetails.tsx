import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { discountTierSchema } from '../../../shared/model/schema';
import type { DiscountTier, Offer, Plan } from '../../../shared/model/types';
import { useFormatter } from '../format/useFormatter';
import { categoryName } from '../format/names';
import { Field } from '../forms/Field';
import { parseNumberField, parsePercentField, parseTextField, type FieldError } from '../forms/rules';
import { useAppStore } from '../state/appStore';

interface TierDraft {
  from: string;
  rate: string;
}

/** The full form of an offer: volume-discount tiers, the source of its price, where it is grown. */
export function OfferDetails({ plan, offer, onSave, onCancel }: { plan: Plan; offer: Offer; onSave(o: Offer): Promise<void>; onCancel(): void }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const currency = plan.meta.currency;
  const [tiers, setTiers] = useState<TierDraft[]>(() =>
    offer.discountTiers.map((d) => ({ from: f.number(d.fromValueMinor / 100, 2).replace(/[\s\u00a0\u202f]/g, ''), rate: f.number(d.rate * 100, 2) })),
  );
  const [source, setSource] = useState(offer.source);
  const [municipality, setMunicipality] = useState(offer.origin?.municipalityCode ?? '');
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const supplier = plan.suppliers.find((s) => s.id === offer.supplierId);
  const category = plan.foodCategories.find((c) => c.id === offer.categoryId);
  const maxRate = (discountTierSchema.shape.rate.maxValue ?? 0.5) * 100;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: Record<string, FieldError> = {};
    const parsed: DiscountTier[] = [];
    tiers.forEach((tier, i) => {
      const from = parseNumberField(tier.from, { min: 0, max: 9e10, integer: false }, language);
      const rate = parsePercentField(tier.rate, language, maxRate);
      if (!from.ok) next[`from${i}`] = from.error;
      if (!rate.ok) next[`rate${i}`] = rate.error;
      if (from.ok && rate.ok) parsed.push({ fromValueMinor: Math.round((from.value ?? 0) * 100), rate: rate.value });
    });
    const src = parseTextField(source, 20_000, false);
    if (!src.ok) next.source = src.error;
    setErrors(next);
    if (Object.keys(next).length || !src.ok) return;
    parsed.sort((a, b) => a.fromValueMinor - b.fromValueMinor);
    const origin = { ...(offer.origin ?? {}) };
    if (municipality.trim()) origin.municipalityCode = municipality.trim();
    else delete origin.municipalityCode;
    await onSave({ ...offer, discountTiers: parsed, source: src.value, origin: Object.keys(origin).length ? origin : null });
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate data-testid="offer-details" aria-labelledby="offer-details-title">
      <h2 id="offer-details-title">
        {t('offers.detailsTitle', { supplier: supplier?.name ?? '', category: category ? categoryName(category, language) : '' })}
      </h2>
      <fieldset>
        <legend>{t('offers.discountTiers')}</legend>
        <p className="hint">{t('offers.tiersHint')}</p>
        {tiers.map((tier, i) => (
          <div className="form-grid tier-row" key={i}>
            <Field label={t('offers.tierFrom')} unit={currency} error={errors[`from${i}`] ?? null}>
              {(p) => <input {...p} inputMode="decimal" value={tier.from} onChange={(e) => setTiers(tiers.map((x, j) => (j === i ? { ...x, from: e.target.value } : x)))} />}
            </Field>
            <Field label={t('offers.tierRate')} unit="%" error={errors[`rate${i}`] ?? null}>
              {(p) => <input {...p} inputMode="decimal" value={tier.rate} onChange={(e) => setTiers(tiers.map((x, j) => (j === i ? { ...x, rate: e.target.value } : x)))} />}
            </Field>
            <div className="field">
              <button type="button" className="link" onClick={() => setTiers(tiers.filter((_, j) => j !== i))}>
                {t('offers.removeTier')}
              </button>
            </div>
          </div>
        ))}
        <button type="button" onClick={() => setTiers([...tiers, { from: '', rate: '' }])} data-testid="add-tier">
          {t('offers.addTier')}
        </button>
      </fieldset>
      <Field label={t('offers.grownInMunicipality')}>
        {(p) => <input {...p} value={municipality} onChange={(e) => setMunicipality(e.target.value)} />}
      </Field>
      <Field label={t('offers.source')} error={errors.source ?? null} hint={t('offers.sourceHint')}>
        {(p) => <textarea {...p} rows={3} value={source} onChange={(e) => setSource(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
        <button type="submit" className="primary" data-testid="offer-details-save">
          {t('actions.save')}
        </button>
      </div>
    </form>
  );
}
