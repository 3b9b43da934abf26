/**
 * What the renderer may ask of the shell it runs in. The desktop implementation goes through
 * the preload bridge (window.maltid); the web implementation uses downloads, a file input and
 * window.print. Components only ever see this interface, never which shell they run in.
 */
import type { BackupEntry, MenuCommand } from '../../../shared/ipc-contract';
import type { Language } from '../../../shared/model/enums';

export interface SaveRequest {
  suggestedName: string;
  /** Translated name of the file type for the save dialog, e.g. "PDF document". */
  typeName: string;
  extensions: string[];
  mimeType: string;
  data: Uint8Array;
}

export interface OpenRequest {
  typeName: string;
  extensions: string[];
}

export interface PickedFile {
  name: string;
  data: Uint8Array;
}

export type SaveOutcome = 'saved' | 'cancelled';

/** A platform failure, as a code the UI translates. */
export class PlatformError extends Error {
  constructor(readonly code: string) {
    super(`Platform operation failed: ${code}`);
    this.name = 'PlatformError';
  }
}

export interface Platform {
  readonly shell: 'desktop' | 'web';
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
  openFile(request: OpenRequest): Promise<PickedFile | null>;
  /** Prints the report view to PDF (desktop: save dialog) or opens the print dialog (web). */
  printReport(suggestedName: string): Promise<SaveOutcome>;
  appVersion(): Promise<string>;
  setLanguage(language: Language): void;
  /** Rolling backups on disk; only the desktop shell has them. */
  readonly backups: {
    write(workspaceId: string, data: Uint8Array): Promise<BackupEntry>;
    list(workspaceId: string): Promise<BackupEntry[]>;
    read(workspaceId: string, fileName: string): Promise<Uint8Array>;
  } | null;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFileOpened(listener: (file: PickedFile) => void): () => void;
  /**
   * Closes the window again once the page has saved what made it hold a close back (the desktop
   * shell redoes the close or quit the user asked for). Null in a browser: a page may not close a
   * tab it did not open, and the browser's own "Leave site?" dialog lets the user choose there.
   */
  readonly closeWindow: (() => void) | null;
}
