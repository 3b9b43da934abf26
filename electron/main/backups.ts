/**
 * Rolling automatic backups of each workspace, as plan files on disk:
 *   <userData>/backups/<workspace folder>/backup-<UTC timestamp>[-n].maltid
 * The renderer sends a plan file's bytes; main names the file itself, keeps the newest
 * BACKUPS_KEPT per workspace and deletes older ones. The page can only name a workspace id and
 * one of the generated file names (both validated in ipc-guards.ts), never a path.
 *
 * Writes go to a temporary file that is then renamed, so a crash never leaves a half-written
 * backup under a valid name; writes to one workspace are serialised so pruning cannot race.
 */
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { BackupEntry, IpcResult } from '../../shared/ipc-contract';
import { MAX_IPC_FILE_BYTES } from '../../shared/ipc-contract';
import { BACKUP_FILE_NAME, parseBackupFileName, parseWorkspaceId } from './ipc-guards';

export const BACKUPS_KEPT = 10;

export interface BackupStore {
  write(workspaceId: string, data: Uint8Array): Promise<IpcResult<BackupEntry>>;
  list(workspaceId: string): Promise<IpcResult<BackupEntry[]>>;
  read(workspaceId: string, fileName: string): Promise<IpcResult<Uint8Array>>;
}

/**
 * The folder for a workspace id. `:` is allowed in ids but not in Windows file names; `~` is not
 * in the id alphabet, so replacing one with the other cannot make two ids share a folder.
 */
export function workspaceFolderName(workspaceId: string): string {
  return workspaceId.replaceAll(':', '~');
}

/** `2025-03-01T09:15:00.123Z` → `20250301T091500123Z` (fixed width, so names sort by time). */
function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function timestampToIso(compact: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(compact);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : compact;
}

/** Sort key: timestamp, then the same-millisecond counter. */
function sortKey(fileName: string): [string, number] {
  const m = BACKUP_FILE_NAME.exec(fileName);
  return [m?.[1] ?? '', Number(m?.[2] ?? 0)];
}

function newestFirst(a: string, b: string): number {
  const [ta, na] = sortKey(a);
  const [tb, nb] = sortKey(b);
  return ta === tb ? nb - na : ta < tb ? 1 : -1;
}

export function createBackupStore(root: string, now: () => Date = () => new Date()): BackupStore {
  const absoluteRoot = resolve(root);
  const queues = new Map<string, Promise<unknown>>();

  function folderOf(workspaceId: string): string | null {
    if (!parseWorkspaceId(workspaceId).ok) return null;
    const folder = resolve(absoluteRoot, workspaceFolderName(workspaceId));
    // Belt and braces: the id check already rules out separators and `..`.
    return folder.startsWith(absoluteRoot + sep) ? folder : null;
  }

  async function backupNames(folder: string): Promise<string[]> {
    try {
      return (await readdir(folder)).filter((name) => BACKUP_FILE_NAME.test(name)).sort(newestFirst);
    } catch {
      return [];
    }
  }

  async function entryFor(workspaceId: string, folder: string, fileName: string): Promise<BackupEntry> {
    const info = await stat(join(folder, fileName));
    return { workspaceId, fileName, createdAt: timestampToIso(sortKey(fileName)[0]), size: info.size };
  }

  async function writeNow(workspaceId: string, folder: string, data: Uint8Array): Promise<IpcResult<BackupEntry>> {
    try {
      await mkdir(folder, { recursive: true });
      const existing = new Set(await backupNames(folder));
      const stamp = compactTimestamp(now());
      let fileName = `backup-${stamp}.maltid`;
      for (let n = 1; existing.has(fileName); n++) fileName = `backup-${stamp}-${n}.maltid`;
      const temporary = join(folder, `.${fileName}.tmp`);
      await writeFile(temporary, data);
      await rename(temporary, join(folder, fileName));
      const all = await backupNames(folder);
      await Promise.all(all.slice(BACKUPS_KEPT).map((old) => unlink(join(folder, old)).catch(() => undefined)));
      return { ok: true, value: await entryFor(workspaceId, folder, fileName) };
    } catch {
      return { ok: false, error: 'writeFailed' };
    }
  }

  return {
    write(workspaceId, data) {
      const folder = folderOf(workspaceId);
      if (folder === null) return Promise.resolve({ ok: false, error: 'invalidArgument' });
      if (data.byteLength > MAX_IPC_FILE_BYTES) return Promise.resolve({ ok: false, error: 'tooLarge' });
      const previous = queues.get(folder) ?? Promise.resolve();
      const next = previous.then(() => writeNow(workspaceId, folder, data));
      queues.set(folder, next);
      return next;
    },

    async list(workspaceId) {
      const folder = folderOf(workspaceId);
      if (folder === null) return { ok: false, error: 'invalidArgument' };
      try {
        const names = await backupNames(folder);
        return { ok: true, value: await Promise.all(names.map((name) => entryFor(workspaceId, folder, name))) };
      } catch {
        return { ok: false, error: 'readFailed' };
      }
    },

    async read(workspaceId, fileName) {
      const folder = folderOf(workspaceId);
      if (folder === null || !parseBackupFileName(fileName).ok) return { ok: false, error: 'invalidArgument' };
      const file = join(folder, fileName);
      try {
        if ((await stat(file)).size > MAX_IPC_FILE_BYTES) return { ok: false, error: 'tooLarge' };
        const bytes = await readFile(file);
        return { ok: true, value: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
      } catch {
        return { ok: false, error: 'readFailed' };
      }
    },
  };
}
