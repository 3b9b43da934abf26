/**
 * Purchase lines in a plan file (docs/plan-file.md "Purchase lines"): the checks the schema's
 * types cannot say (each row as long as `fields`, each cell of its field's kind, every row's batch
 * listed in `batches`), and the canonical writing of the member: one row per line, so that a
 * million rows stay a readable, diffable file, and reading and writing again gives the same bytes.
 */
import { MAX_MINOR, purchaseBatchSchema } from '../model/schema';
import type { PlanFilePurchases, PurchaseField } from '../model/types';
import { jsonPath } from './jsonPath';
import { schemaProblemText, type SchemaProblem } from './schemaProblem';
import type { PlanFileIssue } from './types';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TEXT_FIELDS = new Set<PurchaseField>(['buyer', 'costCentre', 'supplier', 'product', 'category', 'unit', 'origin']);
const MAX_ISSUES = 100;

function cellProblem(field: PurchaseField, v: unknown, batches: ReadonlySet<string>): SchemaProblem | null {
  switch (field) {
    case 'batch':
      return typeof v === 'string' && batches.has(v) ? null : { kind: 'unknownBatch' };
    case 'line':
      return v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0) ? null : { kind: 'wrongKind', expected: 'countOrNothing' };
    case 'date':
      return typeof v === 'string' && ISO_DATE.test(v) ? null : { kind: 'format', format: 'date' };
    case 'quantity':
    case 'kg':
      return v === null || (typeof v === 'number' && Number.isFinite(v)) ? null : { kind: 'wrongKind', expected: 'numberOrNothing' };
    case 'amountMinor':
      return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_MINOR ? null : { kind: 'wrongKind', expected: 'minorUnits' };
    case 'organic':
      return typeof v === 'boolean' ? null : { kind: 'wrongKind', expected: 'trueFalse' };
    default:
      return TEXT_FIELDS.has(field) && typeof v === 'string' ? null : { kind: 'wrongKind', expected: 'text' };
  }
}

/** Problems of a schema-valid purchases member, each with its JSON path. */
export function checkPurchases(p: PlanFilePurchases): PlanFileIssue[] {
  const issues: PlanFileIssue[] = [];
  const add = (path: PropertyKey[], problem: SchemaProblem, field?: string) => {
    if (issues.length < MAX_ISSUES) {
      const where = jsonPath(['purchases', ...path]);
      issues.push({ code: 'schema', path: where, message: `${where}${field ? ` (${field})` : ''} ${schemaProblemText(problem)}.`, problem });
    }
  };
  const seenFields = new Set<string>();
  p.fields.forEach((f, i) => {
    if (seenFields.has(f)) add(['fields', i], { kind: 'duplicate', value: f });
    seenFields.add(f);
  });
  for (const required of ['date', 'amountMinor'] as const) if (!seenFields.has(required)) add(['fields'], { kind: 'requiredField', field: required });
  const batchIds = new Set<string>();
  p.batches.forEach((b, i) => {
    if (batchIds.has(b.id)) add(['batches', i, 'id'], { kind: 'duplicate', value: b.id });
    batchIds.add(b.id);
  });
  const n = p.fields.length;
  for (let r = 0; r < p.rows.length && issues.length < MAX_ISSUES; r++) {
    const row = p.rows[r]!;
    if (row.length !== n) {
      add(['rows', r], { kind: 'rowLength', has: row.length, expected: n });
      continue;
    }
    for (let c = 0; c < n; c++) {
      const field = p.fields[c]!;
      const problem = cellProblem(field, row[c], batchIds);
      if (problem) add(['rows', r, c], problem, field);
    }
  }
  return issues;
}

/**
 * The purchases member as canonical JSON text, indented to sit at the top level of the plan file:
 * batches and fields as JSON.stringify writes them at that depth, each row compact on its own line.
 */
export function writePurchasesMember(p: PlanFilePurchases): string {
  const batches = p.batches.map((b) => purchaseBatchSchema.parse(b));
  const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);
  const rows = p.rows.length === 0 ? '[]' : `[\n${p.rows.map((r) => `      ${JSON.stringify(r)}`).join(',\n')}\n    ]`;
  return [
    '  "purchases": {',
    `    "batches": ${indent(JSON.stringify(batches, null, 2), '    ')},`,
    `    "fields": ${JSON.stringify(p.fields)},`,
    `    "rows": ${rows}`,
    '  }',
  ].join('\n');
}
