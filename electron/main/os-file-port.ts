/** The production FileSystemPort: Electron's native dialogs (modal to the window) and Node's fs. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { FileSystemPort } from './files';

export function osFileSystemPort(parent: BrowserWindow | null): FileSystemPort {
  return {
    async showSaveDialog({ title, defaultPath, filters }) {
      const options = { title, defaultPath, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as const };
      const result = parent
        ? await dialog.showSaveDialog(parent, { ...options, properties: [...options.properties] })
        : await dialog.showSaveDialog({ ...options, properties: [...options.properties] });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showOpenDialog({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async writeFile(path, data) {
      await writeFile(path, data);
    },
    async fileSize(path) {
      const info = await stat(path);
      if (!info.isFile()) throw new Error('not a file');
      return info.size;
    },
    async readFile(path) {
      const bytes = await readFile(path);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  };
}
