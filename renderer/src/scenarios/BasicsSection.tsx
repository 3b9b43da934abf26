import { useTranslation } from 'react-i18next';
import { RATIONING_RULES, SCENARIO_KINDS, type RationingRule, type ScenarioKind } from '../../../shared/model/enums';
import { MAX_MINOR, MAX_NAME_LENGTH, scenarioSchema } from '../../../shared/model/schema';
import type { Plan, Scenario } from '../../../shared/model/types';
import { MoneyField, NumberField, PercentField, TextField } from '../forms/CommitFields';
import { numberRule } from '../forms/rules';

const startRule = numberRule(scenarioSchema.shape.startYear);
const yearsRule = numberRule(scenarioSchema.shape.years);
const contractYearsRule = numberRule(scenarioSchema.shape.contractYears);

/** Name, kind, horizon, price index, tendering and how scarce local capacity is shared. */
export function BasicsSection({ plan, scenario, onChange }: { plan: Plan; scenario: Scenario; onChange(change: (s: Scenario) => Scenario): void }) {
  const { t } = useTranslation();
  // Changes go onto the latest scenario (a what-if draft may be newer than this section's props).
  const patch = (fields: Partial<Scenario>) => onChange((s) => ({ ...s, ...fields }));
  const currency = plan.meta.currency;
  const priority = scenario.priorityIds.map((id) => plan.organisations.find((o) => o.id === id)).filter((o) => o !== undefined);
  const unprioritised = plan.organisations.filter((o) => !scenario.priorityIds.includes(o.id));
  const move = (i: number, d: -1 | 1) => {
    const ids = [...scenario.priorityIds];
    const [x] = ids.splice(i, 1);
    ids.splice(i + d, 0, x!);
    patch({ priorityIds: ids });
  };
  return (
    <div className="form-grid">
      <TextField label={t('fields.name')} value={scenario.name} maxLength={MAX_NAME_LENGTH} onCommit={(name) => patch({ name })} testId="scenario-name" />
      <div className="field">
        <label htmlFor="scenario-kind">{t('scenarios.kind')}</label>
        <select id="scenario-kind" value={scenario.kind} onChange={(e) => patch({ kind: e.target.value as ScenarioKind })} data-testid="scenario-kind">
          {SCENARIO_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`scenarios.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <NumberField label={t('scenarios.startYear')} value={scenario.startYear} rule={startRule} decimals={0} onCommit={(startYear) => patch({ startYear })} />
      <NumberField label={t('scenarios.horizon')} unit={t('scenarios.yearsUnit')} value={scenario.years} rule={yearsRule} decimals={0} onCommit={(years) => patch({ years })} />
      <PercentField
        label={t('scenarios.priceIndex')}
        unit={t('scenarios.percentPerYear')}
        value={scenario.priceIndex}
        minPercent={-20}
        maxPercent={50}
        onCommit={(priceIndex) => patch({ priceIndex })}
      />
      <MoneyField
        label={t('scenarios.tenderCost')}
        unit={t('scenarios.perTender', { currency })}
        value={scenario.tenderCostMinor}
        maxMinor={MAX_MINOR}
        onCommit={(tenderCostMinor) => patch({ tenderCostMinor })}
      />
      <NumberField
        label={t('scenarios.contractYears')}
        unit={t('scenarios.yearsUnit')}
        value={scenario.contractYears}
        rule={contractYearsRule}
        decimals={1}
        hint={t('scenarios.contractYearsHint')}
        onCommit={(contractYears) => patch({ contractYears })}
      />
      <div className="field">
        <label htmlFor="scenario-rationing">{t('scenarios.rationing')}</label>
        <select id="scenario-rationing" value={scenario.rationing} onChange={(e) => patch({ rationing: e.target.value as RationingRule })}>
          {RATIONING_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`scenarios.rationings.${r}`)}
            </option>
          ))}
        </select>
        <p className="hint">{t('scenarios.rationingHint')}</p>
      </div>
      {scenario.rationing === 'priority' ? (
        <fieldset className="priority">
          <legend>{t('scenarios.priorityOrder')}</legend>
          <ol>
            {priority.map((o, i) => (
              <li key={o.id}>
                {o.name}{' '}
                <button type="button" className="link" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('scenarios.moveUp', { name: o.name })}>
                  ↑
                </button>
                <button type="button" className="link" disabled={i === priority.length - 1} onClick={() => move(i, 1)} aria-label={t('scenarios.moveDown', { name: o.name })}>
                  ↓
                </button>
                <button type="button" className="link" onClick={() => patch({ priorityIds: scenario.priorityIds.filter((x) => x !== o.id) })}>
                  {t('scenarios.removeFromList')}
                </button>
              </li>
            ))}
          </ol>
          {unprioritised.length ? (
            <div className="field compact">
              <label htmlFor="priority-add">{t('scenarios.addToPriority')}</label>
              <select id="priority-add" value="" onChange={(e) => e.target.value && patch({ priorityIds: [...scenario.priorityIds, e.target.value] })}>
                <option value="">{t('scenarios.chooseOrganisation')}</option>
                {unprioritised.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <p className="hint">{t('scenarios.priorityHint')}</p>
        </fieldset>
      ) : null}
    </div>
  );
}
