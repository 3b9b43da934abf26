/**
 * Session and UI state (zustand): the open view, the open plan, the language, notices.
 * Persisted data lives in Dexie and is read with live queries, never copied here.
 */
import { create } from 'zustand';
import type { Language } from '../../../shared/model/enums';
import type { PersistenceState } from '../db/persistence';
import { viewFromHash, type ViewId } from '../app/views';

export type NoticeKind = 'info' | 'success' | 'error';

export interface NoticeAction {
  labelKey: string;
  run: () => void;
}

export interface Notice {
  id: number;
  kind: NoticeKind;
  /** An i18n key and its values: notices are translated when shown, so a language switch applies. */
  messageKey: string;
  values?: Record<string, string | number>;
  /** A button in the notice, e.g. Undo after a delete. */
  action?: NoticeAction;
}

export interface AppState {
  view: ViewId;
  workspaceId: string | null;
  language: Language;
  persistence: PersistenceState | null;
  notices: Notice[];
  /** The scenario and year the analysis views show (null: the first scenario, its first year). */
  scenarioId: string | null;
  year: number | null;
  /** The scenarios side by side in Compare. */
  compareIds: string[];
  /** The guided tour: the step shown, or null when closed. */
  tourStep: number | null;
  tourDone: boolean;
  setView: (view: ViewId) => void;
  setWorkspaceId: (id: string | null) => void;
  setLanguage: (language: Language) => void;
  setPersistence: (state: PersistenceState) => void;
  notify: (kind: NoticeKind, messageKey: string, values?: Record<string, string | number>, action?: NoticeAction) => void;
  dismiss: (id: number) => void;
  setScenarioId: (id: string | null) => void;
  setYear: (year: number | null) => void;
  setCompareIds: (ids: string[]) => void;
  startTour: () => void;
  setTourStep: (step: number | null) => void;
  setTourDone: (done: boolean) => void;
}

let nextNoticeId = 1;

export const useAppStore = create<AppState>()((set) => ({
  // The address names the view (and its tab), so a reload keeps the place.
  view: (typeof window !== 'undefined' && viewFromHash(window.location.hash)) || 'overview',
  workspaceId: null,
  language: 'en',
  persistence: null,
  notices: [],
  scenarioId: null,
  year: null,
  compareIds: [],
  tourStep: null,
  tourDone: false,
  setView: (view) => set({ view }),
  // Another plan: its own scenarios and years.
  setWorkspaceId: (workspaceId) => set({ workspaceId, scenarioId: null, year: null, compareIds: [] }),
  setLanguage: (language) => set({ language }),
  setPersistence: (persistence) => set({ persistence }),
  notify: (kind, messageKey, values, action) =>
    set((s) => ({
      notices: [...s.notices.slice(-4), { id: nextNoticeId++, kind, messageKey, ...(values ? { values } : {}), ...(action ? { action } : {}) }],
    })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setScenarioId: (scenarioId) => set({ scenarioId }),
  setYear: (year) => set({ year }),
  setCompareIds: (compareIds) => set({ compareIds }),
  startTour: () => set({ tourStep: 0 }),
  setTourStep: (tourStep) => set({ tourStep }),
  setTourDone: (tourDone) => set({ tourDone }),
}));
