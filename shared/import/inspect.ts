/**
 * A first look at a file, before the mapping step: its encoding (from the first megabyte), its
 * delimiter, the header row, the first rows, and the problems that make it unreadable as a whole
 * (empty, not text, one column only, a header without rows). Only the head of a large file is
 * read here; the full pass (run.ts) comes after the user confirmed the mapping.
 */
import type { Cell } from './cells';
import { CsvParser, sniffDelimiter, type Delimiter } from './csv';
import { detectEncoding, looksBinary, type TextEncodingName } from './encoding';
import { fieldsOf, type ImportTarget } from './fields';
import type { ColumnMapping } from './mapping';
import { detectDecimalMark, type DecimalMark } from './numbers';
import type { ImportProblem } from './problems';

/** How much of a file the first look reads: enough for the encoding and hundreds of rows. */
export const HEAD_BYTES = 1 << 20;
/** Data rows kept for the mapping step and the decimal-mark guess. */
export const SAMPLE_ROWS = 200;

export interface Inspection {
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName;
  /** What the bytes say, whatever the user chose. */
  detectedEncoding: TextEncodingName;
  bom: boolean;
  delimiter: Delimiter;
  /** False when the lines disagree about the delimiter: the mapping step asks to check it. */
  delimiterConfident: boolean;
  headers: string[];
  /** The first data rows and their lines in the file. */
  sample: Cell[][];
  sampleLines: number[];
  problems: ImportProblem[];
}

export interface InspectOptions {
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
}

/** Rows of a table (CSV text or a sheet) to an inspection: header, sample, whole-file problems. */
export function inspectRows(rows: readonly Cell[][], lines: readonly number[], base: Omit<Inspection, 'headers' | 'sample' | 'sampleLines' | 'problems'>, complete: boolean): Inspection {
  const problems: ImportProblem[] = [];
  const header = rows[0];
  if (!header) return { ...base, headers: [], sample: [], sampleLines: [], problems: [{ code: 'emptyFile', severity: 'error' }] };
  const headers = header.map((c) => (c === null ? '' : String(c).trim()));
  const sample = rows.slice(1, SAMPLE_ROWS + 1);
  const sampleLines = lines.slice(1, SAMPLE_ROWS + 1);
  if (headers.length === 1) problems.push({ code: 'singleColumn', severity: 'error', line: lines[0] ?? 1, value: headers[0] ?? '' });
  if (sample.length === 0 && complete) problems.push({ code: 'noDataRows', severity: 'error' });
  return { ...base, headers, sample, sampleLines, problems };
}

/**
 * The first look at a CSV file from its first bytes (`head`; `complete` when that is the whole
 * file). A zip (an .xlsx renamed .csv) is the caller's to detect before (encoding.ts `isZip`).
 */
export function inspectCsv(head: Uint8Array, complete: boolean, opts: InspectOptions = {}): Inspection {
  const detected = detectEncoding(head);
  const encoding = opts.encoding ?? detected.encoding;
  const base = { format: 'csv' as const, encoding, detectedEncoding: detected.encoding, bom: detected.bom, delimiter: opts.delimiter ?? (';'), delimiterConfident: true };
  if (head.length === 0) return { ...base, headers: [], sample: [], sampleLines: [], problems: [{ code: 'emptyFile', severity: 'error' }] };
  if (looksBinary(head)) return { ...base, headers: [], sample: [], sampleLines: [], problems: [{ code: 'binaryFile', severity: 'error' }] };
  let text = new TextDecoder(encoding).decode(head, { stream: !complete });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!complete) {
    // The head ends somewhere in a row: keep whole lines only.
    const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    if (cut > 0) text = text.slice(0, cut + 1);
  }
  const sniffed = sniffDelimiter(text);
  const delimiter = opts.delimiter ?? sniffed.delimiter;
  const rows: Cell[][] = [];
  const lines: number[] = [];
  const parser = new CsvParser(delimiter, (r, line) => {
    if (rows.length <= SAMPLE_ROWS) {
      rows.push(r);
      lines.push(line);
    }
  });
  parser.push(text);
  if (complete) parser.end();
  const out = inspectRows(rows, lines, { ...base, delimiter, delimiterConfident: opts.delimiter !== undefined || sniffed.confident }, complete);
  if (rows.length === 0) out.problems = [{ code: 'emptyFile', severity: 'error' }];
  return out;
}

/**
 * The decimal mark of the file, from the sample's cells in the number columns of the mapping
 * (dates and codes elsewhere would mislead the guess).
 */
export function detectDecimal(target: ImportTarget, mapping: ColumnMapping, sample: readonly Cell[][]): DecimalMark {
  const numeric = fieldsOf(target)
    .filter((f) => f.kind === 'number' || f.kind === 'money' || f.kind === 'share')
    .map((f) => mapping[f.id])
    .filter((c): c is number => c !== undefined);
  const texts: string[] = [];
  for (const row of sample) for (const c of numeric) if (typeof row[c] === 'string') texts.push(row[c]);
  return detectDecimalMark(texts);
}
