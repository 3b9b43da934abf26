/**
 * The preload: the only code that touches ipcRenderer, and the whole of what the page can ask of
 * the desktop shell. It exposes exactly `DesktopBridge` (shared/ipc-contract.ts) as
 * `window.maltid`: one function per capability, each bound to one channel. There is no generic
 * send/invoke, and neither ipcRenderer nor an IpcRendererEvent ever reaches the page (a leaked
 * event carries `sender`, i.e. ipcRenderer itself).
 *
 * It runs sandboxed (webPreferences.sandbox), so it is bundled into one CommonJS file and may
 * only require 'electron'. Main validates everything again: this file is convenience, not a
 * security boundary.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import {
  BRIDGE_KEY,
  IPC_EVENTS,
  IPC_INVOKE,
  MENU_COMMANDS,
  type DesktopBridge,
  type IpcResult,
  type MenuCommand,
  type OpenedFile,
} from '../../shared/ipc-contract';

function invoke<T>(channel: string, ...args: unknown[]): Promise<IpcResult<T>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<T>>;
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function isOpenedFile(value: unknown): value is OpenedFile {
  if (typeof value !== 'object' || value === null) return false;
  const { name, data } = value as Record<string, unknown>;
  return typeof name === 'string' && data instanceof Uint8Array;
}

/** Subscribes to a main → page event; the listener sees only the checked payload. */
function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: unknown): void => {
    if (accept(payload)) listener(payload);
  };
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

/**
 * A plan file double-clicked in the OS can arrive before the page has subscribed (main sends it
 * on did-finish-load, React subscribes in an effect). Files that arrive with nobody listening
 * wait here and go to the first subscriber.
 */
const fileListeners = new Set<(file: OpenedFile) => void>();
const unclaimedFiles: OpenedFile[] = [];
ipcRenderer.on(IPC_EVENTS.fileOpened, (_event: IpcRendererEvent, payload: unknown) => {
  if (!isOpenedFile(payload)) return;
  if (fileListeners.size === 0) unclaimedFiles.push(payload);
  else for (const listener of fileListeners) listener(payload);
});

const bridge = {
  saveFile: (request) => invoke(IPC_INVOKE.saveFile, request),
  openFile: (request) => invoke(IPC_INVOKE.openFile, request),
  printToPdf: (request) => invoke(IPC_INVOKE.printToPdf, request),
  appInfo: () => invoke(IPC_INVOKE.appInfo),
  setLanguage: (language) => invoke(IPC_INVOKE.setLanguage, language),
  writeBackup: (request) => invoke(IPC_INVOKE.writeBackup, request),
  listBackups: (workspaceId) => invoke(IPC_INVOKE.listBackups, workspaceId),
  readBackup: (request) => invoke(IPC_INVOKE.readBackup, request),
  closeWindow: () => invoke(IPC_INVOKE.closeWindow),
  onMenuCommand: (listener) => subscribe(IPC_EVENTS.menuCommand, isMenuCommand, listener),
  onFileOpened: (listener) => {
    fileListeners.add(listener);
    for (const file of unclaimedFiles.splice(0)) listener(file);
    return () => {
      fileListeners.delete(listener);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
