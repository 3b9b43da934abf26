/**
 * The full pass over a file after the user confirmed the mapping: bytes in (in slices, as the
 * worker reads a File or the command line a file), decoded in streaming mode, parsed row by row,
 * each row read into purchase-line chunks or collected for the register converters, with every
 * problem logged. The caller drives it (and so decides about progress and cancelling between
 * slices); nothing here writes anywhere.
 */
import type { Plan } from '../model/types';
import type { CategoryRule } from './categoryRules';
import type { Cell } from './cells';
import { CsvParser, type Delimiter } from './csv';
import type { TextEncodingName } from './encoding';
import type { ImportTarget } from './fields';
import { unmappedRequired, type ColumnMapping } from './mapping';
import type { DecimalMark } from './numbers';
import { ProblemLog, type ProblemSummary } from './problems';
import { PurchaseBuilder, type PurchaseBuildResult } from './purchaseBuilder';
import type { PurchaseChunk } from './purchaseColumns';
import { convertRegisterRows, type MappedRow, type RegisterPut } from './registers';
import type { PieceRule } from './units';

export interface RunSettings {
  target: ImportTarget;
  /** Column indexes per field (mapping.ts). */
  mapping: ColumnMapping;
  /** Columns in the header row. */
  columnCount: number;
  decimal: DecimalMark;
  /** CSV only. */
  encoding: TextEncodingName;
  delimiter: Delimiter;
  fileName: string;
  plan: Plan;
  categoryRules: readonly CategoryRule[];
  pieceRules: readonly PieceRule[];
  createMissingSuppliers: boolean;
  newId: (prefix: string) => string;
  /** Purchase lines per chunk (tests use small chunks). */
  chunkLines?: number;
}

export type PurchaseOutcome = Omit<PurchaseBuildResult, 'problems'>;

export interface RunResult {
  target: ImportTarget;
  /** Data rows read (lines of the file after the header, blank lines not counted). */
  rows: number;
  problems: ProblemSummary;
  /** For purchase lines. */
  purchases?: PurchaseOutcome;
  /** For registers: the records to put, and how many are new or replace one of the plan's. */
  puts?: RegisterPut[];
  added?: number;
  updated?: number;
}

/** Problems of a mapping before any row is read: required fields without a column. */
export function mappingProblems(target: ImportTarget, mapping: ColumnMapping): ProblemLog {
  const log = new ProblemLog();
  const { missing, oneOf } = unmappedRequired(target, mapping);
  for (const field of missing) log.add({ code: 'missingColumn', severity: 'error', field });
  if (oneOf) log.add({ code: 'missingOneOf', severity: 'error', list: oneOf });
  return log;
}

export class ImportRun {
  private readonly log: ProblemLog;
  private readonly builder: PurchaseBuilder | null;
  private readonly registerRows: MappedRow[] = [];
  private decoder: TextDecoder | null = null;
  private parser: CsvParser | null = null;
  private firstText = true;
  private sawHeader = false;
  private dataRows = 0;

  constructor(
    private readonly s: RunSettings,
    onChunk?: (chunk: PurchaseChunk) => void,
  ) {
    this.builder =
      s.target === 'purchases'
        ? new PurchaseBuilder({
            mapping: s.mapping,
            columnCount: s.columnCount,
            decimal: s.decimal,
            categoryRules: s.categoryRules,
            pieceRules: s.pieceRules,
            categories: s.plan.foodCategories,
            ...(onChunk ? { onChunk } : {}),
            ...(s.chunkLines ? { chunkLines: s.chunkLines } : {}),
          })
        : null;
    this.log = this.builder ? this.builder.problems : new ProblemLog();
    const pre = mappingProblems(s.target, s.mapping);
    for (const p of pre.listed) this.log.add(p);
    this.mappingOk = pre.errors === 0;
  }

  private readonly mappingOk: boolean;

  /** False when the mapping already makes the import impossible: no need to read the file. */
  get readable(): boolean {
    return this.log.errors === 0;
  }

  get rowsRead(): number {
    return this.dataRows;
  }

  /** One row of the table, the header first. */
  pushRow(cells: Cell[], line: number): void {
    if (!this.sawHeader) {
      this.sawHeader = true;
      return;
    }
    this.dataRows++;
    if (this.builder) this.builder.row(cells, line);
    else {
      if (cells.length > this.s.columnCount && cells.slice(this.s.columnCount).some((c) => c !== null && String(c).trim() !== '')) {
        this.log.add({ code: 'extraFields', severity: 'error', line, count: cells.length, expected: this.s.columnCount });
      }
      this.registerRows.push({ line, cells });
    }
  }

  /** A slice of a CSV file's bytes, in order. */
  pushBytes(bytes: Uint8Array): void {
    if (!this.parser) {
      this.decoder = new TextDecoder(this.s.encoding);
      this.parser = new CsvParser(this.s.delimiter, (cells, line) => this.pushRow(cells, line));
    }
    let text = this.decoder!.decode(bytes, { stream: true });
    if (this.firstText && text.length > 0) {
      this.firstText = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.parser.push(text);
  }

  end(): RunResult {
    if (this.parser) {
      const rest = this.decoder!.decode();
      if (rest) this.parser.push(rest);
      this.parser.end();
      for (const e of this.parser.errors) {
        this.log.add({ code: e.code, severity: e.code === 'unclosedQuote' ? 'error' : 'warning', line: e.line });
      }
    }
    if (this.dataRows === 0 && this.log.errors === 0) this.log.add({ code: this.sawHeader ? 'noDataRows' : 'emptyFile', severity: 'error' });
    if (this.builder) {
      const { problems: _p, ...purchases } = this.builder.finish();
      return { target: this.s.target, rows: this.dataRows, problems: this.log.summary(), purchases };
    }
    const puts =
      this.mappingOk
        ? convertRegisterRows(
            this.s.target as Exclude<ImportTarget, 'purchases'>,
            this.registerRows,
            this.s.mapping,
            this.s.decimal,
            { plan: this.s.plan, newId: this.s.newId, createMissingSuppliers: this.s.createMissingSuppliers, categoryRules: this.s.categoryRules, fileName: this.s.fileName },
            this.log,
          )
        : [];
    const main = puts.filter((p) => p.table !== 'suppliers' || this.s.target === 'suppliers');
    return {
      target: this.s.target,
      rows: this.dataRows,
      problems: this.log.summary(),
      puts,
      added: main.filter((p) => !p.update).length,
      updated: main.filter((p) => p.update).length,
    };
  }
}

/** A whole table at once (a sheet of a workbook, or a test's rows). */
export function runRows(s: RunSettings, rows: readonly Cell[][], lines?: readonly number[]): RunResult {
  const run = new ImportRun(s);
  rows.forEach((r, i) => run.pushRow(r, lines?.[i] ?? i + 1));
  return run.end();
}

/** A whole CSV file at once, in slices of `slice` bytes (tests and the command line). */
export function runBytes(s: RunSettings, bytes: Uint8Array, slice = 1 << 20): RunResult {
  const run = new ImportRun(s);
  if (run.readable) for (let i = 0; i < bytes.length; i += slice) run.pushBytes(bytes.subarray(i, i + slice));
  return run.end();
}
