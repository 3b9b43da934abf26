import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { openExternalUrl } from '../../electron/main/external-links';
import {
  hardenSession,
  hardenWebContents,
  installSecurityHooks,
  PRELOAD_PATH,
  webPreferences,
} from '../../electron/main/security';
import { isAppUrl, resetTrustedOrigins, trustDevServer } from '../../electron/main/trusted-origin';
import { createFakeWebContents, navigationEvent, type ElectronMock } from './electron-mock';

const mocked: ElectronMock = await vi.hoisted(async () => (await import('./electron-mock')).createElectronMock());
vi.mock('electron', () => mocked);

const OUTSIDE_URLS = [
  'https://example.com/',
  'http://127.0.0.1:5179/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://evil/index.html',
  'app://maltid.evil.com/',
  'app://user@maltid/index.html',
  'app://maltid:8080/index.html',
  'about:blank',
  'not a url',
];

beforeEach(() => {
  vi.clearAllMocks();
  resetTrustedOrigins();
});

describe('webPreferences', () => {
  it('isolates, sandboxes and strips Node from every renderer, item by item', () => {
    expect(webPreferences.contextIsolation).toBe(true);
    expect(webPreferences.sandbox).toBe(true);
    expect(webPreferences.nodeIntegration).toBe(false);
    expect(webPreferences.nodeIntegrationInWorker).toBe(false);
    expect(webPreferences.nodeIntegrationInSubFrames).toBe(false);
    expect(webPreferences.webSecurity).toBe(true);
    expect(webPreferences.allowRunningInsecureContent).toBe(false);
    expect(webPreferences.experimentalFeatures).toBe(false);
    expect(webPreferences.webviewTag).toBe(false);
    expect(webPreferences.navigateOnDragDrop).toBe(false);
    expect(webPreferences.spellcheck).toBe(false);
  });

  it('loads the bundled CommonJS preload next to the main bundle', () => {
    expect(webPreferences.preload).toBe(PRELOAD_PATH);
    expect(PRELOAD_PATH.endsWith(join('preload', 'index.cjs'))).toBe(true);
  });

  it('has no other keys (nothing like enableBlinkFeatures slips in) and cannot be changed', () => {
    expect(Object.keys(webPreferences).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
    expect(Object.isFrozen(webPreferences)).toBe(true);
  });
});

describe('what counts as the app', () => {
  it('accepts pages of app://maltid', () => {
    expect(isAppUrl('app://maltid/index.html')).toBe(true);
    expect(isAppUrl('app://maltid/')).toBe(true);
    expect(isAppUrl('app://maltid/report#section')).toBe(true);
  });

  it.each(OUTSIDE_URLS)('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('trusts a loopback dev server only once index.ts says so, and never a remote one', () => {
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    trustDevServer('http://localhost:5173');
    expect(isAppUrl('http://localhost:5173/index.html')).toBe(true);
    expect(isAppUrl('http://localhost:5174/')).toBe(false);
    resetTrustedOrigins();
    trustDevServer('http://example.com:5173');
    expect(isAppUrl('http://example.com:5173/')).toBe(false);
    trustDevServer('https://localhost:5173');
    expect(isAppUrl('https://localhost:5173/')).toBe(false);
  });
});

