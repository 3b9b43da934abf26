import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shareAt } from '../../../shared/engine/trajectory';
import type { Plan, Scenario } from '../../../shared/model/types';
import { useAnalysis } from '../engine/useAnalysis';
import { categoryName } from '../format/names';
import { useFormatter } from '../format/useFormatter';
import { PercentField } from '../forms/CommitFields';
import { useAppStore } from '../state/appStore';
import { ScrollRegion } from '../components/ScrollRegion';

/**
 * Goal seek, per organisation: the highest local share its budget allows in a year, and the
 * budget a chosen share needs, raising first the categories whose local food costs least extra
 * per kg (docs/engine.md §8).
 */
export default function GoalSeekPanel({ plan, scenario, year, draft }: { plan: Plan; scenario: Scenario; year: number; draft: Scenario | null }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const [target, setTarget] = useState(() => shareAt(scenario.localTarget.points, year) || 0.3);
  const { result } = useAnalysis('goalSeek', plan, scenario, year, draft, target);
  const money = (m: number | null) => (m === null ? '–' : f.money(m, plan.meta.currency));
  const org = (id: string) => plan.organisations.find((o) => o.id === id)?.name ?? id;
  const cat = (id: string) => {
    const c = plan.foodCategories.find((x) => x.id === id);
    return c ? categoryName(c, language) : id;
  };
  return (
    <div className="goal-seek" data-testid="goal-seek">
      <p className="hint">{t('goalSeek.intro', { year })}</p>
      <PercentField label={t('goalSeek.target')} value={target} onCommit={setTarget} testId="goal-seek-target" />
      {!result ? (
        <p className="muted">{t('results.computing')}</p>
      ) : (
        <ScrollRegion label={t('goalSeek.caption', { year, basis: t(`scenarios.bases.${scenario.localTarget.basis}`) })}>
        <table className="data-table compact-table">
          <caption>{t('goalSeek.caption', { year, basis: t(`scenarios.bases.${scenario.localTarget.basis}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.organisation')}</th>
              <th scope="col" className="num">
                {t('goalSeek.now')}
              </th>
              <th scope="col" className="num">
                {t('goalSeek.withinBudget')}
              </th>
              <th scope="col">{t('goalSeek.picked')}</th>
              <th scope="col" className="num">
                {t('goalSeek.capacityAllows')}
              </th>
              <th scope="col" className="num">
                {t('goalSeek.budgetFor', { share: f.percent(target) })}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.organisations.map((o) => (
              <tr key={o.organisationId}>
                <th scope="row">{org(o.organisationId)}</th>
                <td className="num">{f.percent(o.baseShare, 1)}</td>
                <td className="num">
                  {o.shareWithinBudget !== null
                    ? f.percent(o.shareWithinBudget, 1)
                    : o.budgetMinor === null
                      ? t('goalSeek.noBudget')
                      : t('goalSeek.overBudget', { amount: money(o.baseTotalMinor - o.budgetMinor) })}
                </td>
                <td>{o.pickedCategoryIds.length ? o.pickedCategoryIds.map(cat).join(', ') : '–'}</td>
                <td className="num">{f.percent(o.maxShare, 1)}</td>
                <td className="num">{o.budgetForTargetMinor === null ? t('goalSeek.unreachable') : money(o.budgetForTargetMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      )}
      <p className="hint">{t('goalSeek.method')}</p>
    </div>
  );
}
