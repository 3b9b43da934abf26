/** The Dexie database: typed tables over the schema in ./schema. One instance per page. */
import Dexie, { type Table } from 'dexie';
import type { PlanTable } from '../../../shared/model/types';
import {
  DB_NAME,
  SCHEMA_V1,
  SCHEMA_V2,
  type ImportMappingRow,
  type ImportRulesRow,
  type PurchaseBatchRow,
  type PurchaseChunkRow,
  type SettingRow,
  type StoredRecord,
  type WorkspaceRow,
} from './schema';

export class MaltidDatabase extends Dexie {
  workspaces!: Table<WorkspaceRow, string>;
  organisations!: Table<StoredRecord<'organisations'>, [string, string]>;
  kitchens!: Table<StoredRecord<'kitchens'>, [string, string]>;
  foodCategories!: Table<StoredRecord<'foodCategories'>, [string, string]>;
  mealProfiles!: Table<StoredRecord<'mealProfiles'>, [string, string]>;
  suppliers!: Table<StoredRecord<'suppliers'>, [string, string]>;
  offers!: Table<StoredRecord<'offers'>, [string, string]>;
  contracts!: Table<StoredRecord<'contracts'>, [string, string]>;
  budgets!: Table<StoredRecord<'budgets'>, [string, string]>;
  thresholds!: Table<StoredRecord<'thresholds'>, [string, string]>;
  scenarios!: Table<StoredRecord<'scenarios'>, [string, string]>;
  settings!: Table<SettingRow, string>;
  purchaseBatches!: Table<PurchaseBatchRow, [string, string]>;
  purchaseChunks!: Table<PurchaseChunkRow, [string, string, number]>;
  importMappings!: Table<ImportMappingRow, string>;
  importRules!: Table<ImportRulesRow, [string, string]>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
  }

  recordTable<T extends PlanTable>(table: T): Table<StoredRecord<T>, [string, string]> {
    return this.table(table);
  }
}

let instance: MaltidDatabase | null = null;

export function getDatabase(): MaltidDatabase {
  instance ??= new MaltidDatabase();
  return instance;
}

/** For tests: use another database (e.g. a fresh fake-indexeddb one). */
export function setDatabase(db: MaltidDatabase | null): void {
  instance = db;
}
