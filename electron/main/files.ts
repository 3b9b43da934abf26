/**
 * Native save and open dialogs for the page (exports, imports, plan files). The page never sees
 * or chooses a path: it suggests a name and gets back the chosen file's base name (save) or its
 * name and bytes (open). The OS calls are passed in, so the rules are testable without a window.
 */
import { basename, join } from 'node:path';
import type { FileFilter, IpcResult, OpenedFile, OpenFileRequest, SaveFileRequest, SaveFileResponse } from '../../shared/ipc-contract';
import { MAX_IPC_FILE_BYTES } from '../../shared/ipc-contract';
import type { MenuLabels } from '../../shared/i18n/menu';
import { sanitizeFileName, withExtension } from './file-names';

export interface SaveDialogRequest {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
}

export interface OpenDialogRequest {
  title: string;
  filters: FileFilter[];
}

/** The OS side: Electron's dialog and Node's fs in production, fakes in tests. */
export interface FileSystemPort {
  showSaveDialog(request: SaveDialogRequest): Promise<string | null>;
  showOpenDialog(request: OpenDialogRequest): Promise<string | null>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  fileSize(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
}

export interface FileContext {
  port: FileSystemPort;
  /** The folder the save dialog starts in (the user's Documents). */
  defaultFolder: string;
  labels: Readonly<MenuLabels>;
}

/** Adds "All files" to the page's filters so the user is never stuck with a too-narrow filter. */
function withAllFiles(filters: readonly FileFilter[], labels: Readonly<MenuLabels>): FileFilter[] {
  return filters.some((filter) => filter.extensions.includes('*'))
    ? [...filters]
    : [...filters, { name: labels.allFiles, extensions: ['*'] }];
}

export async function saveFile(request: SaveFileRequest, context: FileContext): Promise<IpcResult<SaveFileResponse>> {
  if (request.data.byteLength > MAX_IPC_FILE_BYTES) return { ok: false, error: 'tooLarge' };
  const extensions = request.filters[0]?.extensions ?? [];
  const name = withExtension(sanitizeFileName(request.suggestedName), extensions);
  const chosen = await context.port.showSaveDialog({
    title: context.labels.saveDialogTitle,
    defaultPath: join(context.defaultFolder, name),
    filters: withAllFiles(request.filters, context.labels),
  });
  if (chosen === null) return { ok: true, value: null };
  // GTK's dialog does not add the extension; a PDF saved as "report" would not open by double-click.
  const path = withExtension(chosen, extensions);
  try {
    await context.port.writeFile(path, request.data);
  } catch {
    return { ok: false, error: 'writeFailed' };
  }
  return { ok: true, value: { fileName: basename(path) } };
}

export async function openFile(request: OpenFileRequest, context: FileContext): Promise<IpcResult<OpenedFile | null>> {
  const chosen = await context.port.showOpenDialog({
    title: context.labels.openDialogTitle,
    filters: withAllFiles(request.filters, context.labels),
  });
  if (chosen === null) return { ok: true, value: null };
  return readChosenFile(chosen, context.port);
}

/** Reads a file the user (or the OS, for a double-clicked plan file) chose, within the size limit. */
export async function readChosenFile(
  path: string,
  port: Pick<FileSystemPort, 'fileSize' | 'readFile'>,
): Promise<IpcResult<OpenedFile>> {
  try {
    if ((await port.fileSize(path)) > MAX_IPC_FILE_BYTES) return { ok: false, error: 'tooLarge' };
    return { ok: true, value: { name: basename(path), data: await port.readFile(path) } };
  } catch {
    return { ok: false, error: 'readFailed' };
  }
}
