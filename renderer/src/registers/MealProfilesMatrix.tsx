import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, type Sector } from '../../../shared/model/enums';
import { mealProfileSchema } from '../../../shared/model/schema';
import type { MealProfile, Plan } from '../../../shared/model/types';
import { PORTION_TOTAL_BOUNDS_G } from '../../../shared/reference/mealProfiles';
import { defaultMealProfile } from '../../../shared/reference/mealProfiles';
import type { RecordChange } from '../db/changes';
import { commit } from '../data/history';
import { categoryName } from '../format/names';
import { useFieldErrorText } from '../forms/Field';
import { parsePercentField, type FieldError } from '../forms/rules';
import { numberColumn, readonlyColumn, textColumn } from '../grid/columns';
import { RegisterGrid } from '../grid/RegisterGrid';
import type { ColumnDef } from '../grid/types';
import { useAppStore } from '../state/appStore';
import { useColumnContext } from './useColumnContext';
import { useKgPerYearPreview } from './useKgPerYearPreview';
import { RegisterCsvButton } from '../exports/RegisterCsvButton';

/** One row of the matrix: a food category, its grams per portion in each sector. */
interface PortionRow {
  id: string;
  name: string;
  grams: Partial<Record<Sector, number>>;
}

const gramsRule = mealProfileSchema.shape.grams.valueType;

function profileFor(plan: Plan, sector: Sector): MealProfile {
  return plan.mealProfiles.find((p) => p.sector === sector) ?? { ...defaultMealProfile(sector, plan.meta.country), grams: {}, source: '', isEstimate: false };
}

/**
 * Meal profiles as one matrix: food categories down, sectors across, grams bought per
 * lunch-equivalent portion in the cells; waste shares per sector; the total portion per sector
 * checked against plausible bounds; and the kg a year the profiles imply for this plan's kitchens.
 */
