/**
 * Problems found while reading a file, as codes with where they are (the file's line, the field)
 * and what was there. The app translates them (i18n `import.problem.<code>`); the command line
 * uses the English sentences here. Each says what is wrong and what to do about it.
 */
import { FIELD_NAMES_EN, type FieldId } from './fields';

export const PROBLEM_CODES = [
  // The file as a whole.
  'emptyFile',
  'binaryFile',
  'unreadableXlsx',
  'noSheet',
  'noDataRows',
  'singleColumn',
  'missingColumn',
  'missingOneOf',
  'unclosedQuote',
  // One row (line of the file) and field.
  'extraFields',
  'required',
  'notANumber',
  'notAnInteger',
  'notADate',
  'notYesNo',
  'tooSmall',
  'tooLarge',
  'tooLong',
  'unknownChoice',
  'unknownOrganisation',
  'unknownSupplier',
  'unknownCategory',
  'duplicateInFile',
  'endBeforeStart',
  'textAfterQuote',
  'newSupplier',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Errors stop the import; warnings are shown and the import can go ahead. */
export type Severity = 'error' | 'warning';

export interface ImportProblem {
  code: ProblemCode;
  severity: Severity;
  /** The line of the file the row starts on (1 is the header), or the spreadsheet's row number. */
  line?: number;
  field?: FieldId;
  /** The cell as written (cut to 80 characters). */
  value?: string;
  /** Numbers a sentence needs: a range, a count, another line. */
  min?: number;
  max?: number;
  count?: number;
  expected?: number;
  otherLine?: number;
  /** Field ids (missingOneOf) or allowed values (unknownChoice), for the sentence. */
  list?: string[];
}

/** At most this many problems are kept with their row; the rest are counted by code. */
export const MAX_LISTED_PROBLEMS = 1000;

export class ProblemLog {
  readonly listed: ImportProblem[] = [];
  /** Every problem, listed or not, by code and severity. */
  readonly counts = new Map<string, number>();
  errors = 0;
  warnings = 0;

  add(p: ImportProblem): void {
    if (p.severity === 'error') this.errors++;
    else this.warnings++;
    const key = `${p.severity}:${p.code}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(p.value !== undefined && p.value.length > 80 ? { ...p, value: `${p.value.slice(0, 79)}…` } : p);
  }

  get total(): number {
    return this.errors + this.warnings;
  }

  summary(): ProblemSummary {
    return { listed: this.listed, errors: this.errors, warnings: this.warnings, counts: Object.fromEntries(this.counts) };
  }
}

export interface ProblemSummary {
  listed: ImportProblem[];
  errors: number;
  warnings: number;
  /** "error:notANumber" → how many, including those not listed. */
  counts: Record<string, number>;
}

const q = (v: string | undefined) => `“${v ?? ''}”`;

/** The English sentence of a problem (the command line; the app has them in four languages). */
export function problemSentence(p: ImportProblem, fileName: string): string {
  const field = p.field ? FIELD_NAMES_EN[p.field] : '';
  const where = [fileName, p.line !== undefined ? `row ${p.line}` : '', field].filter(Boolean).join(', ');
  const list = (p.list ?? []).map((x) => (x in FIELD_NAMES_EN ? FIELD_NAMES_EN[x as FieldId] : x)).join(', ');
  const text: Record<ProblemCode, string> = {
    emptyFile: 'the file is empty: there is nothing to import.',
    binaryFile: 'this is not a text file (CSV) or a spreadsheet (XLSX); it may be another kind of file that was renamed. Export the data again as CSV or XLSX.',
    unreadableXlsx: 'the spreadsheet cannot be read: it may be damaged or only partly copied. Open it in your spreadsheet program and save it again.',
    noSheet: `the workbook has no sheet ${q(p.value)} with data.`,
    noDataRows: 'the file has a header row but no rows of data.',
    singleColumn: `the first row has only one column (${q(p.value)}): the columns are probably separated by another character. Choose the separator (semicolon, comma or tab).`,
    missingColumn: `no column is chosen for ${field}, which is required. Choose the column that holds it, or add it to the file.`,
    missingOneOf: `choose a column for at least one of: ${list}.`,
    unclosedQuote: 'a quoted value that starts here never ends: the file seems to be cut off. Export it again.',
    extraFields: `the row has ${p.count ?? 0} values but the header has ${p.expected ?? 0}: a value probably holds the separator without quotes, or the separator is wrong.`,
    required: 'the cell is empty, but a value is required.',
    notANumber: `${q(p.value)} is not a number. Write it with digits, e.g. 1 234,50.`,
    notAnInteger: `${q(p.value)} is not a whole number.`,
    notADate: `${q(p.value)} is not a date. Write it as 31.12.2025, 2025-12-31 or 31/12/2025.`,
    notYesNo: `${q(p.value)} is not yes or no (ja/nej, kyllä/ei, 1/0 and x are read too).`,
    tooSmall: `${q(p.value)} is too small: the smallest allowed is ${p.min ?? 0}.`,
    tooLarge: `${q(p.value)} is too large: the largest allowed is ${p.max ?? 0}.`,
    tooLong: `the text is longer than ${p.max ?? 0} characters.`,
    unknownChoice: `${q(p.value)} is not one of the known values: ${list}.`,
    unknownOrganisation: `no organisation of the plan has the name or code ${q(p.value)}. Add it under Organisations first, or correct the name.`,
    unknownSupplier: `no supplier of the plan has the name ${q(p.value)}. Add it under Suppliers first, or correct the name.`,
    unknownCategory: `${q(p.value)} is not a food category of the plan. Write the category's name in any of the four languages, or its id.`,
    duplicateInFile: `${q(p.value)} is also on row ${p.otherLine ?? 0}; each may appear only once.`,
    endBeforeStart: 'the end date is before the start date.',
    textAfterQuote: 'there is text after a closing quote; it was kept as part of the value.',
    newSupplier: `the supplier ${q(p.value)} is not in the plan yet and will be added.`,
  };
  return `${where}: ${text[p.code]}`;
}
