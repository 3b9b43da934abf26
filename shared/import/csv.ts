/**
 * CSV as Nordic and Excel tools write it: semicolon, comma or tab delimiters, fields in double
 * quotes that may hold the delimiter, doubled quotes and line breaks, CRLF or LF line ends.
 *
 * The parser is a streaming state machine over character codes, so that a 100 MB file can be fed
 * in chunks from a worker (with progress and cancel) without holding more than a chunk and the
 * rows not yet consumed.
 */

export type Delimiter = ';' | ',' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t', '|'];

export interface CsvError {
  code: 'unclosedQuote' | 'textAfterQuote';
  /** 1-based line of the file where the record started. */
  line: number;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

export class CsvParser {
  private readonly delim: number;
  private field = '';
  private row: string[] = [];
  private inQuotes = false;
  /** After a closing quote, waiting for a delimiter or a line end. */
  private afterQuote = false;
  private pendingCR = false;
  private line = 1;
  private rowStartLine = 1;
  private started = false;
  readonly errors: CsvError[] = [];

  constructor(
    delimiter: Delimiter,
    private readonly onRow: (fields: string[], line: number) => void,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  push(chunk: string): void {
    const delim = this.delim;
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      this.started = true;
      if (this.inQuotes) {
        // Fast path: copy up to the next quote in one slice.
        const q = chunk.indexOf('"', i);
        if (q < 0) {
          const piece = chunk.slice(i);
          this.countLines(piece);
          this.field += piece;
          return;
        }
        const piece = chunk.slice(i, q);
        this.countLines(piece);
        this.field += piece;
        i = q + 1;
        if (i >= n) {
          // The quote may be doubled across chunks: decide with the next chunk.
          this.inQuotes = false;
          this.afterQuote = true;
          return;
        }
        if (chunk.charCodeAt(i) === QUOTE) {
          this.field += '"';
          i++;
        } else {
          this.inQuotes = false;
          this.afterQuote = true;
        }
        continue;
      }
      if (c === QUOTE) {
        if (this.afterQuote) {
          // A doubled quote split across chunks: "ab""cd".
          this.field += '"';
          this.afterQuote = false;
          this.inQuotes = true;
          i++;
          continue;
        }
        if (this.field.length === 0) {
          this.inQuotes = true;
          i++;
          continue;
        }
        // A quote inside an unquoted field is kept as text (Excel does the same).
        this.field += '"';
        i++;
        continue;
      }
      if (c === delim) {
        this.endField();
        i++;
        continue;
      }
      if (c === CR || c === LF) {
        this.endRow();
        this.line++;
        this.rowStartLine = this.line;
        if (c === CR) this.pendingCR = true;
        i++;
        continue;
      }
      if (this.afterQuote) {
        // "abc"x: text after a closing quote. Keep it, and say so.
        this.errors.push({ code: 'textAfterQuote', line: this.rowStartLine });
        this.afterQuote = false;
      }
      // Fast path: copy a run of ordinary characters.
      let j = i + 1;
      while (j < n) {
        const d = chunk.charCodeAt(j);
        if (d === delim || d === QUOTE || d === CR || d === LF) break;
        j++;
      }
      this.field += chunk.slice(i, j);
      i = j;
    }
  }

  /**
   * Call at the end of the input. Returns false when the file ended inside a quoted field: that
   * last row is cut off (a truncated file), so it is reported and not passed on.
   */
  end(): boolean {
    if (this.inQuotes) {
      this.errors.push({ code: 'unclosedQuote', line: this.rowStartLine });
      this.field = '';
      this.row = [];
      return false;
    }
    if (this.started && (this.field.length > 0 || this.row.length > 0 || this.afterQuote)) this.endRow();
    return true;
  }

  private countLines(piece: string): void {
    let k = piece.indexOf('\n');
    while (k >= 0) {
      this.line++;
      k = piece.indexOf('\n', k + 1);
    }
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.afterQuote = false;
  }

  private endRow(): void {
    this.endField();
    const row = this.row;
    this.row = [];
    // Blank lines (a single empty field) are skipped, as spreadsheets do.
    if (!(row.length === 1 && row[0] === '')) this.onRow(row, this.rowStartLine);
  }
}

/** Parses a whole text at once. */
export function parseCsv(text: string, delimiter: Delimiter): { rows: string[][]; lines: number[]; errors: CsvError[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const parser = new CsvParser(delimiter, (r, line) => {
    rows.push(r);
    lines.push(line);
  });
  parser.push(text);
  parser.end();
  return { rows, lines, errors: parser.errors };
}

/**
 * Guesses the delimiter from the first lines: the candidate that splits them into the same number
 * (more than one) of fields most consistently wins; semicolon first on a tie (the Nordic Excel
 * default, since a decimal comma makes comma-separated files rare there).
 */
export function sniffDelimiter(text: string, sampleLines = 30): { delimiter: Delimiter; confident: boolean } {
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: Delimiter; score: number; fields: number } = { delimiter: ';', score: -1, fields: 1 };
  for (const d of DELIMITERS) {
    const { rows } = parseCsv(sample, d);
    const counts = rows.slice(0, sampleLines).map((r) => r.length);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    const [fields, times] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    if (fields < 2) continue;
    const score = times / counts.length + fields / 1000;
    if (score > best.score) best = { delimiter: d, score, fields };
  }
  return { delimiter: best.delimiter, confident: best.score >= 0.9 };
}
