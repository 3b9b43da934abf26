/**
 * Closing a window, or quitting, without losing the user's last edit.
 *
 * The page stores an edit in IndexedDB a moment after it is made. While such a write is under way
 * its beforeunload handler (renderer/src/data/closeGuard.ts) holds the close back; in Electron that
 * cancels the close silently (no dialog) and emits 'will-prevent-unload' on the webContents. Main
 * deliberately does not handle that event: calling its preventDefault() would force the close
 * through and lose the write. A quit (menu Quit, Cmd+Q) closes every window first, so the same
 * guard cancels it too.
 *
 * Once the write is stored the page asks, through the bridge (closeWindow), for the close again,
 * and main redoes what the user asked for: closes that window, or quits. A page cannot close a
 * window the user did not ask to close: without a close or a quit asked for, the request is
 * ignored (in development a reload is held back the same way, and must not become a close).
 */
import { app } from 'electron';

/** The part of a BrowserWindow this module uses (a fake in unit tests). */
export interface ClosableWindow {
  on(event: 'close', listener: () => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseRequests {
  /** Remembers when the user asks to close this window. */
  track(window: ClosableWindow): void;
  /** The page of `window` has saved and asks for the held-back close or quit again. */
  closeAgain(window: ClosableWindow | null): void;
}

export function createCloseRequests(): CloseRequests {
  // Set by Quit; a quit the page held back is redone with app.quit(), which on macOS does not
  // follow from the last window closing.
  let quitAsked = false;
  const closeAsked = new WeakSet<ClosableWindow>();
  app.on('before-quit', () => {
    quitAsked = true;
  });
  return {
    track(window) {
      // 'close' comes before the page's beforeunload, so it is known here when the page holds it back.
      window.on('close', () => closeAsked.add(window));
    },
    closeAgain(window) {
      if (!window || window.isDestroyed()) return;
      if (quitAsked) app.quit();
      else if (closeAsked.has(window)) window.close();
    },
  };
}
