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
  setView: (view: ViewId) => void;
  setWorkspaceId: (id: string | null) => void;
  setLanguage: (language: Language) => void;
  setPersistence: (state: PersistenceState) => void;
  notify: (kind: NoticeKind, messageKey: string, values?: Record<string, string | number>, action?: NoticeAction) => void;
  dismiss: (id: number) => void;
}

let nextNoticeId = 1;

export const useAppStore = create<AppState>()((set) => ({
  // The address names the view (and its tab), so a reload keeps the place.
  view: (typeof window !== 'undefined' && viewFromHash(window.location.hash)) || 'overview',
  workspaceId: null,
  language: 'en',
  persistence: null,
  notices: [],
  setView: (view) => set({ view }),
  setWorkspaceId: (workspaceId) => set({ workspaceId }),
  setLanguage: (language) => set({ language }),
  setPersistence: (persistence) => set({ persistence }),
  notify: (kind, messageKey, values, action) =>
    set((s) => ({
      notices: [...s.notices.slice(-4), { id: nextNoticeId++, kind, messageKey, ...(values ? { values } : {}), ...(action ? { action } : {}) }],
    })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
