import { useTranslation } from 'react-i18next';
import { SECTORS } from '../../../shared/model/enums';
import { regionalSettingsSchema } from '../../../shared/model/schema';
import type { Plan, Scenario } from '../../../shared/model/types';
import { NumberField } from '../forms/CommitFields';
import { numberRule } from '../forms/rules';

const yearRule = numberRule(regionalSettingsSchema.shape.fromYear);

/** Which sectors' kitchens move to the region, from which year, and to which region. */
export function RegionalSection({ plan, scenario, onChange }: { plan: Plan; scenario: Scenario; onChange(change: (s: Scenario) => Scenario): void }) {
  const { t } = useTranslation();
  // Changes go onto the latest scenario (a what-if draft may be newer than this section's props).
  const patch = (fields: Partial<Scenario>) => onChange((s) => ({ ...s, ...fields }));
  const r = scenario.regional;
  const regions = plan.organisations.filter((o) => o.kind === 'region');
  const set = (regional: Scenario['regional']) => patch({ regional });
  return (
    <>
      <p className="hint">{t('scenarios.regionalHint')}</p>
      <fieldset>
        <legend>{t('scenarios.movedSectors')}</legend>
        <div className="checks">
          {SECTORS.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={r.sectors.includes(s)}
                onChange={() => set({ ...r, sectors: r.sectors.includes(s) ? r.sectors.filter((x) => x !== s) : SECTORS.filter((x) => x === s || r.sectors.includes(x)) })}
                data-testid={`regional-sector-${s}`}
              />{' '}
              {t(`sectors.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <NumberField label={t('scenarios.fromYear')} value={r.fromYear} rule={yearRule} decimals={0} onCommit={(fromYear) => set({ ...r, fromYear })} />
        <div className="field">
          <label htmlFor="regional-region">{t('scenarios.takingRegion')}</label>
          <select
            id="regional-region"
            value={r.regionId ?? ''}
            onChange={(e) => {
              const { regionId: _drop, ...rest } = r;
              set(e.target.value ? { ...rest, regionId: e.target.value } : rest);
            }}
          >
            <option value="">{t('scenarios.eachOwnRegion')}</option>
            {regions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {regions.length === 0 ? <p className="field-error">{t('scenarios.noRegion')}</p> : null}
    </>
  );
}
