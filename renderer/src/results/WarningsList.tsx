import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineWarning, ScenarioResult } from '../../../shared/engine/types';
import type { Plan } from '../../../shared/model/types';
import { useFormatter } from '../format/useFormatter';
import { tDynamic } from '../i18n/dynamic';
import { useAppStore } from '../state/appStore';
import { WARNINGS_SHOWN_PER_GROUP, warningCount } from './warningGroups';
import { warningText } from './warningText';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The engine's warnings in words, grouped by what they are about (most serious first), each group
 * folded under a one-line title with its count; errors are open. A folded group's sentences are
 * written only when it is opened: at Denmark scale there are hundreds, and the list is drawn
 * again on every what-if step.
 */
export const WarningsList = memo(function WarningsList({
  plan,
  warnings,
  counts,
}: {
  plan: Plan;
  warnings: EngineWarning[];
  /** How many warnings of each code there are, when `warnings` holds only the first of each (./warningGroups.ts). */
  counts?: ScenarioResult['warningCounts'];
}) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  // Groups the user opened or closed (by code); the rest follow their severity.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  if (warnings.length === 0) return <p className="muted">{t('results.noWarnings')}</p>;
  const groups = new Map<EngineWarning['code'], EngineWarning[]>();
  for (const w of warnings) {
    const list = groups.get(w.code);
    if (list) list.push(w);
    else groups.set(w.code, [w]);
  }
  const total = (code: EngineWarning['code'], list: EngineWarning[]) => warningCount(code, list.length, counts);
  const sorted = [...groups.entries()].sort(([ca, a], [cb, b]) => ORDER[a[0]!.severity] - ORDER[b[0]!.severity] || total(cb, b) - total(ca, a));
  return (
    <div className="warnings-list" data-testid="warnings">
      {sorted.map(([code, list]) => {
        const severity = list[0]!.severity;
        const count = total(code, list);
        const open = toggled.get(code) ?? severity === 'error';
        return (
          <details
            key={code}
            className={`warning-group warning-${severity}`}
            open={open}
            onToggle={(e) => {
              const now = e.currentTarget.open;
              if (now !== open) setToggled((m) => new Map(m).set(code, now));
            }}
            data-code={code}
          >
            <summary>
              <span className="badge">{t(`results.severity.${severity}`)}</span> {tDynamic(t, `warningGroups.${code}`)} <span className="muted">({f.number(count)})</span>
            </summary>
            {open ? (
              <>
                <ul>
                  {list.slice(0, WARNINGS_SHOWN_PER_GROUP).map((w, i) => (
                    <li key={i}>{warningText(t, f, language, plan, w)}</li>
                  ))}
                </ul>
                {count > WARNINGS_SHOWN_PER_GROUP ? <p className="muted">{t('planIssues.more', { count: count - WARNINGS_SHOWN_PER_GROUP })}</p> : null}
              </>
            ) : null}
          </details>
        );
      })}
    </div>
  );
});
