import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A headline figure with what it is made of: the breakdown opens under it (a drill-down that
 * works with the keyboard and screen readers, unlike a hover tooltip).
 */
export function KeyFigure({
  label,
  value,
  breakdown,
  tone,
  testId,
  source,
}: {
  label: string;
  value: string;
  breakdown: string;
  tone?: 'good' | 'bad' | undefined;
  testId?: string;
  /** Where the inputs of the figure are kept. */
  source?: { href: string; label: string };
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={`stat card key-figure${tone ? ` ${tone}` : ''}`} data-testid={testId}>
      <span className="stat-label">{label}</span>
      <span className="stat-value" data-testid={testId ? `${testId}-value` : undefined}>
        {value}
      </span>
      <button type="button" className="link how" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('results.howCalculated')}
      </button>
      <div id={id} className="breakdown" hidden={!open}>
        <p>{breakdown}</p>
        {source ? <a href={source.href}>{source.label}</a> : null}
      </div>
    </div>
  );
}
