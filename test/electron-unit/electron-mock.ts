/**
 * A stand-in for the `electron` module (there is no Electron runtime in unit tests, and the real
 * package would try to download one when imported). Each test file does
 *   const mocked = await vi.hoisted(async () => (await import('./electron-mock')).createElectronMock());
 *   vi.mock('electron', () => mocked);
 * and reaches the spies through `mocked`.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** A minimal event emitter that records listeners by event name. */
export function createEmitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    listeners,
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    }),
    removeListener: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, (listeners.get(event) ?? []).filter((l) => l !== listener));
    }),
    emit: (event: string, ...args: unknown[]): void => {
      for (const listener of listeners.get(event) ?? []) listener(...args);
    },
  };
}

export function createElectronMock() {
  const appEvents = createEmitter();
  const rendererEvents = createEmitter();
  return {
    app: {
      on: appEvents.on,
      emit: appEvents.emit,
      enableSandbox: vi.fn(),
      quit: vi.fn(),
      isPackaged: false,
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((_schemes: unknown[]) => undefined),
      handle: vi.fn((_scheme: string, _handler: unknown) => undefined),
    },
    ipcMain: { handle: vi.fn((_channel: string, _handler: unknown) => undefined) },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn((_menu: unknown) => undefined),
    },
    contextBridge: { exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined) },
    ipcRenderer: {
      invoke: vi.fn((...args: unknown[]) => Promise.resolve({ ok: true, value: args })),
      on: rendererEvents.on,
      removeListener: rendererEvents.removeListener,
      emit: rendererEvents.emit,
      listeners: rendererEvents.listeners,
    },
  };
}

export type ElectronMock = ReturnType<typeof createElectronMock>;

/** A fake webContents recording its listeners and its window-open handler. */
export function createFakeWebContents() {
  const events = createEmitter();
  let windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  return {
    on: events.on,
    emit: events.emit,
    listeners: events.listeners,
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => unknown) => {
      windowOpenHandler = handler;
    }),
    openWindow: (url: string): unknown => {
      if (!windowOpenHandler) throw new Error('no window open handler installed');
      return windowOpenHandler({ url });
    },
  };
}

/** A navigation event as Electron 45 passes it (details merged into the event). */
export function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}
