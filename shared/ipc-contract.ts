/**
 * The IPC contract between the Electron main process and the renderer, defined once.
 *
 * The renderer owns the data (Dexie, IndexedDB), so the surface is small: native file dialogs,
 * printing the report to PDF, rolling backups on disk, the app's version, and events from the
 * native menu and from the OS (a plan file opened by double-click). Every channel starts with
 * `maltid:`; main validates the sender and every argument (they arrive as `unknown`) and answers
 * with an `IpcResult`, never by throwing across the boundary.
 */
import type { Language } from './model/enums';

export const IPC_PREFIX = 'maltid:';

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle). */
export const IPC_INVOKE = {
  saveFile: 'maltid:file/save',
  openFile: 'maltid:file/open',
  printToPdf: 'maltid:report/print-pdf',
  appInfo: 'maltid:app/info',
  setLanguage: 'maltid:app/set-language',
  writeBackup: 'maltid:backup/write',
  listBackups: 'maltid:backup/list',
  readBackup: 'maltid:backup/read',
  closeWindow: 'maltid:window/close',
} as const;

/** Main → renderer events (webContents.send / ipcRenderer.on). */
export const IPC_EVENTS = {
  menuCommand: 'maltid:menu/command',
  fileOpened: 'maltid:file/opened',
} as const;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorCode };

/** Errors are codes, so that the renderer can say them in the user's language. */
export type IpcErrorCode = 'invalidArgument' | 'forbiddenSender' | 'writeFailed' | 'readFailed' | 'tooLarge' | 'printFailed' | 'closeFailed';

export interface FileFilter {
  /** Shown in the dialog, already translated by the renderer. */
  name: string;
  /** Extensions without the dot, e.g. `pdf`. */
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  filters: FileFilter[];
  /** The file's bytes. */
  data: Uint8Array;
}

export interface OpenFileRequest {
  filters: FileFilter[];
}

export interface PrintToPdfRequest {
  suggestedName: string;
}

/** `null` when the user cancelled the dialog. */
export type SaveFileResponse = { fileName: string } | null;

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export interface AppInfo {
  version: string;
  platform: string;
  shell: 'desktop';
}

export interface BackupWriteRequest {
  workspaceId: string;
  /** A plan file's bytes. */
  data: Uint8Array;
}

export interface BackupEntry {
  workspaceId: string;
  fileName: string;
  /** ISO date-time of the backup. */
  createdAt: string;
  size: number;
}

export interface BackupReadRequest {
  workspaceId: string;
  fileName: string;
}

export const MENU_COMMANDS = [
  'new-plan',
  'open-plan',
  'save-plan',
  'export-report',
  'undo',
  'redo',
  'about',
  'tour',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Largest file the shell reads or writes for the renderer (plan files, imports, exports). */
export const MAX_IPC_FILE_BYTES = 512 * 1024 * 1024;

/** The API the preload exposes as `window.maltid`. */
export interface DesktopBridge {
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>;
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenedFile | null>>;
  printToPdf(request: PrintToPdfRequest): Promise<IpcResult<SaveFileResponse>>;
  appInfo(): Promise<IpcResult<AppInfo>>;
  /** Tells the shell the UI language, so that the native menu and dialogs follow it. */
  setLanguage(language: Language): Promise<IpcResult<null>>;
  writeBackup(request: BackupWriteRequest): Promise<IpcResult<BackupEntry>>;
  listBackups(workspaceId: string): Promise<IpcResult<BackupEntry[]>>;
  readBackup(request: BackupReadRequest): Promise<IpcResult<Uint8Array>>;
  /**
   * Asks again for the close the page held back while it finished saving (the page's beforeunload
   * guard, renderer/src/data/closeGuard.ts): main closes the page's window, or quits if a quit was
   * asked for. Main ignores it when the user asked for neither.
   */
  closeWindow(): Promise<IpcResult<null>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
}

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_KEY = 'maltid';

/**
 * The app's storage origin. IndexedDB (all of the user's plans) lives per origin under the app's
 * data folder: the scheme, the host and the app name must NEVER change after the first release,
 * or every user's data silently disappears.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'maltid';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Electron's app name, which names the data folder (userData). Never change it either. */
export const APP_NAME = 'Maltid';
