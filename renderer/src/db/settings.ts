/** App settings (not part of any plan): language, the last open plan, first-run flags. */
import type { Language } from '../../../shared/model/enums';
import { LANGUAGES } from '../../../shared/model/enums';
import type { MaltidDatabase } from './database';
import { toStorageError } from './errors';

export interface AppSettings {
  language: Language | null;
  lastWorkspaceId: string | null;
  tourDone: boolean;
  /** When each plan was last saved as a plan file (web build's backup reminder). */
  lastExports: Record<string, string>;
  /** The day each plan's reminder was last shown (at most once a day). */
  remindedExport: Record<string, string>;
}

const DEFAULTS: AppSettings = { language: null, lastWorkspaceId: null, tourDone: false, lastExports: {}, remindedExport: {} };

function isStringRecord(v: unknown): v is Record<string, string> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

export async function readSettings(db: MaltidDatabase): Promise<AppSettings> {
  const rows = await db.settings.toArray();
  const out: AppSettings = { ...DEFAULTS };
  for (const { key, value } of rows) {
    if (key === 'language' && typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)) out.language = value as Language;
    if (key === 'lastWorkspaceId' && (typeof value === 'string' || value === null)) out.lastWorkspaceId = value;
    if (key === 'tourDone' && typeof value === 'boolean') out.tourDone = value;
    if (key === 'lastExports' && isStringRecord(value)) out.lastExports = value;
    if (key === 'remindedExport' && isStringRecord(value)) out.remindedExport = value;
  }
  return out;
}

export async function writeSetting<K extends keyof AppSettings>(db: MaltidDatabase, key: K, value: AppSettings[K]): Promise<void> {
  try {
    await db.settings.put({ key, value });
  } catch (error) {
    throw toStorageError(error);
  }
}
