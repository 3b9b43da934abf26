/**
 * Plan files opened from the OS: a double-click (file association), "Open with", a path on the
 * command line, a second launch while Måltid runs (single-instance lock), or macOS's
 * `open-file` event. Main reads the file (size-limited) and hands name and bytes to the page,
 * which validates the content like any imported plan. Files that arrive before the page has
 * loaded wait in a queue.
 */
import { isAbsolute, resolve } from 'node:path';
import type { OpenedFile } from '../../shared/ipc-contract';

export const PLAN_FILE_EXTENSION = 'maltid';

/**
 * The plan file named on a command line, if any. Only existing-looking `*.maltid` arguments
 * count, so Chromium switches, the app path (in development) and stray words are ignored.
 */
export function planFileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const candidates = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${PLAN_FILE_EXTENSION}`));
  const last = candidates.at(-1);
  if (last === undefined) return null;
  return isAbsolute(last) ? last : resolve(workingDirectory, last);
}

export interface PlanFileDelivery {
  /** Queue a path (from argv or open-file); delivered as soon as the page is ready. */
  enqueue(path: string): void;
  /** Call when the page has loaded (or reloaded) and can listen. */
  pageReady(): void;
  /** Call when the window is gone (macOS keeps the app running without one). */
  pageGone(): void;
}

export function createPlanFileDelivery(
  read: (path: string) => Promise<OpenedFile | null>,
  send: (file: OpenedFile) => void,
): PlanFileDelivery {
  const pending: string[] = [];
  let ready = false;

  function flush(): void {
    while (ready && pending.length > 0) {
      const path = pending.shift();
      if (path === undefined) break;
      // An unreadable or oversized file is dropped: the OS already showed the user what they clicked.
      void read(path).then((file) => (file ? send(file) : undefined), () => undefined);
    }
  }

  return {
    enqueue(path) {
      pending.push(path);
      flush();
    },
    pageReady() {
      ready = true;
      flush();
    },
    pageGone() {
      ready = false;
    },
  };
}
