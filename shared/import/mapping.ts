/**
 * Which column holds which field. The app guesses from the header names (fields.ts,
 * vocabulary/headers.ts); the user confirms or changes each; the confirmed mapping is remembered
 * per source, the source being the target and the set of header names (so that next month's
 * export of the same system maps itself).
 */
import { fieldsOf, headerWords, IMPORT_TARGETS, isImportTarget, normaliseHeader, ONE_OF, type FieldId, type ImportTarget } from './fields';

/** Field → column index (0-based) in the file; a field that is not mapped is absent. */
export type ColumnMapping = Partial<Record<FieldId, number>>;

/**
 * A mapping as saved (in the app's database, or as the JSON file of the command line's
 * `--mapping`): columns by header name, so that it still applies when the columns move.
 */
export interface SavedMapping {
  target: ImportTarget;
  /** Field → header text in the file (as written there). */
  columns: Partial<Record<FieldId, string>>;
}

function score(header: string, word: string): number {
  if (header === word) return 1000 + word.length;
  if (header.replace(/ /g, '') === word.replace(/ /g, '')) return 900 + word.length;
  // A header that starts or ends with the word, or holds it as a whole word: "fakturadatum" does
  // not count as "datum" here (compounds are listed in the vocabulary), "belopp sek" does.
  const padded = ` ${header} `;
  if (padded.includes(` ${word} `)) return 500 + word.length;
  return 0;
}

/** The guessed mapping: each column to at most one field, the best-scoring pairs first. */
export function guessMapping(target: ImportTarget, headers: readonly string[]): ColumnMapping {
  const norm = headers.map(normaliseHeader);
  const pairs: { field: FieldId; col: number; score: number }[] = [];
  for (const def of fieldsOf(target)) {
    const words = headerWords(target, def.id);
    norm.forEach((h, col) => {
      if (!h) return;
      let best = 0;
      for (const w of words) best = Math.max(best, score(h, w));
      if (best > 0) pairs.push({ field: def.id, col, score: best });
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const out: ColumnMapping = {};
  const used = new Set<number>();
  for (const p of pairs) {
    if (out[p.field] !== undefined || used.has(p.col)) continue;
    out[p.field] = p.col;
    used.add(p.col);
  }
  return out;
}

/** The key a confirmed mapping is remembered under: the target and the set of header names. */
export function mappingKey(target: ImportTarget, headers: readonly string[]): string {
  const set = [...new Set(headers.map(normaliseHeader).filter((h) => h !== ''))].sort();
  return `${target}\u0001${set.join('\u0001')}`;
}

export function toSavedMapping(target: ImportTarget, headers: readonly string[], mapping: ColumnMapping): SavedMapping {
  const columns: Partial<Record<FieldId, string>> = {};
  for (const def of fieldsOf(target)) {
    const col = mapping[def.id];
    if (col !== undefined && headers[col] !== undefined) columns[def.id] = headers[col];
  }
  return { target, columns };
}

/**
 * A saved mapping applied to a file's headers: each field to the column with that header (compared
 * normalised). Returns the mapping and the header names the file lacks.
 */
export function fromSavedMapping(saved: SavedMapping, headers: readonly string[]): { mapping: ColumnMapping; missing: string[] } {
  const norm = headers.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  const missing: string[] = [];
  for (const def of fieldsOf(saved.target)) {
    const name = saved.columns[def.id];
    if (name === undefined) continue;
    const col = norm.indexOf(normaliseHeader(name));
    if (col < 0) missing.push(name);
    else mapping[def.id] = col;
  }
  return { mapping, missing };
}

/** Required fields without a column, and the one-of groups of which none is mapped. */
export function unmappedRequired(target: ImportTarget, mapping: ColumnMapping): { missing: FieldId[]; oneOf: FieldId[] | null } {
  const missing = fieldsOf(target)
    .filter((d) => d.required && mapping[d.id] === undefined)
    .map((d) => d.id);
  const group = ONE_OF[target];
  const oneOf = group && group.every((id) => mapping[id] === undefined) ? [...group] : null;
  return { missing, oneOf };
}

/** Checks a mapping read from a JSON file (the command line's --mapping). */
export function parseSavedMapping(data: unknown, fallbackTarget: ImportTarget): SavedMapping | string {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'the mapping file must hold a JSON object with "columns".';
  const d = data as { target?: unknown; columns?: unknown };
  const target = d.target === undefined ? fallbackTarget : d.target;
  if (!isImportTarget(target)) return `"target" must be one of ${IMPORT_TARGETS.join(', ')}.`;
  if (!d.columns || typeof d.columns !== 'object' || Array.isArray(d.columns)) return '"columns" must be an object from field name to the header text in the file.';
  const known = new Set<string>(fieldsOf(target).map((x) => x.id));
  const columns: Partial<Record<FieldId, string>> = {};
  for (const [k, v] of Object.entries(d.columns as Record<string, unknown>)) {
    if (!known.has(k)) return `"${k}" is not a field of ${target}; the fields are: ${[...known].join(', ')}.`;
    if (typeof v !== 'string') return `the column for "${k}" must be a header text.`;
    columns[k as FieldId] = v;
  }
  return { target, columns };
}
