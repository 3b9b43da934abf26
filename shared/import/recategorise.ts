/**
 * Changing the categories of stored purchase lines: one line, every line of a product text, or
 * the rules applied again. Each returns copies of the chunks it changed (the caller writes only
 * those: a chunk is about 0.6 MB) and the batch's dictionaries, extended when a category is new to
 * the batch. Lines set by hand keep their category when the rules are applied again.
 */
import { compileCategoryRules, type CategoryRule } from './categoryRules';
import { BY_HAND, BY_RULE, cloneChunk, NO_CATEGORY, type PurchaseChunk, type PurchaseData, type PurchaseDictionaries } from './purchaseColumns';

export interface Recategorised {
  chunks: PurchaseChunk[];
  dictionaries: PurchaseDictionaries;
  /** Lines whose category changed. */
  lines: number;
}

function categoryIndex(d: PurchaseDictionaries, categoryId: string | null): { dictionaries: PurchaseDictionaries; index: number } {
  if (categoryId === null || categoryId === '') return { dictionaries: d, index: NO_CATEGORY };
  const i = d.category.indexOf(categoryId);
  if (i > 0) return { dictionaries: d, index: i };
  return { dictionaries: { ...d, category: [...d.category, categoryId] }, index: d.category.length };
}

function edit(data: PurchaseData, categoryId: string | null, pick: (c: PurchaseChunk, i: number) => boolean, source: number): Recategorised {
  const { dictionaries, index } = categoryIndex(data.dictionaries, categoryId);
  const chunks: PurchaseChunk[] = [];
  let lines = 0;
  for (const c of data.chunks) {
    let copy: PurchaseChunk | null = null;
    for (let i = 0; i < c.count; i++) {
      if (!pick(c, i)) continue;
      if (c.category[i] === index && c.manual[i] === source) continue;
      copy ??= cloneChunk(c);
      if (copy.category[i] !== index) lines++;
      copy.category[i] = index;
      copy.manual[i] = source;
    }
    if (copy) chunks.push(copy);
  }
  return { chunks, dictionaries, lines };
}

/** One line (by chunk and position), set by hand. */
export function setLineCategory(data: PurchaseData, chunkIndex: number, line: number, categoryId: string | null): Recategorised {
  return edit(data, categoryId, (c, i) => c.index === chunkIndex && i === line, BY_HAND);
}

/** Every line with this product text (a dictionary index), set by hand. */
export function setProductCategory(data: PurchaseData, product: number, categoryId: string | null): Recategorised {
  return edit(data, categoryId, (c, i) => c.product[i] === product, BY_HAND);
}

/** The rules again, on the lines whose category came from the rules. */
export function reapplyRules(data: PurchaseData, rules: readonly CategoryRule[], knownCategoryIds: ReadonlySet<string>): Recategorised {
  const match = compileCategoryRules(rules, knownCategoryIds);
  let d = data.dictionaries;
  const byProduct = d.product.map((text) => {
    if (text === '') return NO_CATEGORY;
    const id = match(text);
    const r = categoryIndex(d, id);
    d = r.dictionaries;
    return r.index;
  });
  const chunks: PurchaseChunk[] = [];
  let lines = 0;
  for (const c of data.chunks) {
    let copy: PurchaseChunk | null = null;
    for (let i = 0; i < c.count; i++) {
      if (c.manual[i] !== BY_RULE) continue;
      const k = byProduct[c.product[i]!]!;
      if (c.category[i] === k) continue;
      copy ??= cloneChunk(c);
      copy.category[i] = k;
      lines++;
    }
    if (copy) chunks.push(copy);
  }
  return { chunks, dictionaries: d, lines };
}
