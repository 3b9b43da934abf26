/**
 * Purchase lines from mapped rows into column chunks (purchaseColumns.ts): each cell read by its
 * field's kind, texts dictionary-encoded, the product text categorised by the rules once per
 * distinct text, the quantity converted to kg by units.ts, and every problem logged with its line
 * and field. Runs in the import worker (and the command line) once per row, so it avoids
 * allocating per row beyond what the CSV reader already made.
 */
import { categoryByName, compileCategoryRules, type CategoryRule } from './categoryRules';
import { cellText, EMPTY, INVALID, isoToDay, readDate, readNumber, readYesNo, toMinor, type Cell } from './cells';
import type { FieldId } from './fields';
import type { ColumnMapping } from './mapping';
import type { DecimalMark } from './numbers';
import { ProblemLog } from './problems';
import {
  BY_RULE,
  CHUNK_LINES,
  FROM_FILE,
  emptyDictionaries,
  newChunk,
  NO_CATEGORY,
  trimChunk,
  type PurchaseChunk,
  type PurchaseDictionaries,
  type TextColumn,
} from './purchaseColumns';
import { kgPerPiece, unitKind, type PieceRule, type UnitKind } from './units';

export interface PurchaseBuilderOptions {
  mapping: ColumnMapping;
  /** Number of columns in the header row (more cells in a row is a problem). */
  columnCount: number;
  decimal: DecimalMark;
  categoryRules: readonly CategoryRule[];
  pieceRules: readonly PieceRule[];
  /** The plan's food categories: a category column is read by their ids and names. */
  categories: readonly { id: string; name: string; names: Partial<Record<string, string | undefined>> }[];
  /** Called with each full chunk (the worker may keep or forward it). */
  onChunk?: (chunk: PurchaseChunk) => void;
  chunkLines?: number;
}

/** A product text (or unit) the import could not place, with its lines and money. */
export interface Unplaced {
  text: string;
  /** For lines without a weight: the unit. */
  unit?: string;
  lines: number;
  amountMinor: number;
}

export interface PurchaseBuildResult {
  chunks: PurchaseChunk[];
  dictionaries: PurchaseDictionaries;
  /** Lines stored (rows with errors are not). */
  rowCount: number;
  /** Rows that had an error. */
  errorRows: number;
  firstDay: number | null;
  lastDay: number | null;
  amountMinor: number;
  kg: number;
  /** Product texts without a category, most money first (at most 500). */
  uncategorised: Unplaced[];
  uncategorisedLines: number;
  /** Lines without a weight, by unit and product text, most money first (at most 500). */
  withoutWeight: Unplaced[];
  withoutWeightLines: number;
  problems: ProblemLog;
}

const TEXT_FIELDS: readonly TextColumn[] = ['buyer', 'costCentre', 'supplier', 'product', 'unit', 'origin'];

class Dictionary {
  readonly list: string[] = [''];
  private readonly map = new Map<string, number>([['', 0]]);
  index(text: string): number {
    let i = this.map.get(text);
    if (i === undefined) {
      // Line breaks inside a quoted value are stored as \n whatever the file used.
      const norm = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
      i = norm === text ? undefined : this.map.get(norm);
      if (i === undefined) {
        i = this.list.length;
        this.list.push(norm);
        this.map.set(norm, i);
      }
      this.map.set(text, i);
    }
    return i;
  }
}

export class PurchaseBuilder {
  readonly problems = new ProblemLog();
  private readonly chunks: PurchaseChunk[] = [];
  private chunk: PurchaseChunk;
  private readonly size: number;
  private readonly dicts: Record<TextColumn, Dictionary>;
  private readonly categoryDict = new Dictionary();
  private readonly cDate: number;
  private readonly cAmount: number;
  private readonly cQuantity: number;
  private readonly cOrganic: number;
  private readonly cCategory: number;
  /** Columns of TEXT_FIELDS, in that order (−1 when not mapped). */
  private readonly cText: number[];
  private readonly dayOf = new Map<string, number>();
  /** Per product index: category index (−1 not yet known), kg per piece (null none, undefined not yet known). */
  private readonly productCategory: number[] = [NO_CATEGORY];
  private readonly productPiece: (number | null | undefined)[] = [null];
  private readonly unitKinds: UnitKind[] = [{ kind: 'mass', kgPer: 1 }];
  private readonly categoryCells = new Map<string, number>();
  private readonly ruleCategory: (text: string) => string | null;
  private readonly namedCategory: (text: string) => string | null;
  private readonly uncategorised = new Map<number, Unplaced>();
  private readonly withoutWeight = new Map<string, Unplaced>();
  private uncategorisedLines = 0;
  private withoutWeightLines = 0;
  private rowCount = 0;
  private errorRows = 0;
  private firstDay: number | null = null;
  private lastDay: number | null = null;
  private amountTotal = 0;
  private kgTotal = 0;

