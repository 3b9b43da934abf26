/**
 * Hand-written guards for everything that crosses the IPC boundary. Arguments arrive as
 * `unknown` (a compromised or buggy page can send anything structured clone allows), so each
 * request is checked field by field, with exact keys and bounded sizes, before main acts on it.
 */
import type {
  BackupReadRequest,
  BackupWriteRequest,
  FileFilter,
  IpcErrorCode,
  OpenFileRequest,
  PrintToPdfRequest,
  SaveFileRequest,
} from '../../shared/ipc-contract';
import { MAX_IPC_FILE_BYTES } from '../../shared/ipc-contract';
import { LANGUAGES, type Language } from '../../shared/model/enums';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: IpcErrorCode };

const invalid = { ok: false, error: 'invalidArgument' } as const;

const MAX_FILTERS = 10;
const MAX_EXTENSIONS = 20;
const MAX_NAME_LENGTH = 500;
const EXTENSION = /^(?:[A-Za-z0-9]{1,16}|\*)$/;

/** A plain object whose own keys are exactly `keys` (no more, no fewer). */
export function isRecordWithKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

function isBoundedString(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function isFileFilter(value: unknown): value is FileFilter {
  if (!isRecordWithKeys(value, ['name', 'extensions'])) return false;
  const { name, extensions } = value;
  return (
    isBoundedString(name, 0, 200) &&
    Array.isArray(extensions) &&
    extensions.length >= 1 &&
    extensions.length <= MAX_EXTENSIONS &&
    extensions.every((extension) => typeof extension === 'string' && EXTENSION.test(extension))
  );
}

function isFilterList(value: unknown): value is FileFilter[] {
  return Array.isArray(value) && value.length <= MAX_FILTERS && value.every(isFileFilter);
}

/** File bytes: a Uint8Array (Buffer is one too) no larger than MAX_IPC_FILE_BYTES. */
function parseBytes(value: unknown): Parsed<Uint8Array> {
  if (!(value instanceof Uint8Array)) return invalid;
  if (value.byteLength > MAX_IPC_FILE_BYTES) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}

export function parseSaveFileRequest(value: unknown): Parsed<SaveFileRequest> {
  if (!isRecordWithKeys(value, ['suggestedName', 'filters', 'data'])) return invalid;
  const { suggestedName, filters, data } = value;
  if (!isBoundedString(suggestedName, 1, MAX_NAME_LENGTH) || !isFilterList(filters)) return invalid;
  const bytes = parseBytes(data);
  if (!bytes.ok) return bytes;
  return { ok: true, value: { suggestedName, filters, data: bytes.value } };
}

export function parseOpenFileRequest(value: unknown): Parsed<OpenFileRequest> {
  if (!isRecordWithKeys(value, ['filters'])) return invalid;
  const { filters } = value;
  return isFilterList(filters) ? { ok: true, value: { filters } } : invalid;
}

export function parsePrintToPdfRequest(value: unknown): Parsed<PrintToPdfRequest> {
  if (!isRecordWithKeys(value, ['suggestedName'])) return invalid;
  const { suggestedName } = value;
  return isBoundedString(suggestedName, 1, MAX_NAME_LENGTH) ? { ok: true, value: { suggestedName } } : invalid;
}

export function parseLanguage(value: unknown): Parsed<Language> {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
    ? { ok: true, value: value as Language }
    : invalid;
}

/**
 * Workspace ids follow the domain's id alphabet (shared/model/schema.ts: letters, digits and
 * `_ . : -`, at most 80). Because an id names a backup folder, `.`/`..`, any `..`, a trailing
 * dot and Windows device names are refused as well; see backups.ts for how `:` is stored.
 */
export function parseWorkspaceId(value: unknown): Parsed<string> {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_.:-]{1,80}$/.test(value)) return invalid;
  if (value.includes('..') || value.startsWith('.') || value.endsWith('.')) return invalid;
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i.test(value)) return invalid;
  return { ok: true, value };
}

/** Backup file names are the ones backups.ts generates, nothing else. */
export const BACKUP_FILE_NAME = /^backup-(\d{8}T\d{9}Z)(?:-(\d{1,3}))?\.maltid$/;

export function parseBackupFileName(value: unknown): Parsed<string> {
  return typeof value === 'string' && BACKUP_FILE_NAME.test(value) ? { ok: true, value } : invalid;
}

export function parseBackupWriteRequest(value: unknown): Parsed<BackupWriteRequest> {
  if (!isRecordWithKeys(value, ['workspaceId', 'data'])) return invalid;
  const workspaceId = parseWorkspaceId(value.workspaceId);
  if (!workspaceId.ok) return workspaceId;
  const bytes = parseBytes(value.data);
  if (!bytes.ok) return bytes;
  return { ok: true, value: { workspaceId: workspaceId.value, data: bytes.value } };
}

export function parseBackupReadRequest(value: unknown): Parsed<BackupReadRequest> {
  if (!isRecordWithKeys(value, ['workspaceId', 'fileName'])) return invalid;
  const workspaceId = parseWorkspaceId(value.workspaceId);
  if (!workspaceId.ok) return workspaceId;
  const fileName = parseBackupFileName(value.fileName);
  if (!fileName.ok) return fileName;
  return { ok: true, value: { workspaceId: workspaceId.value, fileName: fileName.value } };
}
