import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineWarning } from '../../../shared/engine/types';
import type { Plan } from '../../../shared/model/types';
import { useFormatter } from '../format/useFormatter';
import { tDynamic } from '../i18n/dynamic';
import { useAppStore } from '../state/appStore';
import { warningText } from './warningText';

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const SHOWN_PER_GROUP = 40;

/**
 * The engine's warnings in words, grouped by what they are about (most serious first), each group
 * folded under a one-line title with its count; errors are open. A folded group's sentences are
 * written only when it is opened: at Denmark scale there are hundreds, and the list is drawn
 * again on every what-if step.
 */
export const WarningsList = memo(function WarningsList({ plan, warnings }: { plan: Plan; warnings: EngineWarning[] }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  // Groups the user opened or closed (by code); the rest follow their severity.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  if (warnings.length === 0) return <p className="muted">{t('results.noWarnings')}</p>;
  const groups = new Map<string, EngineWarning[]>();
  for (const w of warnings) {
    const list = groups.get(w.code);
    if (list) list.push(w);
    else groups.set(w.code, [w]);
  }
  const sorted = [...groups.entries()].sort(([, a], [, b]) => ORDER[a[0]!.severity] - ORDER[b[0]!.severity] || b.length - a.length);
  return (
    <div className="warnings-list" data-testid="warnings">
      {sorted.map(([code, list]) => {
        const severity = list[0]!.severity;
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
              <span className="badge">{t(`results.severity.${severity}`)}</span> {tDynamic(t, `warningGroups.${code}`)} <span className="muted">({f.number(list.length)})</span>
            </summary>
            {open ? (
              <>
                <ul>
                  {list.slice(0, SHOWN_PER_GROUP).map((w, i) => (
                    <li key={i}>{warningText(t, f, language, plan, w)}</li>
                  ))}
                </ul>
                {list.length > SHOWN_PER_GROUP ? <p className="muted">{t('planIssues.more', { count: list.length - SHOWN_PER_GROUP })}</p> : null}
              </>
            ) : null}
          </details>
        );
      })}
    </div>
  );
});