  constructor(private readonly opts: PurchaseBuilderOptions) {
    this.size = opts.chunkLines ?? CHUNK_LINES;
    this.chunk = newChunk(0, this.size);
    this.dicts = { buyer: new Dictionary(), costCentre: new Dictionary(), supplier: new Dictionary(), product: new Dictionary(), unit: new Dictionary(), origin: new Dictionary() };
    const col = (f: FieldId) => opts.mapping[f] ?? -1;
    this.cDate = col('date');
    this.cAmount = col('amount');
    this.cQuantity = col('quantity');
    this.cOrganic = col('organic');
    this.cCategory = col('category');
    this.cText = TEXT_FIELDS.map(col);
    const known = new Set(opts.categories.map((c) => c.id));
    this.ruleCategory = compileCategoryRules(opts.categoryRules, known);
    this.namedCategory = categoryByName(opts.categories);
  }

  /** One data row of the file. */
  row(cells: readonly Cell[], line: number): void {
    const log = this.problems;
    const before = log.errors;
    if (cells.length > this.opts.columnCount) {
      let extra = false;
      for (let i = this.opts.columnCount; i < cells.length; i++) if (cellText(cells[i]) !== '') extra = true;
      if (extra) log.add({ code: 'extraFields', severity: 'error', line, count: cells.length, expected: this.opts.columnCount });
    }

    // Date (required).
    const dateCell = cells[this.cDate];
    let day = 0;
    if (typeof dateCell === 'string' && dateCell !== '') {
      const cached = this.dayOf.get(dateCell);
      if (cached !== undefined) day = cached;
      else {
        const iso = readDate(dateCell);
        if (iso === INVALID) log.add({ code: 'notADate', severity: 'error', line, field: 'date', value: dateCell });
        else if (iso === EMPTY) log.add({ code: 'required', severity: 'error', line, field: 'date' });
        else {
          day = isoToDay(iso);
          this.dayOf.set(dateCell, day);
        }
      }
    } else {
      const iso = readDate(dateCell ?? null);
      if (iso === INVALID) log.add({ code: 'notADate', severity: 'error', line, field: 'date', value: cellText(dateCell) });
      else if (iso === EMPTY) log.add({ code: 'required', severity: 'error', line, field: 'date' });
      else day = isoToDay(iso);
    }

    // Amount (required), signed: credit lines are negative.
    const amount = readNumber(cells[this.cAmount] ?? null, this.opts.decimal);
    let amountMinor = 0;
    if (amount === INVALID) log.add({ code: 'notANumber', severity: 'error', line, field: 'amount', value: cellText(cells[this.cAmount]) });
    else if (amount === EMPTY) log.add({ code: 'required', severity: 'error', line, field: 'amount' });
    else if (Math.abs(amount) > 9e12) log.add({ code: 'tooLarge', severity: 'error', line, field: 'amount', value: cellText(cells[this.cAmount]), max: 9e10 });
    else amountMinor = toMinor(amount);

    let quantity = NaN;
    if (this.cQuantity >= 0) {
      const q = readNumber(cells[this.cQuantity] ?? null, this.opts.decimal);
      if (q === INVALID) log.add({ code: 'notANumber', severity: 'error', line, field: 'quantity', value: cellText(cells[this.cQuantity]) });
      else if (q !== EMPTY) quantity = q;
    }

    let organic = 0;
    if (this.cOrganic >= 0) {
      const o = readYesNo(cells[this.cOrganic] ?? null);
      if (o === INVALID) log.add({ code: 'notYesNo', severity: 'error', line, field: 'organic', value: cellText(cells[this.cOrganic]) });
      else if (o === true) organic = 1;
    }

    if (log.errors !== before) {
      this.errorRows++;
      return;
    }

    const c = this.chunk;
    const i = c.count;
    const t = this.cText;
    const d = this.dicts;
    const buyer = t[0]! >= 0 ? d.buyer.index(cellText(cells[t[0]!])) : 0;
    const costCentre = t[1]! >= 0 ? d.costCentre.index(cellText(cells[t[1]!])) : 0;
    const supplier = t[2]! >= 0 ? d.supplier.index(cellText(cells[t[2]!])) : 0;
    const product = t[3]! >= 0 ? d.product.index(cellText(cells[t[3]!])) : 0;
    const unit = t[4]! >= 0 ? d.unit.index(cellText(cells[t[4]!])) : 0;
    const origin = t[5]! >= 0 ? d.origin.index(cellText(cells[t[5]!])) : 0;

    // Category: a category cell naming a category, else the rules on it, else on the product text.
    let category = NO_CATEGORY;
    let source = BY_RULE;
    if (this.cCategory >= 0) {
      const text = cellText(cells[this.cCategory]);
      if (text !== '') {
        let k = this.categoryCells.get(text);
        if (k === undefined) {
          const id = this.namedCategory(text) ?? this.ruleCategory(text);
          k = id ? this.categoryDict.index(id) : NO_CATEGORY;
          this.categoryCells.set(text, k);
        }
        category = k;
        if (k !== NO_CATEGORY) source = FROM_FILE;
      }
    }
    if (category === NO_CATEGORY && product !== 0) category = this.productCategoryOf(product);

    // kg from quantity and unit.
    let kg = NaN;
    if (!Number.isNaN(quantity)) {
      const kind = this.unitKindOf(unit);
      if (kind.kind === 'mass') kg = quantity * kind.kgPer;
      else if (kind.kind === 'piece') {
        const per = this.pieceOf(product);
        if (per !== null) kg = quantity * per;
      }
    }

    c.line[i] = line;
    c.day[i] = day;
    c.buyer[i] = buyer;
    c.costCentre[i] = costCentre;
    c.supplier[i] = supplier;
    c.product[i] = product;
    c.unit[i] = unit;
    c.origin[i] = origin;
    c.category[i] = category;
    c.manual[i] = source;
    c.organic[i] = organic;
    c.quantity[i] = quantity;
    c.kg[i] = kg;
    c.amountMinor[i] = amountMinor;
    c.count = i + 1;

    this.rowCount++;
    this.amountTotal += amountMinor;
    if (!Number.isNaN(kg)) this.kgTotal += kg;
    if (this.firstDay === null || day < this.firstDay) this.firstDay = day;
    if (this.lastDay === null || day > this.lastDay) this.lastDay = day;
    if (category === NO_CATEGORY) {
      this.uncategorisedLines++;
      const u = this.uncategorised.get(product);
      if (u) {
        u.lines++;
        u.amountMinor += amountMinor;
      } else this.uncategorised.set(product, { text: d.product.list[product]!, lines: 1, amountMinor });
    }
    if (Number.isNaN(kg)) {
      this.withoutWeightLines++;
      const key = `${unit}:${product}`;
      const u = this.withoutWeight.get(key);
      if (u) {
        u.lines++;
        u.amountMinor += amountMinor;
      } else this.withoutWeight.set(key, { text: d.product.list[product]!, unit: d.unit.list[unit]!, lines: 1, amountMinor });
    }

    if (c.count === this.size) this.flush();
  }

