import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A number with what it is made of: a small button beside it opens the breakdown (keyboard and
 * screen-reader reachable, unlike a hover tooltip; Escape closes it). The breakdown is also the
 * value's `title` for pointer users.
 */
export function FigureDrill({ value, label, breakdown, testId }: { value: string; label: string; breakdown: string; testId?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="drill">
      <span className="drill-value" title={breakdown} data-testid={testId}>
        {value}
      </span>
      <button
        type="button"
        className="drill-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('compare.drill.open', { what: label })}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 7v5M8 4.2v.1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </button>
      <span id={id} className="drill-body" role="note" hidden={!open}>
        {breakdown}
      </span>
    </span>
  );
}

/** The mark of the best scenario on a measure: a star and a word, never colour alone. */
export function WinnerMark({ label }: { label: string }) {
  return (
    <span className="winner-mark" data-testid="winner-mark">
      <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false">
        <path d="M8 1.2l2 4.3 4.7.6-3.4 3.2.9 4.6L8 11.6l-4.2 2.3.9-4.6L1.3 6.1 6 5.5z" fill="currentColor" />
      </svg>
      {label}
    </span>
  );
}
