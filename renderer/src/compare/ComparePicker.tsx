import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/model/types';
import type { Period } from '../results/period';
import { MAX_COMPARED, MIN_COMPARED } from './useCompareSelection';

/** Which scenarios are side by side (two to four), and for which year or the whole horizon. */
export function ComparePicker({
  plan,
  ids,
  toggle,
  years,
  period,
  onPeriod,
}: {
  plan: Plan;
  ids: readonly string[];
  toggle(id: string): void;
  years: readonly number[];
  period: Period;
  onPeriod(p: Period): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="card compare-picker">
      <fieldset>
        <legend>{t('compare.pick.legend')}</legend>
        <p className="hint" id="compare-pick-hint">
          {t('compare.pick.hint', { min: MIN_COMPARED, max: MAX_COMPARED })}
        </p>
        <ul className="compare-choices">
          {plan.scenarios.map((s) => {
            const checked = ids.includes(s.id);
            const locked = checked ? ids.length <= MIN_COMPARED : ids.length >= MAX_COMPARED;
            return (
              <li key={s.id}>
                <label className="check-line">
                  <input type="checkbox" checked={checked} disabled={locked} aria-describedby="compare-pick-hint" onChange={() => toggle(s.id)} data-testid={`compare-pick-${s.id}`} />
                  <span>{s.name}</span>
                  <span className={`badge kind-${s.kind}`}>{t(`scenarios.kinds.${s.kind}`)}</span>
                  <span className="muted">{t('compare.pick.years', { from: s.startYear, to: s.startYear + s.years - 1 })}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="field compact compare-period">
        <label htmlFor="compare-period">{t('compare.period.label')}</label>
        <select
          id="compare-period"
          value={String(period)}
          onChange={(e) => onPeriod(e.target.value === 'horizon' ? 'horizon' : Number(e.target.value))}
          data-testid="compare-period"
        >
          <option value="horizon">{t('compare.period.horizon')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
