import { useEffect, useLayoutEffect, useReducer, useRef, type CSSProperties } from 'react';
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
  const [, remeasure] = useReducer((n: number) => n + 1, 0);

  // The part of the app a step explains must be on screen (in a narrow window the sidebar is a bar at
  // the top, which may have scrolled away); then the dialog is placed again beside it.
  useLayoutEffect(() => {
    if (!current) return;
    document.querySelector(current.target)?.scrollIntoView({ block: 'nearest' });
    remeasure();
  }, [current]);

  useEffect(() => {
    dialogRef.current?.focus({ preventScroll: true });
  }, [step]);

  useEffect(() => {
    window.addEventListener('resize', remeasure);
    return () => window.removeEventListener('resize', remeasure);
  }, []);

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

const TOUR_WIDTH = 340;
const MARGIN = 8;

/**
 * Beside the part of the app the step explains (the shell does not move while the tour is open); in a
 * narrow window (or at 200 % zoom, where the sidebar becomes a bar on top) below it, never off screen.
 */
function dialogPosition(selector: string): CSSProperties {
  const rect = document.querySelector(selector)?.getBoundingClientRect();
  if (!rect) return { top: 80, left: MARGIN };
  if (rect.right + 16 + TOUR_WIDTH + MARGIN <= window.innerWidth) return { top: Math.max(MARGIN, rect.top - 8), left: rect.right + 16 };
  // Below the target, kept inside the window.
  const width = Math.min(TOUR_WIDTH, window.innerWidth - 2 * MARGIN);
  const top = Math.max(MARGIN, Math.min(rect.bottom + 12, window.innerHeight / 2));
  return { top, left: Math.max(MARGIN, Math.min(rect.left, window.innerWidth - width - MARGIN)), maxHeight: window.innerHeight - top - MARGIN };
}

function highlightStyle(selector: string): CSSProperties {
  const rect = document.querySelector(selector)?.getBoundingClientRect();
  if (!rect) return { display: 'none' };
  return { top: rect.top - 3, left: rect.left - 3, width: rect.width + 6, height: rect.height + 6 };
}
