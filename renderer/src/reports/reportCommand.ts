/**
 * "Export report…" from the native File menu (Ctrl+P): on the Reports view it prints the report
 * being previewed to PDF; elsewhere it opens the Reports view, where the reader first chooses
 * what the report covers.
 */
import { hashFor } from '../app/views';
import { useAppStore } from '../state/appStore';

type Listener = () => void;
const listeners = new Set<Listener>();

export function exportReportCommand(): void {
  if (useAppStore.getState().view === 'reports' && listeners.size > 0) for (const l of listeners) l();
  else window.location.hash = hashFor('reports');
}

/** The Reports view's PDF action listens here while it is on screen. */
export function onExportReportCommand(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