  private productCategoryOf(product: number): number {
    let k = this.productCategory[product];
    if (k === undefined) {
      const id = this.ruleCategory(this.dicts.product.list[product]!);
      k = id ? this.categoryDict.index(id) : NO_CATEGORY;
      this.productCategory[product] = k;
    }
    return k;
  }

  private unitKindOf(unit: number): UnitKind {
    let k = this.unitKinds[unit];
    if (!k) {
      k = unitKind(this.dicts.unit.list[unit]!);
      this.unitKinds[unit] = k;
    }
    return k;
  }

  private pieceOf(product: number): number | null {
    let p = this.productPiece[product];
    if (p === undefined) {
      p = product === 0 ? null : kgPerPiece(this.dicts.product.list[product]!.toLowerCase(), this.opts.pieceRules);
      this.productPiece[product] = p;
    }
    return p;
  }

  private flush(): void {
    if (this.chunk.count === 0) return;
    const full = trimChunk(this.chunk);
    this.chunks.push(full);
    this.opts.onChunk?.(full);
    this.chunk = newChunk(this.chunks.length, this.size);
  }

  /** Lines so far (for progress). */
  get lines(): number {
    return this.rowCount;
  }

  finish(): PurchaseBuildResult {
    this.flush();
    const byMoney = (a: Unplaced, b: Unplaced) => Math.abs(b.amountMinor) - Math.abs(a.amountMinor) || b.lines - a.lines;
    const dictionaries = emptyDictionaries();
    for (const k of TEXT_FIELDS) dictionaries[k] = this.dicts[k].list;
    dictionaries.category = this.categoryDict.list;
    return {
      chunks: this.chunks,
      dictionaries,
      rowCount: this.rowCount,
      errorRows: this.errorRows,
      firstDay: this.firstDay,
      lastDay: this.lastDay,
      amountMinor: this.amountTotal,
      kg: this.kgTotal,
      uncategorised: [...this.uncategorised.values()].sort(byMoney).slice(0, 500),
      uncategorisedLines: this.uncategorisedLines,
      withoutWeight: [...this.withoutWeight.values()].sort(byMoney).slice(0, 500),
      withoutWeightLines: this.withoutWeightLines,
      problems: this.problems,
    };
  }
}
