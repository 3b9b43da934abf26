import { useTranslation } from 'react-i18next';
import type { PlanIssue } from '../../../shared/engine/types';
import type { Plan } from '../../../shared/model/types';
import { tDynamic } from '../i18n/dynamic';

/** Why a plan cannot be evaluated: each problem names its record and field, in the reader's language. */
export function PlanIssuesList({ plan, issues }: { plan: Plan; issues: PlanIssue[] }) {
  const { t } = useTranslation();
  const recordName = (i: PlanIssue) => {
    if (i.table === 'meta' || i.table === 'plan') return plan.meta.name;
    const rows = plan[i.table] as { id: string; name?: string }[];
    return rows.find((r) => r.id === i.id)?.name ?? i.id;
  };
  return (
    <div className="card issues" role="alert" data-testid="plan-issues">
      <h2>{t('planIssues.title')}</h2>
      <ul>
        {issues.slice(0, 50).map((i, n) => (
          <li key={n}>
            {tDynamic(t, `planIssues.${i.code}`, {
              ...i.params,
              table: tDynamic(t, `planIssues.tables.${i.table}`),
              record: recordName(i),
              field: i.field,
              detail: i.message,
            })}
          </li>
        ))}
      </ul>
      {issues.length > 50 ? <p className="muted">{t('planIssues.more', { count: issues.length - 50 })}</p> : null}
    </div>
  );
}