export function MealProfilesMatrix({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const ctx = useColumnContext();
  const f = ctx.f;
  const lang = ctx.language;
  const notify = useAppStore((s) => s.notify);
  const errorText = useFieldErrorText();
  const preview = useKgPerYearPreview(plan);

  const rows = useMemo(
    (): PortionRow[] =>
      plan.foodCategories.map((c) => ({
        id: c.id,
        name: categoryName(c, lang),
        grams: Object.fromEntries(SECTORS.map((s) => [s, plan.mealProfiles.find((p) => p.sector === s)?.grams[c.id]])),
      })),
    [plan.foodCategories, plan.mealProfiles, lang],
  );

  const columns = useMemo((): ColumnDef<PortionRow>[] => {
    const g = t('units.gramsPerPortion');
    return [
      textColumn<PortionRow>({ id: 'name', header: t('profiles.category'), width: 230, get: (r) => r.name }),
      ...SECTORS.map((s) =>
        numberColumn<PortionRow>(ctx, {
          id: `grams.${s}`,
          header: `${t(`sectors.${s}`)} (${g})`,
          fieldName: t('profiles.gramsIn', { sector: t(`sectors.${s}`) }),
          width: 150,
          decimals: 0,
          rule: gramsRule,
          get: (r) => r.grams[s] ?? 0,
          set: (r, v) => ({ ...r, grams: { ...r.grams, [s]: v ?? 0 } }),
        }),
      ),
      readonlyColumn<PortionRow>({
        id: 'kgPerYear',
        header: t('profiles.kgPerYear', { year: preview.year }),
        width: 190,
        align: 'right',
        display: (r) => (preview.kg ? f.number(preview.kg.get(r.id) ?? 0) : '–'),
        sortValue: (r) => preview.kg?.get(r.id) ?? 0,
      }),
    ];
  }, [t, ctx, f, preview]);

  /** Edited rows → the profiles of the sectors whose grams changed. */
  const toChanges = (edited: PortionRow[]): RecordChange[] => {
    const profiles = new Map(SECTORS.map((s) => [s, profileFor(plan, s)]));
    const touched = new Set<Sector>();
    for (const row of edited) {
      for (const s of SECTORS) {
        const p = profiles.get(s)!;
        const v = row.grams[s] ?? 0;
        if ((p.grams[row.id] ?? 0) !== v) {
          profiles.set(s, { ...p, grams: { ...p.grams, [row.id]: v } });
          touched.add(s);
        }
      }
    }
    return [...touched].map((s) => ({
      table: 'mealProfiles' as const,
      op: 'put' as const,
      record: profiles.get(s)!,
      base: plan.mealProfiles.find((p) => p.sector === s) ?? null,
    }));
  };

  const totals = SECTORS.map((s) => ({ sector: s, grams: Object.values(profileFor(plan, s).grams).reduce((a, b) => a + b, 0) }));
  const implausible = totals.filter((x) => plan.kitchens.some((k) => k.sector === x.sector) || x.grams > 0).filter((x) => x.grams < PORTION_TOTAL_BOUNDS_G.min || x.grams > PORTION_TOTAL_BOUNDS_G.max);

  return (
    <>
      <WasteShares plan={plan} onError={(label, e) => notify('error', 'profiles.wasteInvalid', { message: errorText(label, e) })} />
      <RegisterGrid<PortionRow>
        toolbarExtra={<RegisterCsvButton register="mealProfiles" plan={plan} />}
        gridId="profiles"
        label={t('kitchens.tabs.profiles')}
        table="mealProfiles"
        workspaceId={plan.meta.id}
        rows={rows}
        columns={columns}
        fixedRows
        toChanges={toChanges}
        texts={{ add: '', count: (n) => t('categories.count', { count: n }), deleted: () => '' }}
        createRecord={() => null}
        duplicateRecord={(r) => r}
        empty={null}
      />
      <section className="card" aria-labelledby="portion-totals-title" data-testid="portion-totals">
        <h2 id="portion-totals-title">{t('profiles.totalsTitle')}</h2>
        <table className="data-table">
          <caption className="visually-hidden">{t('profiles.totalsTitle')}</caption>
          <thead>
            <tr>
              {totals.map((x) => (
                <th key={x.sector} scope="col" className="num">
                  {t(`sectors.${x.sector}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {totals.map((x) => (
                <td key={x.sector} className={`num${implausible.includes(x) ? ' warn' : ''}`}>
                  {t('units.grams', { value: f.number(x.grams) })}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        {implausible.length ? (
          <ul className="warnings" role="alert" data-testid="portion-warnings">
            {implausible.map((x) => (
              <li key={x.sector}>
                {t(x.grams < PORTION_TOTAL_BOUNDS_G.min ? 'profiles.tooSmall' : 'profiles.tooLarge', {
                  sector: t(`sectors.${x.sector}`),
                  grams: f.number(x.grams),
                  min: f.number(PORTION_TOTAL_BOUNDS_G.min),
                  max: f.number(PORTION_TOTAL_BOUNDS_G.max),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('profiles.boundsOk', { min: f.number(PORTION_TOTAL_BOUNDS_G.min), max: f.number(PORTION_TOTAL_BOUNDS_G.max) })}</p>
        )}
        <p className="hint">
          <span className="badge badge-estimate">{t('common.estimate')}</span> {t('profiles.source')}
        </p>
      </section>
    </>
  );
}

/** The waste share of each sector's profile: purchased = served / (1 − waste). */
function WasteShares({ plan, onError }: { plan: Plan; onError(label: string, e: FieldError): void }) {
  const { t } = useTranslation();
  const ctx = useColumnContext();
  const [drafts, setDrafts] = useState<Partial<Record<Sector, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<Sector, FieldError>>>({});
  const errorText = useFieldErrorText();
  const maxPercent = (mealProfileSchema.shape.wasteShare.maxValue ?? 0.5) * 100;

  async function save(sector: Sector) {
    const text = drafts[sector];
    if (text === undefined) return;
    const label = t('profiles.wasteIn', { sector: t(`sectors.${sector}`) });
    const parsed = parsePercentField(text, ctx.language, maxPercent);
    if (!parsed.ok) {
      setErrors((e) => ({ ...e, [sector]: parsed.error }));
      onError(label, parsed.error);
      return;
    }
    setErrors((e) => ({ ...e, [sector]: undefined }));
    setDrafts((d) => ({ ...d, [sector]: undefined }));
    const p = profileFor(plan, sector);
    if (Math.abs(p.wasteShare - parsed.value) > 1e-12) {
      await commit(plan.meta.id, 'history.edit', [{ table: 'mealProfiles', op: 'put', record: { ...p, wasteShare: parsed.value } }]);
    }
  }

  return (
    <fieldset className="card waste-shares">
      <legend>{t('profiles.wasteTitle')}</legend>
      <div className="form-grid">
        {SECTORS.map((s) => {
          const p = profileFor(plan, s);
          const id = `waste-${s}`;
          const error = errors[s];
          return (
            <div key={s} className={`field${error ? ' field-invalid' : ''}`}>
              <label htmlFor={id}>
                {t(`sectors.${s}`)} <span className="unit">(%)</span>
              </label>
              <input
                id={id}
                inputMode="decimal"
                value={drafts[s] ?? ctx.f.number(p.wasteShare * 100, 1)}
                aria-invalid={!!error}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => setDrafts((d) => ({ ...d, [s]: e.target.value }))}
                onBlur={() => void save(s)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void save(s);
                }}
              />
              {error ? (
                <p className="field-error" id={`${id}-error`}>
                  {errorText(t('profiles.wasteIn', { sector: t(`sectors.${s}`) }), error)}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <p className="hint">{t('profiles.wasteHint')}</p>
    </fieldset>
  );
}