describe('navigation', () => {
  const events = ['will-navigate', 'will-redirect', 'will-frame-navigate'];

  it.each(events)('%s to an outside URL is prevented', (eventName) => {
    const contents = createFakeWebContents();
    hardenWebContents(contents as unknown as WebContents, vi.fn());
    for (const url of OUTSIDE_URLS) {
      const event = navigationEvent(url);
      contents.emit(eventName, event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it.each(events)('%s inside app://maltid is allowed', (eventName) => {
    const contents = createFakeWebContents();
    hardenWebContents(contents as unknown as WebContents, vi.fn());
    const event = navigationEvent('app://maltid/index.html');
    contents.emit(eventName, event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('prevents every <webview> from attaching', () => {
    const contents = createFakeWebContents();
    hardenWebContents(contents as unknown as WebContents, vi.fn());
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'app://maltid/index.html' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('new windows and external links', () => {
  it('denies every window.open and sends http(s) links to the browser', () => {
    const open = vi.fn(() => Promise.resolve());
    const contents = createFakeWebContents();
    hardenWebContents(contents as unknown as WebContents, open);
    expect(contents.openWindow('https://www.upphandlingsmyndigheten.se/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('http://example.com/a?b=c')).toEqual({ action: 'deny' });
    expect(open.mock.calls).toEqual([['https://www.upphandlingsmyndigheten.se/'], ['http://example.com/a?b=c']]);
  });

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'file:///etc/passwd',
    'data:text/html,<h1>x</h1>',
    'app://maltid/index.html',
    'smb://server/share',
    'ms-msdt:/id',
    'mailto:someone@example.com',
    'about:blank',
    'https://user:secret@example.com/',
    '//example.com',
    'not a url',
  ])('denies window.open(%s) without handing it to the OS', (url) => {
    const open = vi.fn(() => Promise.resolve());
    const contents = createFakeWebContents();
    hardenWebContents(contents as unknown as WebContents, open);
    expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    expect(open).not.toHaveBeenCalled();
  });

  it('uses shell.openExternal by default', () => {
    const contents = createFakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    contents.openWindow('https://example.com/');
    expect(mocked.shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('accepts only strings and survives a failing browser start', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('no browser')));
    expect(openExternalUrl(42, failing)).toBe(false);
    expect(openExternalUrl({ href: 'https://example.com' }, failing)).toBe(false);
    expect(openExternalUrl('https://example.com', failing)).toBe(true);
    await Promise.resolve();
  });
});

describe('permissions', () => {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
  function fakeSession() {
    const handlers: { request?: RequestHandler; check?: (...args: unknown[]) => boolean; device?: (...args: unknown[]) => boolean } = {};
    const ses = {
      setPermissionRequestHandler: vi.fn((h: RequestHandler) => (handlers.request = h)),
      setPermissionCheckHandler: vi.fn((h: (...args: unknown[]) => boolean) => (handlers.check = h)),
      setDevicePermissionHandler: vi.fn((h: (...args: unknown[]) => boolean) => (handlers.device = h)),
    };
    return { ses, handlers };
  }
  const appPage = { getURL: () => 'app://maltid/index.html' };

  function request(permission: string, requestingUrl = 'app://maltid/index.html', contents: unknown = appPage): boolean {
    const { ses, handlers } = fakeSession();
    hardenSession(ses as unknown as Session);
    const callback = vi.fn();
    handlers.request?.(contents, permission, callback, { requestingUrl });
    expect(callback).toHaveBeenCalledTimes(1);
    return callback.mock.calls[0]?.[0] as boolean;
  }

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'hid',
    'usb',
    'serial',
    'midiSysex',
    'display-capture',
    'storage-access',
    'unknown',
  ])('denies a %s permission request, even from the app', (permission) => {
    expect(request(permission)).toBe(false);
  });

  it('grants persistent storage to app://maltid only, so the plans in IndexedDB are not evicted', () => {
    expect(request('persistent-storage')).toBe(true);
    expect(request('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(request('persistent-storage', 'http://127.0.0.1:5179/')).toBe(false);
    // No requesting URL in the details: the page's own URL decides.
    expect(request('persistent-storage', '', { getURL: () => 'https://evil.example/' })).toBe(false);
    expect(request('persistent-storage', '', appPage)).toBe(true);
  });

  it('answers permission checks the same way, and every device request with no', () => {
    const { ses, handlers } = fakeSession();
    hardenSession(ses as unknown as Session);
    expect(handlers.check?.(null, 'geolocation', 'app://maltid', {})).toBe(false);
    expect(handlers.check?.(null, 'notifications', 'app://maltid', {})).toBe(false);
    expect(handlers.check?.(null, 'clipboard-sanitized-write', 'app://maltid', {})).toBe(false);
    expect(handlers.check?.(null, 'persistent-storage', 'app://maltid', {})).toBe(true);
    expect(handlers.check?.(null, 'persistent-storage', 'https://evil.example', {})).toBe(false);
    expect(handlers.device?.({ deviceType: 'usb', origin: 'app://maltid' })).toBe(false);
  });
});

describe('app-wide hooks', () => {
  it('enables the sandbox for all renderers and hardens every webContents and session as it is created', () => {
    installSecurityHooks();
    expect(mocked.app.enableSandbox).toHaveBeenCalled();

    const contents = createFakeWebContents();
    mocked.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const event = navigationEvent('https://example.com/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();

    const ses = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    mocked.app.emit('session-created', ses);
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled();
  });
});

describe('Content-Security-Policy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('allows scripts from the app only', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  });

  it('is the same policy the web build is served with', async () => {
    const serve = (await import(pathToFileURL(resolve(__dirname, '../../scripts/lib/serve.mjs')).href)) as { CSP: string };
    expect(CONTENT_SECURITY_POLICY).toBe(serve.CSP);
  });
});
