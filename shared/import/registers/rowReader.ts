/**
 * Reading the mapped cells of one register row, each by its field's kind, logging a problem with
 * the row's line and the field whenever a cell cannot be read. Register files are small (a few
 * thousand rows), so clarity wins over speed here.
 */
import type { z } from 'zod';
import type { Plan } from '../../model/types';
import type { CategoryRule } from '../categoryRules';
import { cellText, EMPTY, INVALID, readChoice, readDate, readList, readNumber, readShare, readYesNo, toMinor, type Cell, type Read } from '../cells';
import type { FieldId } from '../fields';
import type { ColumnMapping } from '../mapping';
import type { DecimalMark } from '../numbers';
import type { ProblemLog } from '../problems';

export interface RegisterContext {
  plan: Plan;
  /** New record ids (the app's are random; tests pass a counter). */
  newId: (prefix: string) => string;
  /** Offers and contracts may name suppliers the plan lacks: add them (after the user agreed). */
  createMissingSuppliers: boolean;
  categoryRules: readonly CategoryRule[];
  /** "Imported from <file>", for the source field of offers. */
  fileName: string;
}

export interface MappedRow {
  line: number;
  cells: readonly Cell[];
}

interface NumberRule {
  required?: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
}

export class RowReader {
  private readonly errorsBefore: number;

  constructor(
    private readonly row: MappedRow,
    private readonly mapping: ColumnMapping,
    private readonly decimal: DecimalMark,
    readonly log: ProblemLog,
  ) {
    this.errorsBefore = log.errors;
  }

  get line(): number {
    return this.row.line;
  }

  /** True when a problem was logged for this row. */
  get failed(): boolean {
    return this.log.errors > this.errorsBefore;
  }

  mapped(f: FieldId): boolean {
    return this.mapping[f] !== undefined;
  }

  cell(f: FieldId): Cell {
    const col = this.mapping[f];
    return col === undefined ? null : (this.row.cells[col] ?? null);
  }

  raw(f: FieldId): string {
    return cellText(this.cell(f));
  }

  /** True when the field is mapped and its cell is not empty. */
  has(f: FieldId): boolean {
    return this.raw(f) !== '';
  }

  error(code: Parameters<ProblemLog['add']>[0]['code'], f: FieldId | undefined, extra: Partial<Parameters<ProblemLog['add']>[0]> = {}): void {
    this.log.add({ code, severity: 'error', line: this.line, ...(f ? { field: f } : {}), ...extra });
  }

  warn(code: Parameters<ProblemLog['add']>[0]['code'], f: FieldId | undefined, extra: Partial<Parameters<ProblemLog['add']>[0]> = {}): void {
    this.log.add({ code, severity: 'warning', line: this.line, ...(f ? { field: f } : {}), ...extra });
  }

  text(f: FieldId, { required = false, max = 200 } = {}): string | undefined {
    const s = this.raw(f);
    if (s === '') {
      if (required) this.error('required', f);
      return undefined;
    }
    if (s.length > max) {
      this.error('tooLong', f, { value: s, max });
      return undefined;
    }
    return s;
  }

  private checked(f: FieldId, v: Read<number>, rule: NumberRule): number | undefined {
    if (v === EMPTY) {
      if (rule.required) this.error('required', f);
      return undefined;
    }
    if (v === INVALID) {
      this.error('notANumber', f, { value: this.raw(f) });
      return undefined;
    }
    if (rule.integer && !Number.isInteger(v)) {
      this.error('notAnInteger', f, { value: this.raw(f) });
      return undefined;
    }
    if (rule.min !== undefined && v < rule.min) {
      this.error('tooSmall', f, { value: this.raw(f), min: rule.min });
      return undefined;
    }
    if (rule.max !== undefined && v > rule.max) {
      this.error('tooLarge', f, { value: this.raw(f), max: rule.max });
      return undefined;
    }
    return v;
  }

  number(f: FieldId, rule: NumberRule = {}): number | undefined {
    return this.checked(f, readNumber(this.cell(f), this.decimal), rule);
  }

  /** Money in major units, returned as integer minor units. */
  money(f: FieldId, rule: NumberRule = {}): number | undefined {
    const v = this.checked(f, readNumber(this.cell(f), this.decimal), { ...rule, min: rule.min ?? 0 });
    return v === undefined ? undefined : toMinor(v);
  }

  share(f: FieldId, rule: NumberRule = {}): number | undefined {
    return this.checked(f, readShare(this.cell(f), this.decimal), { min: 0, max: 1, ...rule });
  }

  date(f: FieldId, { required = false } = {}): string | undefined {
    const v = readDate(this.cell(f));
    if (v === EMPTY) {
      if (required) this.error('required', f);
      return undefined;
    }
    if (v === INVALID) {
      this.error('notADate', f, { value: this.raw(f) });
      return undefined;
    }
    return v;
  }

  yesNo(f: FieldId): boolean | undefined {
    if (!this.mapped(f)) return undefined;
    const v = readYesNo(this.cell(f));
    if (v === INVALID) {
      this.error('notYesNo', f, { value: this.raw(f) });
      return undefined;
    }
    return v === EMPTY ? undefined : v;
  }

  choice<T extends string>(f: FieldId, words: Record<T, readonly string[]>, { required = false } = {}): T | undefined {
    const v = readChoice(this.cell(f), words);
    if (v === EMPTY) {
      if (required) this.error('required', f);
      return undefined;
    }
    if (v === INVALID) {
      this.error('unknownChoice', f, { value: this.raw(f), list: Object.values<readonly string[]>(words).map((w) => w[0]!).filter(Boolean) });
      return undefined;
    }
    return v;
  }

  list(f: FieldId): string[] {
    return readList(this.cell(f));
  }
}

/**
 * Checks a built record with its schema (the same bounds the registers and plan files use) and
 * logs the first problem of each field. Returns the parsed record, or null.
 */
export function checkRecord<T>(schema: z.ZodType<T>, record: unknown, r: RowReader, fieldOf: (path: readonly PropertyKey[]) => FieldId | undefined): T | null {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    const key = String(field);
    if (seen.has(key)) continue;
    seen.add(key);
    const value = field ? r.raw(field) : undefined;
    const extra = value !== undefined && value !== '' ? { value } : {};
    const i = issue as unknown as { code: string; maximum?: number | bigint; minimum?: number | bigint; origin?: string };
    if (i.code === 'too_big' && i.origin === 'string') r.error('tooLong', field, { ...extra, max: Number(i.maximum) });
    else if (i.code === 'too_big') r.error('tooLarge', field, { ...extra, max: Number(i.maximum) });
    else if (i.code === 'too_small' && i.origin === 'string') r.error('required', field);
    else if (i.code === 'too_small') r.error('tooSmall', field, { ...extra, min: Number(i.minimum) });
    else r.error('unknownChoice', field, { ...extra, list: [] });
  }
  return null;
}

/** Changes an import makes: records to put, in order (new suppliers before the offers naming them). */
export interface RegisterPut {
  table: 'organisations' | 'kitchens' | 'suppliers' | 'offers' | 'budgets' | 'contracts';
  record: Plan['organisations'][number] | Plan['kitchens'][number] | Plan['suppliers'][number] | Plan['offers'][number] | Plan['budgets'][number] | Plan['contracts'][number];
  /** True for a record that replaces one of the plan's (matched by name, code or key). */
  update: boolean;
}
