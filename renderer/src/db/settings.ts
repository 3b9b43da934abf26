/** App settings (not part of any plan): language, the last open plan, first-run flags. */
import type { Language } from '../../../shared/model/enums';
import { LANGUAGES } from '../../../shared/model/enums';
import type { MaltidDatabase } from './database';
import { toStorageError } from './errors';

export interface AppSettings {
  language: Language | null;
  lastWorkspaceId: string | null;
  tourDone: boolean;
}

const DEFAULTS: AppSettings = { language: null, lastWorkspaceId: null, tourDone: false };

export async function readSettings(db: MaltidDatabase): Promise<AppSettings> {
  const rows = await db.settings.toArray();
  const out: AppSettings = { ...DEFAULTS };
  for (const { key, value } of rows) {
    if (key === 'language' && typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)) out.language = value as Language;
    if (key === 'lastWorkspaceId' && (typeof value === 'string' || value === null)) out.lastWorkspaceId = value;
    if (key === 'tourDone' && typeof value === 'boolean') out.tourDone = value;
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
