/**
 * The main window. It always loads app://maltid/index.html (in development, Vite's dev server
 * when electron-vite provides one), with the hardened webPreferences from security.ts.
 */
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../shared/ipc-contract';
import { webPreferences } from './security';

export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export function createMainWindow(startUrl: string = APP_START_URL): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Måltid',
    // Shown once painted, so the user never sees a white flash.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...webPreferences },
  });
  window.once('ready-to-show', () => window.show());
  // A page that fails to load never becomes ready-to-show; an empty window beats an invisible app.
  window.webContents.once('did-fail-load', () => window.show());
  window.loadURL(startUrl).catch((error: unknown) => console.error('Måltid could not load its page:', error));
  return window;
}

/** Brings the window to the front (second launch, file opened from the OS). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
