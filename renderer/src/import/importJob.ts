/**
 * The import's work, as the worker does it (import.worker.ts) and as tests run it in-thread: the
 * first look at a file, and the full pass that reads a File in slices, decodes it in streaming
 * mode, parses, maps and checks every row, reports progress and stops between slices when
 * cancelled. Nothing here writes to the database: the page does, after the user confirmed.
 */
import type { Cell } from '../../../shared/import/cells';
import { isZip } from '../../../shared/import/encoding';
import { HEAD_BYTES, inspectCsv, inspectRows } from '../../../shared/import/inspect';
import { ImportRun } from '../../../shared/import/run';
import type { FileInspection, InspectRequest, JobOutcome, Progress, RunRequest } from './protocol';
import { readWorkbook } from './xlsxReader';

/** Bytes read per slice: large enough to keep TextDecoder and the parser busy, small for memory. */
export const SLICE_BYTES = 4 << 20;
/** Rows of a workbook between two progress reports and cancel checks. */
const SHEET_ROWS_PER_STEP = 5000;
const PROGRESS_EVERY_MS = 100;

/** The last workbook read, so that the full pass does not unzip it again. */
export interface WorkbookCache {
  file: Blob | null;
  sheet: string | undefined;
  rows: Cell[][];
  lines: number[];
}

export function newWorkbookCache(): WorkbookCache {
  return { file: null, sheet: undefined, rows: [], lines: [] };
}

export async function inspectFile(req: InspectRequest, cache: WorkbookCache = newWorkbookCache()): Promise<FileInspection> {
  const size = req.file.size;
  const head = new Uint8Array(await req.file.slice(0, HEAD_BYTES).arrayBuffer());
  if (isZip(head)) {
    const base = { format: 'xlsx' as const, encoding: 'utf-8' as const, detectedEncoding: 'utf-8' as const, bom: false, delimiter: ';' as const, delimiterConfident: true };
    const wb = await readWorkbook(await req.file.arrayBuffer(), req.sheet);
    if (!wb.ok) return { ...base, headers: [], sample: [], sampleLines: [], problems: [{ code: wb.code, severity: 'error', value: req.sheet ?? '' }], sheets: wb.sheets, size };
    Object.assign(cache, { file: req.file, sheet: wb.sheet, rows: wb.rows, lines: wb.lines });
    return { ...inspectRows(wb.rows, wb.lines, base, true), sheets: wb.sheets, sheet: wb.sheet, size };
  }
  const ins = inspectCsv(head, size <= HEAD_BYTES, { ...(req.encoding ? { encoding: req.encoding } : {}), ...(req.delimiter ? { delimiter: req.delimiter } : {}) });
  return { ...ins, sheets: [], size };
}

export interface JobHooks {
  onProgress(p: Progress): void;
  cancelled(): boolean;
  now(): number;
  newId(prefix: string): string;
}

/** Lets queued messages (a Cancel) in between two steps of work. */
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runImportJob(req: RunRequest, hooks: JobHooks, cache: WorkbookCache = newWorkbookCache()): Promise<JobOutcome> {
  const started = hooks.now();
  let lastReport = -Infinity;
  const report = (bytesDone: number, totalBytes: number, rows: number, force = false) => {
    const t = hooks.now();
    if (!force && t - lastReport < PROGRESS_EVERY_MS) return;
    lastReport = t;
    hooks.onProgress({ bytesDone, totalBytes, rows, ms: t - started });
  };
  try {
    const run = new ImportRun({ ...req, fileName: req.fileName, newId: hooks.newId });
    if (!run.readable) return { kind: 'done', result: run.end(), ms: hooks.now() - started };
    if (req.format === 'xlsx') {
      if (cache.file !== req.file || cache.sheet !== req.sheet) {
        const wb = await readWorkbook(await req.file.arrayBuffer(), req.sheet);
        if (!wb.ok) return { kind: 'failed', message: wb.code };
        Object.assign(cache, { file: req.file, sheet: wb.sheet, rows: wb.rows, lines: wb.lines });
      }
      const { rows, lines } = cache;
      for (let i = 0; i < rows.length; i += SHEET_ROWS_PER_STEP) {
        if (hooks.cancelled()) return { kind: 'cancelled' };
        const end = Math.min(rows.length, i + SHEET_ROWS_PER_STEP);
        for (let k = i; k < end; k++) run.pushRow(rows[k]!, lines[k]!);
        report(end, rows.length, run.rowsRead);
        await yieldToEvents();
      }
    } else {
      const size = req.file.size;
      for (let offset = 0; offset < size; offset += SLICE_BYTES) {
        if (hooks.cancelled()) return { kind: 'cancelled' };
        const bytes = new Uint8Array(await req.file.slice(offset, offset + SLICE_BYTES).arrayBuffer());
        if (hooks.cancelled()) return { kind: 'cancelled' };
        run.pushBytes(bytes);
        report(Math.min(size, offset + SLICE_BYTES), size, run.rowsRead);
      }
    }
    if (hooks.cancelled()) return { kind: 'cancelled' };
    const result = run.end();
    report(req.file.size, req.file.size, result.rows, true);
    return { kind: 'done', result, ms: hooks.now() - started };
  } catch (e) {
    return { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
