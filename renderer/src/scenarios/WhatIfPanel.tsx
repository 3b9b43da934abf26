import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shareAt } from '../../../shared/engine/trajectory';
import { withFinalShare } from '../../../shared/model/trajectoryEdit';
import type { Plan, Scenario } from '../../../shared/model/types';
import { categoryName } from '../format/names';
import { useFormatter } from '../format/useFormatter';
import { useAppStore } from '../state/appStore';

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  display: string;
  onInput(v: number): void;
  onRelease(): void;
  testId: string;
  disabled?: boolean;
}

function Slider({ label, value, min, max, step, display, onInput, onRelease, testId, disabled }: SliderProps) {
  const id = useId();
  return (
    <div className="slider-row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={display}
        onChange={(e) => onInput(Number(e.target.value))}
        onPointerUp={onRelease}
        data-testid={testId}
      />
      <output htmlFor={id} data-testid={`${testId}-value`}>
        {display}
      </output>
    </div>
  );
}

/**
 * What-if controls for the main assumptions. Dragging recomputes every figure and chart at once
 * (the engine runs in a worker); the change is saved, as one undoable step, when the control
 * settles.
 */
export function WhatIfPanel({ plan, scenario, update, flush }: { plan: Plan; scenario: Scenario; update(change: (s: Scenario) => Scenario): void; flush(): void }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const [shockCategory, setShockCategory] = useState('*');
  const endYear = scenario.startYear + scenario.years - 1;
  const localTarget = shareAt(scenario.localTarget.points, endYear);
  const shock = scenario.priceShocks.find((s) => s.categoryId === shockCategory && s.year === scenario.startYear);
  const pct = (v: number, d = 0) => f.percent(v, d);
  const partnership = scenario.kind === 'partnership';
  const feeMax = Math.max(2 * scenario.partnership.feeFullMinor, 100_000_00);

  return (
    <section className="card what-if" aria-labelledby="what-if-title" data-testid="what-if">
      <h2 id="what-if-title">{t('whatIf.title')}</h2>
      <p className="hint">{t('whatIf.intro')}</p>
      <Slider
        label={t('whatIf.localTarget', { year: endYear })}
        value={localTarget}
        min={0}
        max={1}
        step={0.01}
        display={pct(localTarget)}
        onInput={(v) => update((s) => ({ ...s, localTarget: withFinalShare(s.localTarget, s.startYear, endYear, v) }))}
        onRelease={flush}
        testId="whatif-local-target"
      />
      <Slider
        label={t('whatIf.localPremium')}
        value={scenario.localPremium}
        min={-0.2}
        max={0.5}
        step={0.01}
        display={pct(scenario.localPremium)}
        onInput={(v) => update((s) => ({ ...s, localPremium: v }))}
        onRelease={flush}
        testId="whatif-local-premium"
      />
      <div className="slider-group">
        <div className="field compact">
          <label htmlFor="shock-category">{t('whatIf.shockCategory')}</label>
          <select id="shock-category" value={shockCategory} onChange={(e) => setShockCategory(e.target.value)}>
            <option value="*">{t('scenarios.allCategories')}</option>
            {plan.foodCategories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryName(c, language)}
              </option>
            ))}
          </select>
        </div>
        <Slider
          label={t('whatIf.priceShock', { year: scenario.startYear })}
          value={shock?.rate ?? 0}
          min={-0.1}
          max={0.3}
          step={0.01}
          display={pct(shock?.rate ?? 0)}
          onInput={(v) =>
            update((s) => {
              const others = s.priceShocks.filter((x) => !(x.categoryId === shockCategory && x.year === s.startYear));
              return { ...s, priceShocks: v === 0 ? others : [...others, { categoryId: shockCategory, year: s.startYear, rate: v }] };
            })
          }
          onRelease={flush}
          testId="whatif-price-shock"
        />
      </div>
      {partnership ? (
        <>
          <Slider
            label={t('whatIf.fee', { currency: plan.meta.currency })}
            value={scenario.partnership.feeFullMinor}
            min={0}
            max={feeMax}
            step={100_00}
            display={f.money(scenario.partnership.feeFullMinor, plan.meta.currency)}
            onInput={(v) => update((s) => ({ ...s, partnership: { ...s.partnership, feeFullMinor: v } }))}
            onRelease={flush}
            testId="whatif-fee"
          />
          <Slider
            label={t('whatIf.discount')}
            value={scenario.partnership.pooledDiscount}
            min={0}
            max={0.2}
            step={0.005}
            display={pct(scenario.partnership.pooledDiscount, 1)}
            onInput={(v) => update((s) => ({ ...s, partnership: { ...s.partnership, pooledDiscount: v } }))}
            onRelease={flush}
            testId="whatif-discount"
          />
        </>
      ) : null}
      <div className="slider-group">
        <label className="check-line">
          <input
            type="checkbox"
            checked={scenario.wasteShare === null}
            onChange={(e) => update((s) => ({ ...s, wasteShare: e.target.checked ? null : 0.15 }))}
            data-testid="whatif-waste-profiles"
          />{' '}
          {t('whatIf.wasteFromProfiles')}
        </label>
        <Slider
          label={t('whatIf.waste')}
          value={scenario.wasteShare ?? 0.15}
          min={0}
          max={0.4}
          step={0.01}
          display={scenario.wasteShare === null ? t('whatIf.byProfile') : pct(scenario.wasteShare)}
          disabled={scenario.wasteShare === null}
          onInput={(v) => update((s) => ({ ...s, wasteShare: v }))}
          onRelease={flush}
          testId="whatif-waste"
        />
      </div>
      <Slider
        label={t('whatIf.meals')}
        value={scenario.mealsFactor}
        min={0.5}
        max={1.5}
        step={0.01}
        display={pct(scenario.mealsFactor)}
        onInput={(v) => update((s) => ({ ...s, mealsFactor: v }))}
        onRelease={flush}
        testId="whatif-meals"
      />
    </section>
  );
}
