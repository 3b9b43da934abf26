/**
 * Re-categorising stored purchase lines: a single line, every line of a product text, and the
 * rules applied again (lines set by hand keep their category). Only the changed chunks are
 * rewritten, in one transaction with the batch's dictionaries.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORY_RULES } from '../../shared/import/categoryRules';
import { BY_HAND, BY_RULE, FROM_FILE } from '../../shared/import/purchaseColumns';
import { MaltidDatabase } from '../../renderer/src/db/database';
import { readRules, writeRules, defaultRules, rememberedMapping, rememberMapping } from '../../renderer/src/db/importSettings';
import { listBatches, loadBatchData, reapplyCategoryRules, recategoriseLine, recategoriseProduct, writePurchaseBatch } from '../../renderer/src/db/purchases';
import { createWorkspace } from '../../renderer/src/db/workspaces';
import { batchRow } from '../../renderer/src/import/applyImport';
import { toSavedMapping } from '../../shared/import/mapping';
import { importBytes, testPlan, utf8 } from '../unit/import/helpers';

let db: MaltidDatabase;
let n = 0;
const plan = testPlan();
const NOW = '2026-11-24T12:00:00.000Z';

beforeEach(async () => {
  db = new MaltidDatabase(`maltid-lines-${n++}`);
  await createWorkspace(db, plan, { kind: 'new' }, NOW);
  // Nine lines in chunks of four: the product "Mjölk" on lines 2, 5 and 8, one line with a category cell.
  const text = ['Datum;Artikel;Kategori;Belopp'];
  for (let i = 0; i < 9; i++) text.push(`2025-01-0${i + 1};${['Mjölk', 'Morötter', 'Okänd vara'][i % 3]};${i === 4 ? 'Bröd' : ''};${i + 1},00`);
  const { result } = importBytes(utf8(text.join('\n')), 'purchases', { plan });
  const row = batchRow({ workspaceId: plan.meta.id, batchId: 'b1', fileName: 'f.csv', importedAt: NOW, mapping: toSavedMapping('purchases', [], {}), options: { format: 'csv', encoding: 'utf-8', delimiter: ';', decimal: ',' } }, result);
  await writePurchaseBatch(db, row, result.purchases!.chunks);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function categories() {
  const [batch] = await listBatches(db, plan.meta.id);
  const data = await loadBatchData(db, batch!);
  const out: [string, string, number][] = [];
  for (const c of data.chunks) for (let i = 0; i < c.count; i++) out.push([data.dictionaries.product[c.product[i]!]!, data.dictionaries.category[c.category[i]!]!, c.manual[i]!]);
  return { batch: batch!, data, lines: out };
}

describe('re-categorising purchase lines', () => {
  it('stores the categories the rules and the file gave', async () => {
    const { lines, data } = await categories();
    expect(data.chunks.map((c) => c.count)).toEqual([4, 4, 1]);
    expect(lines.slice(0, 5)).toEqual([
      ['Mjölk', 'milk', BY_RULE],
      ['Morötter', 'potatoes_roots', BY_RULE],
      ['Okänd vara', '', BY_RULE],
      ['Mjölk', 'milk', BY_RULE],
      ['Morötter', 'bread', FROM_FILE],
    ]);
  });

  it('one line, by hand, rewriting only its chunk', async () => {
    const { batch, data } = await categories();
    const before = await db.purchaseChunks.toArray();
    expect((await recategoriseLine(db, batch, data, 2, 0, 'other', NOW)).lines).toBe(1);
    const after = await db.purchaseChunks.toArray();
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual(before[1]);
    expect((await categories()).lines[8]).toEqual(['Okänd vara', 'other', BY_HAND]);
  });

  it('every line of a product text', async () => {
    const { batch, data } = await categories();
    const product = data.dictionaries.product.indexOf('Okänd vara');
    expect((await recategoriseProduct(db, batch, data, product, 'grains', NOW)).lines).toBe(3);
    const { lines, batch: after } = await categories();
    expect(lines.filter(([p]) => p === 'Okänd vara').map(([, c, m]) => [c, m])).toEqual([['grains', BY_HAND], ['grains', BY_HAND], ['grains', BY_HAND]]);
    expect(after.dictionaries.category).toContain('grains');
  });

  it('the rules again leave lines set by hand and from the file', async () => {
    const { batch, data } = await categories();
    await recategoriseLine(db, batch, data, 0, 0, 'other', NOW);
    const again = await categories();
    const rules = [...DEFAULT_CATEGORY_RULES, { keyword: 'okänd vara', categoryId: 'legumes' }, { keyword: 'morötter', categoryId: 'vegetables' }];
    // Line 1 (set by hand) and line 5 (the file's category) stay; "Okänd vara" on lines 3, 6 and 9
    // and "Morötter" on lines 2 and 8 change.
    expect((await reapplyCategoryRules(db, again.batch, again.data, rules, new Set(plan.foodCategories.map((c) => c.id)), NOW)).lines).toBe(5);
    expect((await categories()).lines.map(([, c]) => c)).toEqual(['other', 'vegetables', 'legumes', 'milk', 'bread', 'legumes', 'milk', 'vegetables', 'legumes']);
  });
});

describe('what the import remembers', () => {
  it('the rules of a plan, the defaults until saved', async () => {
    expect(await readRules(db, plan.meta.id)).toEqual(defaultRules());
    await writeRules(db, plan.meta.id, { categoryRules: [{ keyword: 'havre', categoryId: 'grains' }], pieceRules: [{ keyword: 'ägg', kgPerPiece: 0.06 }] });
    expect((await readRules(db, plan.meta.id)).pieceRules).toEqual([{ keyword: 'ägg', kgPerPiece: 0.06 }]);
  });

  it('a confirmed mapping per source', async () => {
    await rememberMapping(db, { key: 'k', target: 'purchases', columns: { date: 'Datum' }, options: { decimal: ',' }, savedAt: NOW });
    expect(await rememberedMapping(db, 'k')).toMatchObject({ columns: { date: 'Datum' } });
  });
});
