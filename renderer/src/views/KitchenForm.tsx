import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createKitchen } from '../../../shared/model/defaults';
import { CALENDAR_KINDS, KITCHEN_KINDS, MEAL_TYPES, SECTORS, type CalendarKind, type KitchenKind, type MealType, type Sector } from '../../../shared/model/enums';
import { kitchenSchema, mealsPerDaySchema, MAX_NAME_LENGTH } from '../../../shared/model/schema';
import type { Kitchen, Plan } from '../../../shared/model/types';
import { sectorBasisKey, sectorDefaults } from '../../../shared/reference/sectors';
import { tDynamic } from '../i18n/dynamic';
import { useFormatter } from '../format/useFormatter';
import { Field } from '../forms/Field';
import { numberRule, parseNumberField, parsePercentField, parseTextField, type FieldError } from '../forms/rules';
import { useAppStore } from '../state/appStore';

type Draft = {
  name: string;
  organisationId: string;
  sector: Sector;
  kind: KitchenKind;
  suppliedById: string;
  meals: Record<MealType, string>;
  attendance: string;
  calendar: CalendarKind;
  serviceDays: string;
};

const mealRule = numberRule(mealsPerDaySchema.shape.lunch);
const daysRule = numberRule(kitchenSchema.shape.serviceDays);

/** The full form of one kitchen (the detail panel), for adding or editing. */
export function KitchenForm({
  plan,
  kitchen,
  onSubmit,
  onCancel,
}: {
  plan: Plan;
  kitchen: Kitchen | null;
  onSubmit: (kitchen: Kitchen) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const country = plan.meta.country;
  const start = kitchen ?? createKitchen({ id: '', name: '', organisationId: plan.organisations[0]?.id ?? '', sector: 'school', country });
  const [draft, setDraft] = useState<Draft>(() => ({
    name: start.name,
    organisationId: start.organisationId,
    sector: start.sector,
    kind: start.kind,
    suppliedById: start.suppliedById ?? '',
    meals: Object.fromEntries(MEAL_TYPES.map((m) => [m, start.meals[m] ? f.number(start.meals[m], 2) : ''])) as Record<MealType, string>,
    attendance: f.number(start.attendance * 100, 1),
    calendar: start.calendar,
    serviceDays: String(start.serviceDays),
  }));
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [busy, setBusy] = useState(false);

  function changeSector(sector: Sector) {
    // A new kitchen takes the sector's defaults; an existing one keeps what the user set.
    if (kitchen) return setDraft((d) => ({ ...d, sector }));
    const d = sectorDefaults(sector, country);
    setDraft((x) => ({ ...x, sector, attendance: f.number(d.attendance * 100, 1), calendar: d.calendar, serviceDays: String(d.serviceDays) }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: Record<string, FieldError> = {};
    const name = parseTextField(draft.name, MAX_NAME_LENGTH);
    if (!name.ok) next.name = name.error;
    const meals = {} as Record<MealType, number>;
    for (const m of MEAL_TYPES) {
      const p = parseNumberField(draft.meals[m], mealRule, language, false);
      if (!p.ok) next[`meals.${m}`] = p.error;
      else meals[m] = p.value ?? 0;
    }
    const attendance = parsePercentField(draft.attendance, language);
    if (!attendance.ok) next.attendance = attendance.error;
    const days = parseNumberField(draft.serviceDays, daysRule, language);
    if (!days.ok) next.serviceDays = days.error;
    setErrors(next);
    if (Object.keys(next).length > 0 || !name.ok || !attendance.ok || !days.ok) return;
    const record: Kitchen = {
      id: kitchen?.id ?? '',
      name: name.value,
      organisationId: draft.organisationId,
      sector: draft.sector,
      kind: draft.kind,
      ...(draft.kind === 'receiving' && draft.suppliedById ? { suppliedById: draft.suppliedById } : {}),
      meals,
      attendance: attendance.value,
      calendar: draft.calendar,
      serviceDays: days.value ?? 0,
      ...(kitchen?.location ? { location: kitchen.location } : {}),
    };
    setBusy(true);
    try {
      await onSubmit(record);
    } finally {
      setBusy(false);
    }
  }

  const producers = plan.kitchens.filter((k) => k.kind === 'production' && k.id !== kitchen?.id);
  return (
    <form className="card form" onSubmit={(e) => void submit(e)} data-testid="kitchen-form" noValidate aria-labelledby="kitchen-form-title">
      <h2 id="kitchen-form-title">{kitchen ? t('kitchens.editTitle') : t('kitchens.addTitle')}</h2>
      <div className="form-grid">
        <Field label={t('fields.name')} error={errors.name ?? null}>
          {(p) => <input {...p} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} autoComplete="off" />}
        </Field>
        <Field label={t('fields.organisation')}>
          {(p) => (
            <select {...p} value={draft.organisationId} onChange={(e) => setDraft({ ...draft, organisationId: e.target.value })}>
              {plan.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fields.sector')}>
          {(p) => (
            <select {...p} value={draft.sector} onChange={(e) => changeSector(e.target.value as Sector)}>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {t(`sectors.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fields.kitchenKind')}>
          {(p) => (
            <select {...p} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as KitchenKind })}>
              {KITCHEN_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kitchenKinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft.kind === 'receiving' ? (
          <Field label={t('fields.suppliedBy')}>
            {(p) => (
              <select {...p} value={draft.suppliedById} onChange={(e) => setDraft({ ...draft, suppliedById: e.target.value })}>
                <option value="">{t('fields.none')}</option>
                {producers.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <fieldset>
        <legend>{t('kitchens.mealsPerDay')}</legend>
        <div className="form-grid">
          {MEAL_TYPES.map((m) => (
            <Field key={m} label={t(`mealTypes.${m}`)} unit={t('units.mealsPerDay')} error={errors[`meals.${m}`] ?? null}>
              {(p) => (
                <input
                  {...p}
                  inputMode="decimal"
                  value={draft.meals[m]}
                  onChange={(e) => setDraft({ ...draft, meals: { ...draft.meals, [m]: e.target.value } })}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <Field label={t('fields.attendance')} unit="%" error={errors.attendance ?? null} hint={t('kitchens.attendanceHint')}>
          {(p) => <input {...p} inputMode="decimal" value={draft.attendance} onChange={(e) => setDraft({ ...draft, attendance: e.target.value })} />}
        </Field>
        <Field label={t('fields.calendar')}>
          {(p) => (
            <select {...p} value={draft.calendar} onChange={(e) => setDraft({ ...draft, calendar: e.target.value as CalendarKind })}>
              {CALENDAR_KINDS.map((c) => (
                <option key={c} value={c}>
                  {t(`calendars.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft.calendar === 'fixed' ? (
          <Field label={t('fields.serviceDays')} unit={t('units.daysPerYear')} error={errors.serviceDays ?? null}>
            {(p) => <input {...p} inputMode="numeric" value={draft.serviceDays} onChange={(e) => setDraft({ ...draft, serviceDays: e.target.value })} />}
          </Field>
        ) : null}
      </div>
      <p className="hint">
        <span className="badge badge-estimate">{t('common.estimate')}</span> {tDynamic(t, `sectorBasis.${sectorBasisKey(draft.sector, country)}`)}
      </p>
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid="kitchen-form-submit">
          {kitchen ? t('actions.save') : t('kitchens.add')}
        </button>
      </div>
    </form>
  );
}
