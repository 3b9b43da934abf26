/**
 * Imports a CSV or XLSX file into a plan file, headlessly (monthly statistics jobs).
 *
 *   npm run import -- <file> --into <plan file> [--target purchases|kitchens|organisations|suppliers|offers|budgets|contracts]
 *                     [--mapping <mapping.json>] [--sheet NAME] [--encoding utf-8|windows-1252]
 *                     [--delimiter ';'|','|tab] [--decimal ','|'.'] [--create-suppliers]
 *
 * The same path as the app (shared/import): detect the encoding and delimiter, map the columns
 * (the mapping file, else the guessed mapping, printed so that it can be saved), read and check
 * every row, then merge register records (matched by name or code) or append the purchase lines
 * as a new batch, and write the plan file through a temporary file renamed over it: all or
 * nothing. Exit codes: 0 imported; 1 the file, a row or the plan has problems (named by file, row
 * and field; the plan file is untouched); 2 wrong arguments. Never a stack trace.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { DEFAULT_CATEGORY_RULES, type CategoryRule } from '../shared/import/categoryRules';
import type { Cell } from '../shared/import/cells';
import { dayToIso } from '../shared/import/cells';
import type { Delimiter } from '../shared/import/csv';
import { isZip, type TextEncodingName } from '../shared/import/encoding';
import { IMPORT_TARGETS, isImportTarget, type ImportTarget } from '../shared/import/fields';
import { detectDecimal, inspectCsv, inspectRows, HEAD_BYTES, type Inspection } from '../shared/import/inspect';
import { fromSavedMapping, guessMapping, parseSavedMapping, toSavedMapping, type ColumnMapping } from '../shared/import/mapping';
import type { DecimalMark } from '../shared/import/numbers';
import { problemSentence, type ImportProblem, type ProblemSummary } from '../shared/import/problems';
import { dataToRows } from '../shared/import/purchaseRows';
import { runBytes, runRows, type RunResult, type RunSettings } from '../shared/import/run';
import type { PieceRule } from '../shared/import/units';
import { pickSheet, sheetRows } from '../shared/import/xlsx';
import { PURCHASE_FIELDS } from '../shared/model/schema';
import type { Plan, PlanFilePurchases, PlanTable } from '../shared/model/types';
import { PLAN_FILE_MAX_CHARS, readPlanFile, writePlanFile } from '../shared/planfile';

const USAGE =
  'Usage: npm run import -- <CSV or XLSX file> --into <plan file> [--target ' +
  IMPORT_TARGETS.join('|') +
  "] [--mapping <mapping.json>] [--sheet NAME] [--encoding utf-8|windows-1252] [--delimiter ';'|','|tab] [--decimal ','|'.'] [--create-suppliers]";

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

interface Args {
  file: string;
  into: string;
  target: ImportTarget;
  mapping?: string;
  sheet?: string;
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  decimal?: DecimalMark;
  createSuppliers: boolean;
}

function parse(argv: string[]): Args {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        into: { type: 'string', short: 'i' },
        target: { type: 'string', short: 't' },
        mapping: { type: 'string', short: 'm' },
        sheet: { type: 'string' },
        encoding: { type: 'string' },
        delimiter: { type: 'string' },
        decimal: { type: 'string' },
        'create-suppliers': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new CliError(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, 2);
  }
  if (values.help) throw new CliError(USAGE, 0);
  if (positionals.length !== 1) throw new CliError(`${positionals.length === 0 ? 'Give the file to import.' : `Give one file to import, not ${positionals.length}.`}\n${USAGE}`, 2);
  const into = values.into;
  if (typeof into !== 'string') throw new CliError(`Give the plan file to import into with --into.\n${USAGE}`, 2);
  const target = values.target ?? 'purchases';
  if (!isImportTarget(target)) throw new CliError(`--target must be one of ${IMPORT_TARGETS.join(', ')}, not '${String(target)}'.\n${USAGE}`, 2);
  const encoding = values.encoding;
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'windows-1252') throw new CliError(`--encoding must be utf-8 or windows-1252, not '${String(encoding)}'.`, 2);
  const delimiterArg = values.delimiter === 'tab' ? '\t' : values.delimiter;
  if (delimiterArg !== undefined && delimiterArg !== ';' && delimiterArg !== ',' && delimiterArg !== '\t' && delimiterArg !== '|') throw new CliError(`--delimiter must be ';', ',', tab or '|', not '${String(delimiterArg)}'.`, 2);
  const decimal = values.decimal;
  if (decimal !== undefined && decimal !== ',' && decimal !== '.') throw new CliError(`--decimal must be ',' or '.', not '${String(decimal)}'.`, 2);
  return {
    file: positionals[0]!,
    into,
    target,
    ...(typeof values.mapping === 'string' ? { mapping: values.mapping } : {}),
    ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}),
    ...(encoding ? { encoding } : {}),
    ...(delimiterArg ? { delimiter: delimiterArg } : {}),
    ...(decimal ? { decimal } : {}),
    createSuppliers: values['create-suppliers'] === true,
  };
}

function readBytes(file: string, what: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e);
    throw new CliError(`Cannot read the ${what} ${file}: ${why}.`, 1);
  }
}

function loadPlan(file: string): { plan: Plan; purchases?: PlanFilePurchases } {
  try {
    if (statSync(file).size > PLAN_FILE_MAX_CHARS * 4) throw new CliError(`${file}: the file is too large to be a plan file.`, 1);
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
  const text = new TextDecoder('utf-8').decode(readBytes(file, 'plan file')).replace(/^\uFEFF/, '');
  const read = readPlanFile(text);
  if (!read.ok) {
    const lines = read.issues.slice(0, 20).map((i) => `  ${i.message}`);
    if (read.issues.length > 20) lines.push(`  … and ${read.issues.length - 20} more.`);
    throw new CliError(`${file} is not a valid plan file:\n${lines.join('\n')}`, 1);
  }
  return read.purchases ? { plan: read.plan, purchases: read.purchases } : { plan: read.plan };
}

interface MappingFile {
  columns?: ColumnMapping;
  categoryRules?: CategoryRule[];
  pieceRules?: PieceRule[];
  decimal?: DecimalMark;
}

function readMappingFile(path: string, target: ImportTarget, headers: string[]): MappingFile {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(readBytes(path, 'mapping file')).replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: the mapping file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`, 1);
  }
  const saved = parseSavedMapping(data, target);
  if (typeof saved === 'string') throw new CliError(`${path}: ${saved}`, 1);
  if (saved.target !== target) throw new CliError(`${path}: the mapping is for ${saved.target}, but --target is ${target}.`, 2);
  const { mapping, missing } = fromSavedMapping(saved, headers);
  if (missing.length) throw new CliError(`${path}: the file has no column ${missing.map((m) => `“${m}”`).join(', ')}. Its columns are: ${headers.map((h) => `“${h}”`).join(', ')}.`, 1);
  const d = data as { categoryRules?: unknown; pieceRules?: unknown; decimal?: unknown };
  const out: MappingFile = { columns: mapping };
  if (Array.isArray(d.categoryRules)) out.categoryRules = d.categoryRules.filter((r): r is CategoryRule => !!r && typeof (r as CategoryRule).keyword === 'string' && typeof (r as CategoryRule).categoryId === 'string');
  if (Array.isArray(d.pieceRules)) out.pieceRules = d.pieceRules.filter((r): r is PieceRule => !!r && typeof (r as PieceRule).keyword === 'string' && typeof (r as PieceRule).kgPerPiece === 'number');
  if (d.decimal === ',' || d.decimal === '.') out.decimal = d.decimal;
  return out;
}

function problemLines(problems: ProblemSummary | { listed: ImportProblem[] }, fileName: string, severity: 'error' | 'warning', max = 50): string[] {
  const list = problems.listed.filter((p) => p.severity === severity);
  const out = list.slice(0, max).map((p) => `  ${problemSentence(p, fileName)}`);
  const total = 'errors' in problems ? (severity === 'error' ? problems.errors : problems.warnings) : list.length;
  if (total > out.length) out.push(`  … and ${total - out.length} more.`);
  return out;
}

async function readWorkbook(bytes: Uint8Array, sheet: string | undefined, fileName: string): Promise<{ rows: Cell[][]; lines: number[] }> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new CliError(problemSentence({ code: 'unreadableXlsx', severity: 'error' }, fileName), 1);
  }
  const ws = pickSheet(book, sheet);
  if (!ws) throw new CliError(problemSentence({ code: 'noSheet', severity: 'error', value: sheet ?? '' }, fileName), 1);
  return sheetRows(ws);
}

function merge(plan: Plan, result: RunResult): Plan {
  const next = structuredClone(plan);
  for (const put of result.puts ?? []) {
    const table = next[put.table as PlanTable] as { id: string }[];
    const i = table.findIndex((r) => r.id === put.record.id);
    if (i >= 0) table[i] = put.record;
    else table.push(put.record);
  }
  return next;
}

async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  const fileName = basename(args.file);
  const { plan, purchases } = loadPlan(args.into);
  const bytes = readBytes(args.file, 'file');

  let inspection: Inspection;
  let table: { rows: Cell[][]; lines: number[] } | null = null;
  if (isZip(bytes)) {
    table = await readWorkbook(bytes, args.sheet, fileName);
    inspection = inspectRows(table.rows, table.lines, { format: 'xlsx', encoding: 'utf-8', detectedEncoding: 'utf-8', bom: false, delimiter: ';', delimiterConfident: true }, true);
  } else {
    inspection = inspectCsv(bytes.subarray(0, HEAD_BYTES), bytes.length <= HEAD_BYTES, { ...(args.encoding ? { encoding: args.encoding } : {}), ...(args.delimiter ? { delimiter: args.delimiter } : {}) });
  }
  if (inspection.problems.some((p) => p.severity === 'error')) throw new CliError(`${fileName} cannot be imported:\n${problemLines({ listed: inspection.problems }, fileName, 'error').join('\n')}`, 1);

  const fromFile = args.mapping ? readMappingFile(args.mapping, args.target, inspection.headers) : null;
  const mapping = fromFile?.columns ?? guessMapping(args.target, inspection.headers);
  if (!fromFile) {
    const saved = toSavedMapping(args.target, inspection.headers, mapping);
    process.stdout.write(`Guessed mapping (save it as a file and pass --mapping to use it again):\n${JSON.stringify(saved, null, 2)}\n`);
  }
  const decimal = args.decimal ?? fromFile?.decimal ?? detectDecimal(args.target, mapping, inspection.sample);
  const settings: RunSettings = {
    target: args.target,
    mapping,
    columnCount: inspection.headers.length,
    decimal,
    encoding: inspection.encoding,
    delimiter: inspection.delimiter,
    fileName,
    plan,
    categoryRules: fromFile?.categoryRules ?? DEFAULT_CATEGORY_RULES,
    pieceRules: fromFile?.pieceRules ?? [],
    createMissingSuppliers: args.createSuppliers,
    newId: (prefix) => `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 12)}`,
  };
  const result = table ? runRows(settings, table.rows, table.lines) : runBytes(settings, bytes);
  if (result.problems.errors > 0) {
    const hint = result.problems.listed.some((p) => p.code === 'unknownSupplier') ? '\nTo add the suppliers the plan lacks, run again with --create-suppliers.' : '';
    throw new CliError(
      `${fileName} was not imported (${result.problems.errors} problem${result.problems.errors === 1 ? '' : 's'}); ${args.into} is unchanged:\n${problemLines(result.problems, fileName, 'error').join('\n')}${hint}`,
      1,
    );
  }
  for (const line of problemLines(result.problems, fileName, 'warning', 20)) process.stderr.write(`${line}\n`);

  let text: string;
  let summary: string;
  if (result.purchases) {
    const p = result.purchases;
    const batchId = `batch-${new Date().toISOString().replace(/[^0-9]/g, '').slice(0, 14)}-${randomUUID().slice(0, 4)}`;
    const rows = dataToRows(batchId, p);
    const next: PlanFilePurchases = purchases
      ? { ...purchases, batches: [...purchases.batches, { id: batchId, sourceFile: fileName, importedAt: new Date().toISOString(), rowCount: rows.length }] }
      : { batches: [{ id: batchId, sourceFile: fileName, importedAt: new Date().toISOString(), rowCount: rows.length }], fields: [...PURCHASE_FIELDS], rows: [] };
    if (purchases) {
      // Rows in this file's field order (an integrator may have written fewer fields).
      const order = next.fields.map((f) => PURCHASE_FIELDS.indexOf(f));
      next.rows = purchases.rows.concat(rows.map((r) => order.map((i) => r[i] ?? null)));
    } else next.rows = rows;
    text = writePlanFile(plan, next);
    const span = p.firstDay !== null && p.lastDay !== null ? ` dated ${dayToIso(p.firstDay)} to ${dayToIso(p.lastDay)}` : '';
    summary = `Imported ${rows.length} purchase lines${span} from ${fileName} into ${args.into} as batch ${batchId}.`;
    if (p.uncategorisedLines) summary += `\n${p.uncategorisedLines} line(s) without a food category; the product texts with the most money: ${p.uncategorised.slice(0, 5).map((u) => `“${u.text}”`).join(', ')}.`;
    if (p.withoutWeightLines) summary += `\n${p.withoutWeightLines} line(s) without a weight (units that are not kg or litres, without a kg-per-piece rule): ${p.withoutWeight.slice(0, 5).map((u) => `“${u.text}” in ${u.unit || '(no unit)'}`).join(', ')}.`;
  } else {
    const merged = merge(plan, result);
    try {
      text = purchases ? writePlanFile(merged, purchases) : writePlanFile(merged);
    } catch (e) {
      throw new CliError(`${fileName}: the imported records do not make a valid plan (${e instanceof Error ? e.message.slice(0, 300) : String(e)}); ${args.into} is unchanged.`, 1);
    }
    const newSuppliers = (result.puts ?? []).filter((p) => p.table === 'suppliers' && args.target !== 'suppliers').length;
    summary = `Imported ${args.target} from ${fileName} into ${args.into}: ${result.added ?? 0} added, ${result.updated ?? 0} updated${newSuppliers ? `, ${newSuppliers} new suppliers` : ''}.`;
  }

  // All or nothing: the plan file is replaced only by a complete new one.
  const tmp = join(dirname(args.into), `.${basename(args.into)}.import-${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, args.into);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new CliError(`Cannot write ${args.into}: ${e instanceof Error ? e.message : String(e)}. The plan file is unchanged.`, 1);
  }
  process.stdout.write(`${summary}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof CliError) {
      (e.exitCode === 0 ? process.stdout : process.stderr).write(e.message + '\n');
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`Måltid could not import the file: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 3;
    }
  },
);
