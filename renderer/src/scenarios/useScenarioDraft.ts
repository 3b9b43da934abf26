import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../../shared/model/types';
import { registerDraftFlush } from '../data/closeGuard';
import { saveScenario } from './scenarioActions';

/** How long after the last change of a what-if control the change is saved (one undo step). */
const SETTLE_MS = 600;

/**
 * A scenario being changed by the what-if controls. While the user drags a slider the draft is
 * evaluated live but not saved; it is saved once the control settles (released, or no key for a
 * moment), as one undoable step; after that the stored scenario is shown again.
 */
export function useScenarioDraft(workspaceId: string, scenario: Scenario) {
  const [draft, setDraftState] = useState<Scenario | null>(null);
  const draftRef = useRef<Scenario | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The stored scenario as last known: what the next saved change is based on.
  const storedRef = useRef(scenario);
  useEffect(() => {
    storedRef.current = scenario;
  }, [scenario]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const d = draftRef.current;
    draftRef.current = null;
    if (!d) return;
    const base = storedRef.current;
    // Our own write is the stored scenario now, for the next change's base (until the live read catches up).
    storedRef.current = d;
    void saveScenario(workspaceId, d, 'history.whatIf', base).then(() => setDraftState(null));
  }, [workspaceId]);

  const update = useCallback(
    (change: (s: Scenario) => Scenario, settle: 'now' | 'later' = 'later') => {
      const next = change(draftRef.current ?? scenario);
      draftRef.current = next;
      setDraftState(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, settle === 'now' ? 0 : SETTLE_MS);
    },
    [scenario, flush],
  );

  /** A change from a settings section: applied to the latest scenario (a pending draft included) and saved at once. */
  const commitNow = useCallback(
    (change: (s: Scenario) => Scenario) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const base = storedRef.current;
      const next = change(draftRef.current ?? base);
      draftRef.current = null;
      storedRef.current = next;
      setDraftState(next);
      void saveScenario(workspaceId, next, 'history.editScenario', base).then(() => setDraftState(null));
    },
    [workspaceId],
  );

  // Leaving the view saves what was being changed.
  useEffect(() => () => flush(), [flush]);
  // So does closing the window: the close guard flushes before it looks for writes under way.
  useEffect(() => registerDraftFlush(flush), [flush]);

  return { current: draft ?? scenario, draft, update, flush, commitNow };
}
