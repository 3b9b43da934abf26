/** Messages between the page and the import worker (import.worker.ts). */
import type { CategoryRule } from '../../../shared/import/categoryRules';
import type { Delimiter } from '../../../shared/import/csv';
import type { TextEncodingName } from '../../../shared/import/encoding';
import type { ImportTarget } from '../../../shared/import/fields';
import type { Inspection } from '../../../shared/import/inspect';
import type { ColumnMapping } from '../../../shared/import/mapping';
import type { DecimalMark } from '../../../shared/import/numbers';
import type { RunResult } from '../../../shared/import/run';
import type { PieceRule } from '../../../shared/import/units';
import type { Plan } from '../../../shared/model/types';

export interface InspectRequest {
  file: Blob;
  fileName: string;
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  sheet?: string;
}

/** The first look, and for workbooks the sheet names. */
export interface FileInspection extends Inspection {
  sheets: string[];
  sheet?: string;
  size: number;
}

export interface RunRequest {
  file: Blob;
  fileName: string;
  format: 'csv' | 'xlsx';
  sheet?: string;
  target: ImportTarget;
  mapping: ColumnMapping;
  columnCount: number;
  decimal: DecimalMark;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  plan: Plan;
  categoryRules: CategoryRule[];
  pieceRules: PieceRule[];
  createMissingSuppliers: boolean;
}

export interface Progress {
  bytesDone: number;
  totalBytes: number;
  rows: number;
  /** Milliseconds since the run started. */
  ms: number;
}

export type JobOutcome =
  | { kind: 'done'; result: RunResult; ms: number }
  | { kind: 'cancelled' }
  /** Something unexpected (a bug, the browser out of memory): the message, in English. */
  | { kind: 'failed'; message: string };

export type WorkerRequest = { type: 'inspect'; id: number; request: InspectRequest } | { type: 'run'; id: number; request: RunRequest } | { type: 'cancel' };

export type WorkerResponse =
  | { type: 'inspected'; id: number; inspection: FileInspection }
  | { type: 'inspectFailed'; id: number; message: string }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'outcome'; id: number; outcome: JobOutcome };
