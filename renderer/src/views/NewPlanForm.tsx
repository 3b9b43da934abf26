import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES, type Country } from '../../../shared/model/enums';
import { MAX_NAME_LENGTH } from '../../../shared/model/schema';
import { createNewPlan } from '../data/workspaceActions';
import { Field } from '../forms/Field';
import { parseTextField, type FieldError } from '../forms/rules';
import { useAppStore } from '../state/appStore';
import { storageMessageKey } from '../db/errors';

/** Starts an empty plan: its name, its country (which sets the currency) and the user's organisation. */
export function NewPlanForm({ defaultCountry }: { defaultCountry: Country }) {
  const { t } = useTranslation();
  const notify = useAppStore((s) => s.notify);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [country, setCountry] = useState<Country>(defaultCountry);
  const [errors, setErrors] = useState<{ name?: FieldError; organisation?: FieldError }>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const n = parseTextField(name, MAX_NAME_LENGTH);
    const o = parseTextField(organisation, MAX_NAME_LENGTH);
    const next = { ...(n.ok ? {} : { name: n.error }), ...(o.ok ? {} : { organisation: o.error }) };
    setErrors(next);
    if (!n.ok || !o.ok) return;
    setBusy(true);
    try {
      await createNewPlan({ name: n.value, country, organisationName: o.value });
      notify('success', 'notices.planCreated', { name: n.value });
    } catch (error) {
      notify('error', storageMessageKey(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} data-testid="new-plan-form" noValidate>
      <h2>{t('newPlan.title')}</h2>
      <p className="muted">{t('newPlan.intro')}</p>
      <Field label={t('newPlan.name')} error={errors.name ?? null} hint={t('newPlan.nameHint')}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
      </Field>
      <Field label={t('newPlan.country')}>
        {(p) => (
          <select {...p} value={country} onChange={(e) => setCountry(e.target.value as Country)}>
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t(`countries.${c}`)} ({t(`currencyOf.${c}`)})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('newPlan.organisation')} error={errors.organisation ?? null} hint={t('newPlan.organisationHint')}>
        {(p) => <input {...p} value={organisation} onChange={(e) => setOrganisation(e.target.value)} autoComplete="off" />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy} data-testid="new-plan-submit">
          {t('newPlan.create')}
        </button>
      </div>
    </form>
  );
}
