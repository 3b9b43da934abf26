import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../db/database';
import { writeSetting } from '../db/settings';
import { useAppStore } from '../state/appStore';

/** The steps, each pointing at a part of the shell. */
const STEPS = [
  { id: 'registers', target: '[data-testid="nav-kitchens"]' },
  { id: 'scenarios', target: '[data-testid="nav-scenarios"]' },
  { id: 'compare', target: '[data-testid="nav-compare"]' },
  { id: 'export', target: '[data-testid="nav-reports"]' },
] as const;

/**
 * A short guided tour: a dialog beside the part of the app it explains. It can be dismissed at
 * any step (Escape or "Skip the tour") and replayed from Settings or the desktop Help menu.
 */
export function Tour() {
  const { t } = useTranslation();
  const step = useAppStore((s) => s.tourStep);
  const setStep = useAppStore((s) => s.setTourStep);
  const setDone = useAppStore((s) => s.setTourDone);
  const dialogRef = useRef<HTMLDivElement>(null);
  const current = step === null ? null : STEPS[step];


  useEffect(() => {
    dialogRef.current?.focus();
  }, [step]);

  if (step === null || !current) return null;

  const close = () => {
    setStep(null);
    setDone(true);
    void writeSetting(getDatabase(), 'tourDone', true);
  };
  const last = step === STEPS.length - 1;

  return (
    <>
      <div className="tour-highlight" style={highlightStyle(current.target)} aria-hidden="true" />
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="false"
        aria-labelledby="tour-title"
        aria-describedby="tour-body"
        tabIndex={-1}
        className="tour card"
        style={dialogPosition(current.target)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
        }}
        data-testid="tour"
      >
        <p className="muted tour-count">{t('tour.count', { step: step + 1, total: STEPS.length })}</p>
        <h2 id="tour-title">{t(`tour.${current.id}.title`)}</h2>
        <p id="tour-body">{t(`tour.${current.id}.body`)}</p>
        <div className="form-actions">
          <button type="button" className="link" onClick={close}>
            {t('tour.skip')}
          </button>
          {step > 0 ? (
            <button type="button" onClick={() => setStep(step - 1)}>
              {t('tour.back')}
            </button>
          ) : null}
          <button type="button" className="primary" onClick={() => (last ? close() : setStep(step + 1))} data-testid="tour-next">
            {last ? t('tour.done') : t('tour.next')}
          </button>
        </div>
      </div>
    </>
  );
}

/** Beside the part of the app the step explains (the shell does not move while the tour is open). */
function dialogPosition(selector: string): CSSProperties {
  const rect = document.querySelector(selector)?.getBoundingClientRect();
  return rect ? { top: Math.max(8, rect.top - 8), left: rect.right + 16 } : { top: 80, left: 260 };
}

function highlightStyle(selector: string): CSSProperties {
  const rect = document.querySelector(selector)?.getBoundingClientRect();
  if (!rect) return { display: 'none' };
  return { top: rect.top - 3, left: rect.left - 3, width: rect.width + 6, height: rect.height + 6 };
}
