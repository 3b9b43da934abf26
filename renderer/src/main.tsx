import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StorageUnavailable } from './app/StorageUnavailable';
import { getDatabase } from './db/database';
import { toStorageError } from './db/errors';
import { requestPersistentStorage } from './db/persistence';
import { readSettings } from './db/settings';
import { installCloseGuard } from './data/closeGuard';
import { openWorkspace } from './data/workspaceActions';
import { detectLanguage, initI18n } from './i18n';
import { getPlatform } from './platform';
import { useAppStore } from './state/appStore';
import './styles/app.css';

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const db = getDatabase();
  let settings;
  try {
    await db.open();
    settings = await readSettings(db);
  } catch (error) {
    // IndexedDB refused (disabled, private mode, disk full): say so, in the OS's language.
    const language = detectLanguage(navigator.languages);
    await initI18n(language);
    root.render(<StorageUnavailable code={toStorageError(error).code} />);
    return;
  }
  // From the first edit on, a close waits for the edit to be stored (desktop: then closes by itself).
  installCloseGuard(window, { closeAgain: getPlatform().closeWindow });
  const language = settings.language ?? detectLanguage(navigator.languages);
  await initI18n(language);
  useAppStore.getState().setLanguage(language);
  useAppStore.getState().setTourDone(settings.tourDone);
  getPlatform().setLanguage(language);
  // Later starts reopen the last plan; the first start (or a deleted plan) shows the welcome page.
  if (settings.lastWorkspaceId) await openWorkspace(settings.lastWorkspaceId);
  if (!useAppStore.getState().workspaceId && !window.location.hash) useAppStore.getState().setView('plans');
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void requestPersistentStorage().then((state) => useAppStore.getState().setPersistence(state));
}

void boot();
