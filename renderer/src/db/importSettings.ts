/**
 * What the import remembers: the confirmed column mapping of each source (app-wide: next month's
 * export of the same system maps itself, in any plan), and each plan's product-text and
 * kg-per-piece rules (seeded with the defaults until the user changes them).
 */
import { DEFAULT_CATEGORY_RULES, type CategoryRule } from '../../../shared/import/categoryRules';
import type { PieceRule } from '../../../shared/import/units';
import type { MaltidDatabase } from './database';
import { toStorageError } from './errors';
import type { ImportMappingRow, ImportRulesRow } from './schema';

const RULES_ID = 'rules';

export async function rememberedMapping(db: MaltidDatabase, key: string): Promise<ImportMappingRow | undefined> {
  return db.importMappings.get(key);
}

export async function rememberMapping(db: MaltidDatabase, row: ImportMappingRow): Promise<void> {
  try {
    await db.importMappings.put(row);
  } catch (error) {
    throw toStorageError(error);
  }
}

export interface ImportRules {
  categoryRules: CategoryRule[];
  pieceRules: PieceRule[];
}

export function defaultRules(): ImportRules {
  return { categoryRules: DEFAULT_CATEGORY_RULES.map((r) => ({ ...r })), pieceRules: [] };
}

export async function readRules(db: MaltidDatabase, workspaceId: string): Promise<ImportRules> {
  const row = await db.importRules.get([workspaceId, RULES_ID]);
  return row ? { categoryRules: row.categoryRules, pieceRules: row.pieceRules } : defaultRules();
}

export async function writeRules(db: MaltidDatabase, workspaceId: string, rules: ImportRules): Promise<void> {
  const row: ImportRulesRow = { workspaceId, id: RULES_ID, categoryRules: rules.categoryRules, pieceRules: rules.pieceRules };
  try {
    await db.importRules.put(row);
  } catch (error) {
    throw toStorageError(error);
  }
}
