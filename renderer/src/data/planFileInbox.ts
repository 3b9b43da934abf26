/**
 * Plan files that arrive from outside the page (opened by double-click in the OS, or dropped on
 * the window) wait here until the "Open a plan file" button of the plans page takes them: it is
 * the one place that opens a file and asks before it would replace a plan. A file that arrives
 * while the button is not on screen is kept until it is.
 */
import type { PickedFile } from '../platform/types';

let queue: PickedFile[] = [];
let listener: ((file: PickedFile) => void) | null = null;

export function deliverPlanFile(file: PickedFile): void {
  if (listener) listener(file);
  else queue.push(file);
}

/** Takes the files that are waiting and every later one; returns the function that stops it. */
export function receivePlanFiles(receive: (file: PickedFile) => void): () => void {
  listener = receive;
  const waiting = queue;
  queue = [];
  for (const file of waiting) receive(file);
  return () => {
    if (listener === receive) listener = null;
  };
}
