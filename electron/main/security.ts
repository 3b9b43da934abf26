/**
 * The security policy of the desktop shell, in one place (Electron's security checklist; see
 * ARCHITECTURE notes). Windows are created with `webPreferences` below; every webContents the
 * app ever creates gets `hardenWebContents`, and every session `hardenSession`, through the app
 * hooks that `installSecurityHooks` registers before the first window exists.
 */
import { join } from 'node:path';
import { app, shell } from 'electron';
import type { Session, WebContents, WebPreferences } from 'electron';
import { openExternalUrl, type OpenExternal } from './external-links';
import { isAppUrl } from './trusted-origin';

/** out/preload/index.cjs, next to out/main/index.js (also inside app.asar). */
export const PRELOAD_PATH = join(__dirname, '../preload/index.cjs');

/**
 * Every window uses exactly these. The renderer gets no Node, runs in Chromium's sandbox and
 * talks to main only through the preload bridge (`window.maltid`). Defaults are spelled out on
 * purpose: a future Electron changing a default must not change our policy, and a unit test
 * asserts each item.
 */
export const webPreferences = Object.freeze({
  preload: PRELOAD_PATH,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} satisfies WebPreferences);

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/** will-navigate / will-redirect / will-frame-navigate: the app never leaves app://maltid. */
export function preventNavigationOutsideApp(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * No page may open a window. Links with target=_blank or window.open() to http(s) go to the
 * user's browser; anything else (javascript:, file:, data:, app:…) is dropped.
 */
export function windowOpenHandler(open: OpenExternal) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    openExternalUrl(url, open);
    return { action: 'deny' };
  };
}

export function hardenWebContents(contents: WebContents, open: OpenExternal = (url) => shell.openExternal(url)): void {
  contents.on('will-navigate', preventNavigationOutsideApp);
  contents.on('will-redirect', preventNavigationOutsideApp);
  contents.on('will-frame-navigate', preventNavigationOutsideApp);
  // webviewTag is off, but a compromised page must not get one by other means either.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(open));
}

/**
 * The one permission the app's own page gets. All plans live in IndexedDB; without it Chromium
 * treats the origin's storage as best-effort and may evict it under disk pressure. The renderer
 * asks for it with navigator.storage.persist() and shows the result in Settings.
 */
const PERSISTENT_STORAGE = 'persistent-storage';

/** Granted only for persistent storage, and only to app://maltid; everything else is refused. */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return permission === PERSISTENT_STORAGE && isAppUrl(requestingUrl);
}

/**
 * Otherwise the app needs no browser permission (camera, location, notifications, clipboard
 * reading, devices, MIDI…). Denying by default means a new Chromium permission is denied too.
 */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl || contents.getURL())),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
}

/** Must run before the first BrowserWindow: every webContents and session is hardened as it is created. */
export function installSecurityHooks(): void {
  // Forces the sandbox on every renderer, including any created without our webPreferences.
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('session-created', (ses) => hardenSession(ses));
}
