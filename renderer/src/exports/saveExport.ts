/**
 * Saving an export through the shell: the desktop's native save dialog, or a download in the web
 * build. Says in a notice what was saved, or that it failed, in the UI's language.
 */
import { getPlatform } from '../platform';
import { useAppStore } from '../state/appStore';

export const FILE_TYPES = {
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  png: { extension: 'png', mimeType: 'image/png' },
  svg: { extension: 'svg', mimeType: 'image/svg+xml' },
} as const;
export type ExportFileType = keyof typeof FILE_TYPES;

/**
 * A file name from free text: letters, digits, spaces, dots, commas, brackets, dashes and
 * underscores, which every file system accepts; anything else (/ \\ : * ? " < > |) becomes a space.
 */
export function exportFileName(base: string, type: ExportFileType): string {
  const clean = base.normalize('NFC').replace(/[^\p{L}\p{N} .,()_–-]+/gu, ' ').trim().replace(/\s+/g, ' ') || 'export';
  return `${clean.slice(0, 120)}.${FILE_TYPES[type].extension}`;
}

/** Saves `data`; `typeName` is the translated name of the file type for the save dialog. */
export async function saveExport(type: ExportFileType, fileName: string, typeName: string, data: Uint8Array): Promise<void> {
  const notify = useAppStore.getState().notify;
  try {
    const outcome = await getPlatform().saveFile({ suggestedName: fileName, typeName, extensions: [FILE_TYPES[type].extension], mimeType: FILE_TYPES[type].mimeType, data });
    if (outcome === 'saved') notify('success', 'exports.saved', { file: fileName });
  } catch {
    notify('error', 'exports.failed', { file: fileName });
  }
}
