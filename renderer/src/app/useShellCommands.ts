/**
 * Undo and redo from the keyboard (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y) and from the native
 * Edit menu, in one place. Inside a text field they undo typing, as everywhere else; elsewhere
 * they undo the last change to the plan. The desktop menu's accelerator takes the key before the
 * page sees it, so the page only handles the key where there is no native menu.
 */
import i18next from 'i18next';
import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc-contract';
import { redo, undo } from '../data/history';
import { getPlatform } from '../platform';
import { useAppStore } from '../state/appStore';
import { exportReportCommand } from '../reports/reportCommand';
import { savePlanFile } from '../views/SavePlanFileButton';
import { hashFor } from './views';

function isTextEditing(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'range', 'file'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

export function runUndo(kind: 'undo' | 'redo'): void {
  if (isTextEditing(document.activeElement)) {
    // The browser's own undo of typing in the focused field.
    document.execCommand(kind);
    return;
  }
  void (kind === 'undo' ? undo() : redo());
}

export function useShellCommands(): void {
  useEffect(() => {
    const platform = getPlatform();
    const onKey = (e: KeyboardEvent) => {
      if (platform.shell === 'desktop') return;
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const kind = key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' ? 'redo' : null;
      if (!kind || isTextEditing(document.activeElement)) return;
      e.preventDefault();
      void (kind === 'undo' ? undo() : redo());
    };
    window.addEventListener('keydown', onKey);
    const offMenu = platform.onMenuCommand((command: MenuCommand) => {
      if (command === 'undo' || command === 'redo') runUndo(command);
      else if (command === 'new-plan' || command === 'open-plan') window.location.hash = hashFor('plans');
      else if (command === 'tour') useAppStore.getState().startTour();
      else if (command === 'save-plan') void savePlanFile(i18next.t('planFile.typeName'), useAppStore.getState().workspaceId);
      else if (command === 'export-report') exportReportCommand();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, []);
}
