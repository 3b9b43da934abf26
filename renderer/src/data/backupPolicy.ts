/**
 * When to back up. Desktop: a plan file on disk at most every BACKUP_INTERVAL_MS while the plan
 * is being changed (the shell keeps the last 10). Web: no disk to write to, so the app reminds the
 * user to save a plan file when the last one is older than REMIND_AFTER_MS and the plan changed since.
 */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;
export const REMIND_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/** True when the plan changed after the last backup and the last backup is old enough. */
export function backupDue(lastBackupAt: string | null, updatedAt: string, now: number): boolean {
  if (lastBackupAt !== null && updatedAt <= lastBackupAt) return false;
  return lastBackupAt === null || now - Date.parse(lastBackupAt) >= BACKUP_INTERVAL_MS;
}

/** True when the web build should remind the user to save a plan file. */
export function exportReminderDue(lastExportAt: string | null, createdAt: string, updatedAt: string, now: number): boolean {
  const since = lastExportAt ?? createdAt;
  if (lastExportAt !== null && updatedAt <= lastExportAt) return false;
  return now - Date.parse(since) >= REMIND_AFTER_MS;
}
