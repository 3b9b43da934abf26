/**
 * Rolling automatic backups of the open plan (desktop), restoring one, and the web build's
 * reminder to save a plan file. Before a restore the current plan is backed up too, so that a
 * restore can itself be taken back.
 */
import { useEffect } from 'react';
import type { BackupEntry } from '../../../shared/ipc-contract';
import { readPlanFile } from '../../../shared/planfile';
import { getDatabase } from '../db/database';
import { readSettings, writeSetting } from '../db/settings';
import { getPlatform } from '../platform';
import { useAppStore } from '../state/appStore';
import { backupDue, exportReminderDue } from './backupPolicy';
import { nowIso } from './clock';
import { useWorkspaceRow } from './hooks';
import { decodePlanFile, loadPlanFileContents, planFileBytes, replaceWithFileContents } from './planFileActions';

const lastBackupAt = new Map<string, string>();

export async function backUpNow(workspaceId: string): Promise<BackupEntry | null> {
  const backups = getPlatform().backups;
  if (!backups) return null;
  // The plan file with the plan's purchase lines, as Save plan file writes it.
  const contents = await loadPlanFileContents(workspaceId);
  if (!contents) return null;
  const entry = await backups.write(workspaceId, planFileBytes(contents.plan, contents.purchases));
  lastBackupAt.set(workspaceId, nowIso());
  return entry;
}

export async function restoreBackup(workspaceId: string, fileName: string): Promise<'restored' | 'invalid'> {
  const backups = getPlatform().backups;
  if (!backups) return 'invalid';
  const read = readPlanFile(decodePlanFile(await backups.read(workspaceId, fileName)));
  if (!read.ok) return 'invalid';
  await backUpNow(workspaceId);
  const row = await getDatabase().workspaces.get(workspaceId);
  // The plan and its purchase lines as they were, in one transaction.
  await replaceWithFileContents(workspaceId, read.plan, read.purchases, row?.origin ?? { kind: 'new' });
  return 'restored';
}

/** Remembers when the user last saved the plan as a file (for the web build's reminder). */
export async function recordPlanExport(workspaceId: string): Promise<void> {
  const settings = await readSettings(getDatabase());
  await writeSetting(getDatabase(), 'lastExports', { ...settings.lastExports, [workspaceId]: nowIso() });
}

/** Runs in the shell: backs the open plan up when due (desktop) or reminds to save it (web). */
export function useBackups(): void {
  const ws = useWorkspaceRow();
  const notify = useAppStore((s) => s.notify);
  useEffect(() => {
    if (!ws) return;
    const platform = getPlatform();
    const now = Date.now();
    if (platform.backups) {
      if (!backupDue(lastBackupAt.get(ws.id) ?? null, ws.updatedAt, now)) return;
      // Debounced: a burst of edits gives one backup once it settles.
      const timer = setTimeout(() => void backUpNow(ws.id).catch(() => notify('error', 'backups.failed')), 5000);
      return () => clearTimeout(timer);
    }
    let cancelled = false;
    void readSettings(getDatabase()).then((s) => {
      if (cancelled || s.remindedExport[ws.id] === ws.updatedAt.slice(0, 10)) return;
      if (exportReminderDue(s.lastExports[ws.id] ?? null, ws.createdAt, ws.updatedAt, now)) {
        notify('info', 'backups.reminder', { name: ws.meta.name });
        void writeSetting(getDatabase(), 'remindedExport', { ...s.remindedExport, [ws.id]: ws.updatedAt.slice(0, 10) });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [ws, notify]);
}
