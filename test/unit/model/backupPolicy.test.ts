import { describe, expect, it } from 'vitest';
import { BACKUP_INTERVAL_MS, backupDue, exportReminderDue, REMIND_AFTER_MS } from '../../../renderer/src/data/backupPolicy';

const t0 = Date.parse('2026-11-24T10:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('when the desktop app backs a plan up', () => {
  it('backs up a changed plan that has never been backed up', () => {
    expect(backupDue(null, iso(t0), t0)).toBe(true);
  });
  it('at most once every ten minutes while the plan is being changed', () => {
    expect(backupDue(iso(t0), iso(t0 + 1000), t0 + BACKUP_INTERVAL_MS - 1)).toBe(false);
    expect(backupDue(iso(t0), iso(t0 + 1000), t0 + BACKUP_INTERVAL_MS)).toBe(true);
  });
  it('not at all when nothing changed since the last backup', () => {
    expect(backupDue(iso(t0), iso(t0 - 1000), t0 + 10 * BACKUP_INTERVAL_MS)).toBe(false);
  });
});

describe('when the web build reminds the user to save a plan file', () => {
  it('after a week with changes not in any saved plan file', () => {
    expect(exportReminderDue(null, iso(t0), iso(t0 + 1000), t0 + REMIND_AFTER_MS)).toBe(true);
    expect(exportReminderDue(iso(t0), iso(t0 + 1000), iso(t0 + 2000), t0 + REMIND_AFTER_MS)).toBe(true);
  });
  it('not before a week, and not when the plan has not changed since the last file', () => {
    expect(exportReminderDue(null, iso(t0), iso(t0), t0 + REMIND_AFTER_MS - 1)).toBe(false);
    expect(exportReminderDue(iso(t0 + 5000), iso(t0), iso(t0 + 1000), t0 + 10 * REMIND_AFTER_MS)).toBe(false);
  });
});
