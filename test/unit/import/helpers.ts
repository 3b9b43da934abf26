/**
 * Test helpers for the import: a small Swedish plan, run settings, and encoders for the byte
 * forms files come in (UTF-8 with and without a byte-order mark, Windows-1252).
 */
import { createEmptyPlan } from '../../../shared/model/defaults';
import type { Plan } from '../../../shared/model/types';
import { DEFAULT_CATEGORY_RULES } from '../../../shared/import/categoryRules';
import type { Delimiter } from '../../../shared/import/csv';
import type { TextEncodingName } from '../../../shared/import/encoding';
import type { ImportTarget } from '../../../shared/import/fields';
import { inspectCsv } from '../../../shared/import/inspect';
import { detectDecimal } from '../../../shared/import/inspect';
import { guessMapping, type ColumnMapping } from '../../../shared/import/mapping';
import { runBytes, type RunResult, type RunSettings } from '../../../shared/import/run';

export function testPlan(): Plan {
  const plan = createEmptyPlan({ id: 'plan-import', name: 'Import test', country: 'SE', planDate: '2026-01-15' });
  plan.organisations.push(
    { id: 'org-sod', name: 'Södertälje kommun', kind: 'municipality', country: 'SE', currency: 'SEK', code: '0181', regionCode: '01' },
    { id: 'org-nyk', name: 'Nykvarns kommun', kind: 'municipality', country: 'SE', currency: 'SEK', code: '0140', regionCode: '01' },
  );
  plan.suppliers.push({ id: 'sup-arla', name: 'Arla Foods AB', country: 'SE', regionCode: '01' }, { id: 'sup-far', name: 'Gården i Järna', country: 'SE', regionCode: '01', municipalityCode: '0181' });
  return plan;
}

const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };

/** Windows-1252 bytes of a text (Latin-1 letters as themselves, a few punctuation marks remapped). */
export function cp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    const mapped = CP1252_EXTRA[ch];
    if (mapped !== undefined) out[i] = mapped;
    else if (code < 0x100) out[i] = code;
    else throw new Error(`Not in Windows-1252: ${ch}`);
  }
  return out;
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

let counter = 0;
export function resetIds(): void {
  counter = 0;
}
export const testId = (prefix: string) => `${prefix}-${++counter}`;

export interface Imported {
  result: RunResult;
  mapping: ColumnMapping;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  headers: string[];
}

/** The whole import path as the app runs it: inspect the head, guess the mapping, run all bytes. */
export function importBytes(
  bytes: Uint8Array,
  target: ImportTarget,
  { plan = testPlan(), mapping, slice = 7, createMissingSuppliers = false, delimiter, encoding }: Partial<{ plan: Plan; mapping: ColumnMapping; slice: number; createMissingSuppliers: boolean; delimiter: Delimiter; encoding: TextEncodingName }> = {},
): Imported {
  const ins = inspectCsv(bytes.subarray(0, 1 << 20), bytes.length <= 1 << 20, { ...(delimiter ? { delimiter } : {}), ...(encoding ? { encoding } : {}) });
  const m = mapping ?? guessMapping(target, ins.headers);
  const settings: RunSettings = {
    target,
    mapping: m,
    columnCount: ins.headers.length,
    decimal: detectDecimal(target, m, ins.sample),
    encoding: ins.encoding,
    delimiter: ins.delimiter,
    fileName: 'test.csv',
    plan,
    categoryRules: DEFAULT_CATEGORY_RULES,
    pieceRules: [],
    createMissingSuppliers,
    newId: testId,
    chunkLines: 4,
  };
  const result = ins.problems.some((p) => p.severity === 'error')
    ? { target, rows: 0, problems: { listed: ins.problems, errors: ins.problems.length, warnings: 0, counts: {} } }
    : runBytes(settings, bytes, slice);
  return { result, mapping: m, encoding: ins.encoding, delimiter: ins.delimiter, headers: ins.headers };
}
