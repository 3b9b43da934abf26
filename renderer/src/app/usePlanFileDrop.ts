/**
 * Plan files from outside the page: dropped on the window, or opened by the OS (double-click on
 * a .maltid file, which the desktop shell passes on). Either way the file goes to the plans page,
 * whose open button reads it and asks before it would replace a plan (data/planFileInbox.ts).
 */
import { useEffect, useState } from 'react';
import { deliverPlanFile } from '../data/planFileInbox';
import { PLAN_FILE_EXTENSIONS } from '../data/planFileActions';
import { getPlatform } from '../platform';
import type { PickedFile } from '../platform/types';
import { useAppStore } from '../state/appStore';
import { navigateTo } from './views';

function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

function open(file: PickedFile): void {
  deliverPlanFile(file);
  navigateTo('plans');
}

/** Returns whether a file is being dragged over the window (to show the drop target). */
export function usePlanFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      // Without this the browser would open the file in place of the app.
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
      if (!PLAN_FILE_EXTENSIONS.includes(extension)) {
        useAppStore.getState().notify('error', 'exports.planFile.notPlanFile', { file: file.name });
        return;
      }
      void file.arrayBuffer().then(
        (buffer) => open({ name: file.name, data: new Uint8Array(buffer) }),
        () => useAppStore.getState().notify('error', 'planFile.unreadable', { file: file.name }),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    const offOpened = getPlatform().onFileOpened(open);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
      offOpened();
    };
  }, []);
  return dragging;
}
