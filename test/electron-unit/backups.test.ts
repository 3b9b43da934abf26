import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, createBackupStore, workspaceFolderName } from '../../electron/main/backups';

let root: string;

beforeEach(() => {
  root = join(mkdtempSync(join(tmpdir(), 'maltid-backups-')), 'backups');
});

afterEach(() => rmSync(join(root, '..'), { recursive: true, force: true }));

/** A clock that moves one minute per call, from a fixed start. */
function steppingClock(start = Date.UTC(2026, 0, 15, 8, 0, 0, 0), stepMs = 60_000) {
  let t = start - stepMs;
  return () => new Date((t += stepMs));
}

describe('rolling backups', () => {
  it(`keeps the newest ${BACKUPS_KEPT} per workspace and deletes older ones`, async () => {
    const store = createBackupStore(root, steppingClock());
    for (let i = 0; i < 13; i++) {
      const result = await store.write('ws-1', new Uint8Array([i]));
      expect(result.ok).toBe(true);
    }
    const listed = await store.list('ws-1');
    if (!listed.ok) throw new Error(listed.error);
    expect(listed.value).toHaveLength(BACKUPS_KEPT);
    expect(readdirSync(join(root, 'ws-1'))).toHaveLength(BACKUPS_KEPT);
    // Newest first: the 13th write (index 12, at 08:12) is first, the 4th (08:03) last.
    expect(listed.value[0]?.createdAt).toBe('2026-01-15T08:12:00.000Z');
    expect(listed.value.at(-1)?.createdAt).toBe('2026-01-15T08:03:00.000Z');
    const newest = await store.read('ws-1', listed.value[0]?.fileName ?? '');
    expect(newest).toEqual({ ok: true, value: new Uint8Array([12]) });
  });

  it('writes backups of different workspaces to separate folders without pruning each other', async () => {
    const store = createBackupStore(root, steppingClock());
    for (let i = 0; i < BACKUPS_KEPT; i++) await store.write('a', new Uint8Array([i]));
    await store.write('b', new Uint8Array([9]));
    expect((await store.list('a')).ok && readdirSync(join(root, 'a'))).toHaveLength(BACKUPS_KEPT);
    expect(readdirSync(join(root, 'b'))).toHaveLength(1);
  });

  it('gives backups written in the same millisecond distinct names, ordered newest first', async () => {
    const store = createBackupStore(root, () => new Date(Date.UTC(2026, 1, 1)));
    const written = await Promise.all([1, 2, 3].map((n) => store.write('ws', new Uint8Array([n]))));
    const names = written.map((r) => (r.ok ? r.value.fileName : ''));
    expect(names).toEqual([
      'backup-20260201T000000000Z.maltid',
      'backup-20260201T000000000Z-1.maltid',
      'backup-20260201T000000000Z-2.maltid',
    ]);
    const listed = await store.list('ws');
    expect(listed.ok && listed.value.map((e) => e.fileName)).toEqual([...names].reverse());
  });

  it('reports entries with workspace, size and time, and leaves no temporary files', async () => {
    const store = createBackupStore(root, steppingClock());
    const result = await store.write('ws', new Uint8Array(1234));
    expect(result).toEqual({
      ok: true,
      value: { workspaceId: 'ws', fileName: 'backup-20260115T080000000Z.maltid', createdAt: '2026-01-15T08:00:00.000Z', size: 1234 },
    });
    expect(readdirSync(join(root, 'ws')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('lists nothing for a workspace without backups, and ignores foreign files in the folder', async () => {
    const store = createBackupStore(root, steppingClock());
    expect(await store.list('never')).toEqual({ ok: true, value: [] });
    mkdirSync(join(root, 'ws'), { recursive: true });
    writeFileSync(join(root, 'ws', 'notes.txt'), 'x');
    await store.write('ws', new Uint8Array([1]));
    const listed = await store.list('ws');
    expect(listed.ok && listed.value.map((e) => e.fileName)).toEqual(['backup-20260115T080000000Z.maltid']);
  });

  it('stores ids with a colon in a folder name that is valid on Windows', async () => {
    expect(workspaceFolderName('org:se-1480')).toBe('org~se-1480');
    const store = createBackupStore(root, steppingClock());
    await store.write('org:se-1480', new Uint8Array([1]));
    expect(existsSync(join(root, 'org~se-1480'))).toBe(true);
    expect((await store.list('org:se-1480')).ok).toBe(true);
  });

  it('answers a missing backup with readFailed', async () => {
    const store = createBackupStore(root, steppingClock());
    expect(await store.read('ws', 'backup-20260101T000000000Z.maltid')).toEqual({ ok: false, error: 'readFailed' });
  });
});

describe('strict names', () => {
  const BAD_WORKSPACE_IDS = [
    '',
    '.',
    '..',
    '../ws',
    'ws/..',
    'a..b',
    'a/b',
    'a\\b',
    '/abs',
    'C:\\x',
    '.hidden',
    'trailing.',
    'with space',
    'nul\0byte',
    'ws%2f..',
    'CON',
    'nul',
    'com1',
    'lpt9.txt',
    'x'.repeat(81),
    'ünïcode',
  ];

  it.each(BAD_WORKSPACE_IDS)('rejects the workspace id %j for write, list and read', async (id) => {
    const store = createBackupStore(root, steppingClock());
    expect(await store.write(id, new Uint8Array([1]))).toEqual({ ok: false, error: 'invalidArgument' });
    expect(await store.list(id)).toEqual({ ok: false, error: 'invalidArgument' });
    expect(await store.read(id, 'backup-20260101T000000000Z.maltid')).toEqual({ ok: false, error: 'invalidArgument' });
    expect(existsSync(root) ? readdirSync(root) : []).toEqual([]);
  });

  it.each([
    '',
    '..',
    '../backup-20260101T000000000Z.maltid',
    'sub/backup-20260101T000000000Z.maltid',
    'sub\\backup-20260101T000000000Z.maltid',
    'backup-20260101T000000000Z.maltid/../../x',
    'backup-2026.maltid',
    'backup-20260101T000000000Z.txt',
    '.backup-20260101T000000000Z.maltid.tmp',
    'backup-20260101T000000000Z.maltid\0',
    'BACKUP-20260101T000000000Z.MALTID',
    'notes.txt',
  ])('rejects the backup file name %j', async (fileName) => {
    const store = createBackupStore(root, steppingClock());
    expect(await store.read('ws', fileName)).toEqual({ ok: false, error: 'invalidArgument' });
  });
});
