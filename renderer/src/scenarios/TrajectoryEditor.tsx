import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SHARE_BASES, type ShareBasis } from '../../../shared/model/enums';
import { trajectoryPointSchema } from '../../../shared/model/schema';
import type { FoodCategory, Trajectory, TrajectoryPoint } from '../../../shared/model/types';
import { categoryName } from '../format/names';
import { NumberField, PercentField } from '../forms/CommitFields';
import { numberRule } from '../forms/rules';
import { useAppStore } from '../state/appStore';

const yearRule = numberRule(trajectoryPointSchema.shape.year);

function PointsEditor({ points, onChange, defaultYear, idPrefix }: { points: TrajectoryPoint[]; onChange(p: TrajectoryPoint[]): void; defaultYear: number; idPrefix: string }) {
  const { t } = useTranslation();
  const sorted = (p: TrajectoryPoint[]) => [...p].sort((a, b) => a.year - b.year);
  return (
    <div className="points" data-testid={`${idPrefix}-points`}>
      {points.map((p, i) => (
        <div className="point-row" key={`${i}-${p.year}`}>
          <NumberField label={t('scenarios.year')} value={p.year} rule={yearRule} decimals={0} onCommit={(year) => onChange(sorted(points.map((x, j) => (j === i ? { ...x, year } : x))))} />
          <PercentField label={t('scenarios.share')} value={p.share} onCommit={(share) => onChange(points.map((x, j) => (j === i ? { ...x, share } : x)))} testId={`${idPrefix}-share-${i}`} />
          <button type="button" className="link" onClick={() => onChange(points.filter((_, j) => j !== i))}>
            {t('scenarios.removePoint')}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange(sorted([...points, { year: points.length ? Math.max(...points.map((p) => p.year)) + 1 : defaultYear, share: points.at(-1)?.share ?? 0 }]))}
        data-testid={`${idPrefix}-add-point`}
      >
        {t('scenarios.addPoint')}
      </button>
    </div>
  );
}

/**
 * A target share over the years (linear between points, flat outside them), measured by value or
 * by weight, with optional per-category trajectories.
 */
export const TrajectoryEditor = memo(function TrajectoryEditor({
  title,
  trajectory,
  onChange,
  categories,
  startYear,
  idPrefix,
}: {
  title: string;
  trajectory: Trajectory;
  onChange(t: Trajectory): void;
  categories: FoodCategory[];
  startYear: number;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const unused = categories.filter((c) => !trajectory.categories.some((x) => x.categoryId === c.id));
  return (
    <fieldset className="trajectory">
      <legend>{title}</legend>
      <div className="field compact">
        <label htmlFor={`${idPrefix}-basis`}>{t('scenarios.basis')}</label>
        <select id={`${idPrefix}-basis`} value={trajectory.basis} onChange={(e) => onChange({ ...trajectory, basis: e.target.value as ShareBasis })}>
          {SHARE_BASES.map((b) => (
            <option key={b} value={b}>
              {t(`scenarios.bases.${b}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">{t('scenarios.basisHint')}</p>
      <PointsEditor points={trajectory.points} onChange={(points) => onChange({ ...trajectory, points })} defaultYear={startYear} idPrefix={idPrefix} />
      {trajectory.categories.map((ct, i) => {
        const cat = categories.find((c) => c.id === ct.categoryId);
        return (
          <fieldset key={ct.categoryId} className="trajectory-category">
            <legend>{cat ? categoryName(cat, language) : ct.categoryId}</legend>
            <div className="field compact">
              <label htmlFor={`${idPrefix}-${ct.categoryId}-basis`}>{t('scenarios.basis')}</label>
              <select
                id={`${idPrefix}-${ct.categoryId}-basis`}
                value={ct.basis}
                onChange={(e) => onChange({ ...trajectory, categories: trajectory.categories.map((x, j) => (j === i ? { ...x, basis: e.target.value as ShareBasis } : x)) })}
              >
                {SHARE_BASES.map((b) => (
                  <option key={b} value={b}>
                    {t(`scenarios.bases.${b}`)}
                  </option>
                ))}
              </select>
            </div>
            <PointsEditor
              points={ct.points}
              onChange={(points) =>
                onChange(
                  points.length
                    ? { ...trajectory, categories: trajectory.categories.map((x, j) => (j === i ? { ...x, points } : x)) }
                    : { ...trajectory, categories: trajectory.categories.filter((_, j) => j !== i) },
                )
              }
              defaultYear={startYear}
              idPrefix={`${idPrefix}-${ct.categoryId}`}
            />
            <button type="button" className="link" onClick={() => onChange({ ...trajectory, categories: trajectory.categories.filter((_, j) => j !== i) })}>
              {t('scenarios.removeCategoryTarget')}
            </button>
          </fieldset>
        );
      })}
      {unused.length ? (
        <div className="field compact">
          <label htmlFor={`${idPrefix}-add-category`}>{t('scenarios.addCategoryTarget')}</label>
          <select
            id={`${idPrefix}-add-category`}
            value=""
            onChange={(e) =>
              e.target.value &&
              onChange({
                ...trajectory,
                categories: [...trajectory.categories, { categoryId: e.target.value, basis: trajectory.basis, points: [{ year: startYear, share: 0 }] }],
              })
            }
          >
            <option value="">{t('scenarios.chooseCategory')}</option>
            {unused.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryName(c, language)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
});
