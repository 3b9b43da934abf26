import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contractSchema, extensionOptionSchema, MAX_NAME_LENGTH } from '../../../shared/model/schema';
import type { Contract, ExtensionOption, Plan } from '../../../shared/model/types';
import { DateField } from '../components/DateField';
import { categoryName } from '../format/names';
import { Field } from '../forms/Field';
import { numberRule, parseNumberField, parseTextField, type FieldError } from '../forms/rules';
import { useAppStore } from '../state/appStore';

const monthsRule = numberRule(extensionOptionSchema.shape.months);
const noticeRule = numberRule(extensionOptionSchema.shape.noticeMonths);
const leadRule = numberRule(contractSchema.shape.leadTimeMonths);

interface OptionDraft {
  months: string;
  notice: string;
  use: boolean;
}

/** The full form of a contract: buyers, lots, dates with a calendar, extension options, lead time. */
export function ContractDetails({ plan, contract, onSave, onCancel }: { plan: Plan; contract: Contract; onSave(c: Contract): Promise<void>; onCancel(): void }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const [name, setName] = useState(contract.name);
  const [supplierId, setSupplierId] = useState(contract.supplierId);
  const [buyers, setBuyers] = useState(new Set(contract.buyerIds));
  const [lots, setLots] = useState(new Set(contract.categoryIds));
  const [start, setStart] = useState(contract.start);
  const [end, setEnd] = useState(contract.initialEnd);
  const [joinBy, setJoinBy] = useState(contract.joinByDate ?? '');
  const [lead, setLead] = useState(String(contract.leadTimeMonths));
  const [options, setOptions] = useState<OptionDraft[]>(contract.extensions.map((x) => ({ months: String(x.months), notice: String(x.noticeMonths), use: x.use })));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: Record<string, FieldError> = {};
    const n = parseTextField(name, MAX_NAME_LENGTH);
    if (!n.ok) next.name = n.error;
    if (buyers.size === 0) next.buyers = { key: 'required', values: {} };
    if (lots.size === 0) next.lots = { key: 'required', values: {} };
    if (end < start) next.end = { key: 'dateOrder', values: {} };
    const l = parseNumberField(lead, leadRule, language);
    if (!l.ok) next.lead = l.error;
    const extensions: ExtensionOption[] = [];
    options.forEach((o, i) => {
      const m = parseNumberField(o.months, monthsRule, language);
      const nm = parseNumberField(o.notice, noticeRule, language);
      if (!m.ok) next[`months${i}`] = m.error;
      if (!nm.ok) next[`notice${i}`] = nm.error;
      if (m.ok && nm.ok) extensions.push({ months: m.value ?? 0, noticeMonths: nm.value ?? 0, use: o.use });
    });
    setErrors(next);
    if (Object.keys(next).length || !n.ok || !l.ok) return;
    const { joinByDate: _j, ...rest } = contract;
    await onSave({
      ...rest,
      name: n.value,
      supplierId,
      buyerIds: plan.organisations.filter((o) => buyers.has(o.id)).map((o) => o.id),
      categoryIds: plan.foodCategories.filter((c) => lots.has(c.id)).map((c) => c.id),
      start,
      initialEnd: end,
      extensions,
      leadTimeMonths: l.value ?? 0,
      ...(joinBy ? { joinByDate: joinBy } : {}),
    });
  }

  const toggle = (set: Set<string>, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate data-testid="contract-details" aria-labelledby="contract-details-title">
      <h2 id="contract-details-title">{t('contracts.detailsTitle')}</h2>
      <Field label={t('fields.name')} error={errors.name ?? null}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('offers.supplier')}>
        {(p) => (
          <select {...p} value={supplierId} onChange={(e) => setSupplierId(e.target.value)}>
            {plan.suppliers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset aria-describedby={errors.buyers ? 'buyers-error' : undefined}>
        <legend>{t('contracts.buyers')}</legend>
        <div className="checks">
          {plan.organisations.map((o) => (
            <label key={o.id}>
              <input type="checkbox" checked={buyers.has(o.id)} onChange={() => setBuyers(toggle(buyers, o.id))} /> {o.name}
            </label>
          ))}
        </div>
        {errors.buyers ? (
          <p className="field-error" id="buyers-error">
            {t('contracts.needBuyer')}
          </p>
        ) : null}
      </fieldset>
      <fieldset aria-describedby={errors.lots ? 'lots-error' : undefined}>
        <legend>{t('contracts.lots')}</legend>
        <div className="checks">
          {plan.foodCategories.map((c) => (
            <label key={c.id}>
              <input type="checkbox" checked={lots.has(c.id)} onChange={() => setLots(toggle(lots, c.id))} /> {categoryName(c, language)}
            </label>
          ))}
        </div>
        {errors.lots ? (
          <p className="field-error" id="lots-error">
            {t('contracts.needLot')}
          </p>
        ) : null}
      </fieldset>
      <div className="form-grid">
        <DateField label={t('contracts.start')} value={start} onChange={setStart} testId="contract-start" />
        <DateField label={t('contracts.initialEnd')} value={end} onChange={setEnd} error={errors.end ?? null} testId="contract-end" />
        <DateField label={t('contracts.joinBy')} value={joinBy} onChange={setJoinBy} required={false} testId="contract-joinby" />
        <Field label={t('contracts.leadTime')} unit={t('units.months')} error={errors.lead ?? null} hint={t('contracts.leadTimeHint')}>
          {(p) => <input {...p} inputMode="numeric" value={lead} onChange={(e) => setLead(e.target.value)} />}
        </Field>
      </div>
      <fieldset>
        <legend>{t('contracts.extensions')}</legend>
        {options.map((o, i) => (
          <div className="form-grid tier-row" key={i}>
            <Field label={t('contracts.optionMonths', { n: i + 1 })} unit={t('units.months')} error={errors[`months${i}`] ?? null}>
              {(p) => <input {...p} inputMode="numeric" value={o.months} onChange={(e) => setOptions(options.map((x, j) => (j === i ? { ...x, months: e.target.value } : x)))} />}
            </Field>
            <Field label={t('contracts.noticeMonths')} unit={t('units.months')} error={errors[`notice${i}`] ?? null}>
              {(p) => <input {...p} inputMode="numeric" value={o.notice} onChange={(e) => setOptions(options.map((x, j) => (j === i ? { ...x, notice: e.target.value } : x)))} />}
            </Field>
            <div className="field">
              <label>
                <input type="checkbox" checked={o.use} onChange={() => setOptions(options.map((x, j) => (j === i ? { ...x, use: !x.use } : x)))} /> {t('contracts.useOption')}
              </label>
              <button type="button" className="link" onClick={() => setOptions(options.filter((_, j) => j !== i))}>
                {t('contracts.removeOption')}
              </button>
            </div>
          </div>
        ))}
        <button type="button" onClick={() => setOptions([...options, { months: '12', notice: '9', use: false }])}>
          {t('contracts.addOption')}
        </button>
        <p className="hint">{t('contracts.optionsHint')}</p>
      </fieldset>
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
        <button type="submit" className="primary" data-testid="contract-details-save">
          {t('actions.save')}
        </button>
      </div>
    </form>
  );
}
