/**
 * The window does not go away while an edit is on its way to IndexedDB.
 *
 * Edits are stored through the write queue (history.ts) a moment after they are made, what-if
 * sliders keep a draft until the control settles, and an import stores its purchase lines in one
 * long transaction. A window closed in that moment would lose the edit: the page is torn down and
 * the unfinished transaction with it. So, on beforeunload:
 *  1. drafts are handed to the queue first (a slider that has not settled is saved now);
 *  2. if a write is under way, the unload is cancelled. In the desktop app that is silent: the
 *     status line says "Saving before closing…", and once every write has ended (stored or
 *     refused: the queue counts a failed write as ended) the shell is asked to close again
 *     (platform.closeWindow, which redoes the user's close or quit). After TIMEOUT_MS the close is
 *     let through even if a write has not ended, so that a stuck write never keeps the window open.
 *     In a browser the browser asks "Leave site?" itself, and the user decides; a page may not
 *     close a tab it did not open, so nothing closes it again there.
 */
import { create } from 'zustand';
import { purchaseWritesUnderWay } from '../purchases/purchaseStore';
import { useHistory } from './history';

/** The longest a close waits for a write to end. */
export const CLOSE_TIMEOUT_MS = 5000;
// Two sources of writes with no common event; a close waits at most a few seconds, so looking
// every few milliseconds is simpler than subscribing to both and costs nothing.
const POLL_MS = 25;

const draftFlushes = new Set<() => void>();

/**
 * Registers a draft's flush (hand the draft to the write queue now), called before a close.
 * Returns the unregister function, for an effect's cleanup.
 */
export function registerDraftFlush(flush: () => void): () => void {
  draftFlushes.add(flush);
  return () => {
    draftFlushes.delete(flush);
  };
}

/** True while a write is under way: an edit in the queue, or an import's purchase lines. */
export function isSaving(): boolean {
  return useHistory.getState().pending > 0 || purchaseWritesUnderWay() > 0;
}

/** True while the desktop app holds a close back to finish saving (the status line says so). */
export const useClosing = create<{ closing: boolean }>()(() => ({ closing: false }));

export interface CloseGuardOptions {
  /** Asks the shell to close the window again (desktop); null in a browser. */
  closeAgain: (() => void) | null;
  timeoutMs?: number;
}

/** Installs the guard on `target` (the page's window); returns the function that removes it. */
export function installCloseGuard(target: Window, { closeAgain, timeoutMs = CLOSE_TIMEOUT_MS }: CloseGuardOptions): () => void {
  let poll: ReturnType<typeof setInterval> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Set once the timeout has passed: from then on no write holds the close back.
  let letGo = false;

  const stopWaiting = (): void => {
    clearInterval(poll);
    clearTimeout(timer);
    poll = timer = undefined;
    useClosing.setState({ closing: false });
  };

  const closeWhenSaved = (close: () => void): void => {
    if (poll) return;
    useClosing.setState({ closing: true });
    poll = setInterval(() => {
      if (isSaving()) return;
      stopWaiting();
      close();
    }, POLL_MS);
    timer = setTimeout(() => {
      stopWaiting();
      letGo = true;
      close();
    }, timeoutMs);
  };

  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    for (const flush of draftFlushes) flush();
    if (letGo || !isSaving()) return;
    event.preventDefault();
    // Chromium before 119 looked at returnValue only, not at preventDefault().
    event.returnValue = '';
    if (closeAgain) closeWhenSaved(closeAgain);
  };

  target.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    target.removeEventListener('beforeunload', onBeforeUnload);
    stopWaiting();
  };
}
