import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/model/enums';
import type { Plan } from '../../../shared/model/types';
import { yearsOf } from '../../../shared/report';
import { MAX_SCENARIOS, type ReportChoices } from './useReportSelection';

function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...list, id] : list.filter((x) => x !== id);
}

/** What goes into the report: scenarios (2–4), the summary year, organisations and language. */
export function ReportPicker({ plan, choices, onChange }: { plan: Plan; choices: ReportChoices; onChange(next: ReportChoices): void }) {
  const { t } = useTranslation();
  const years = yearsOf(plan, choices.scenarioIds);
  const full = choices.scenarioIds.length >= MAX_SCENARIOS;
  const allOrgs = choices.organisationIds.length === plan.organisations.length;
  // Keep the plan's order whatever order the boxes were ticked in.
  const inPlanOrder = (ids: string[]) => plan.scenarios.filter((s) => ids.includes(s.id)).map((s) => s.id);
  return (
    <div className="report-picker" data-testid="report-picker">
      <fieldset>
        <legend>{t('reports.picker.scenarios', { max: MAX_SCENARIOS })}</legend>
        {plan.scenarios.map((s) => {
          const on = choices.scenarioIds.includes(s.id);
          return (
            <label key={s.id} className="check">
              <input
                type="checkbox"
                checked={on}
                disabled={!on && full}
                onChange={(e) => onChange({ ...choices, scenarioIds: inPlanOrder(toggle(choices.scenarioIds, s.id, e.target.checked)) })}
                data-testid={`report-scenario-${s.id}`}
              />
              {s.name}
            </label>
          );
        })}
        {full && plan.scenarios.length > MAX_SCENARIOS ? <p className="hint">{t('reports.picker.atMost', { max: MAX_SCENARIOS })}</p> : null}
      </fieldset>
      <div className="report-picker-column">
        <div className="field">
          <label htmlFor="report-year">{t('reports.picker.year')}</label>
          <select id="report-year" value={choices.year} onChange={(e) => onChange({ ...choices, year: Number(e.target.value) })} data-testid="report-year">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <p className="hint">{t('reports.picker.yearHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="report-language">{t('reports.picker.language')}</label>
          <select id="report-language" value={choices.language} onChange={(e) => onChange({ ...choices, language: e.target.value as Language })} data-testid="report-language">
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="report-organisations">
        <legend>{t('reports.picker.organisations')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={allOrgs}
            onChange={(e) => onChange({ ...choices, organisationIds: e.target.checked ? plan.organisations.map((o) => o.id) : [] })}
            data-testid="report-organisations-all"
          />
          {t('reports.picker.allOrganisations', { count: plan.organisations.length })}
        </label>
        <div className="report-organisation-list">
          {plan.organisations.map((o) => (
            <label key={o.id} className="check">
              <input
                type="checkbox"
                checked={choices.organisationIds.includes(o.id)}
                onChange={(e) =>
                  onChange({ ...choices, organisationIds: plan.organisations.filter((x) => (x.id === o.id ? e.target.checked : choices.organisationIds.includes(x.id))).map((x) => x.id) })
                }
                data-testid={`report-organisation-${o.id}`}
              />
              {o.name}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
