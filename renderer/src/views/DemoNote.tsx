import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { noteFigureKind, type DemoDefinition } from '../../../shared/demos';
import type { Plan } from '../../../shared/model/types';
import { useFormatter } from '../format/useFormatter';
import { tDynamic } from '../i18n/dynamic';

/**
 * What a demo's comparison shows: the note's figures are computed by the engine from the plan as
 * it is now (an edited demo gets an updated note), then formatted for the reader's language.
 */
export function DemoNote({ demo, plan }: { demo: DemoDefinition; plan: Plan }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const figures = useMemo(() => {
    try {
      return demo.noteFigures(plan);
    } catch {
      // An edited demo may no longer have what the note talks about.
      return null;
    }
  }, [demo, plan]);
  const values = figures
    ? Object.fromEntries(
        Object.entries(figures).map(([name, v]) => {
          switch (noteFigureKind(name)) {
            case 'money':
              return [name, f.money(v, plan.meta.currency, Math.abs(v) < 100_000 ? 2 : 0)];
            case 'share':
              return [name, f.percent(v, 1)];
            case 'kg':
              return [name, t('demoNote.kg', { value: f.number(v) })];
            default:
              return [name, f.number(v)];
          }
        }),
      )
    : null;
  return (
    <section className="card demo-note" aria-labelledby="demo-note-title" data-testid="demo-note">
      <h2 id="demo-note-title">{t('demoNote.title')}</h2>
      {values ? <p>{tDynamic(t, `demos.${demo.id}.note`, values)}</p> : <p className="muted">{t('demoNote.changed')}</p>}
      <details>
        <summary>{t('demoNote.derivation')}</summary>
        <p>{tDynamic(t, `demos.${demo.id}.derivation`)}</p>
        <p className="hint">
          <span className="badge badge-estimate">{t('common.estimate')}</span> {t('demoNote.sources', { count: plan.meta.sources.length })}
        </p>
        <ul className="sources">
          {plan.meta.sources.map((s, i) => (
            <li key={i}>
              {s.label}
              {s.url ? <span className="muted"> — {s.url}</span> : null}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
