/**
 * Purchase lines in a plan file (docs/plan-file.md "Purchase lines"): the checks the schema's
 * types cannot say (each row as long as `fields`, each cell of its field's kind, every row's batch
 * listed in `batches`), and the canonical writing of the member: one row per line, so that a
 * million rows stay a readable, diffable file, and reading and writing again gives the same bytes.
 */
import { MAX_MINOR, purchaseBatchSchema } from '../model/schema';
import type { PlanFilePurchases, PurchaseField } from '../model/types';
import { jsonPath } from './jsonPath';
import type { PlanFileIssue } from './types';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TEXT_FIELDS = new Set<PurchaseField>(['buyer', 'costCentre', 'supplier', 'product', 'category', 'unit', 'origin']);
const MAX_ISSUES = 100;

function cellProblem(field: PurchaseField, v: unknown, batches: ReadonlySet<string>): string | null {
  switch (field) {
    case 'batch':
      return typeof v === 'string' && batches.has(v) ? null : 'must be the id of one of $.purchases.batches';
    case 'line':
      return v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0) ? null : 'must be a whole number of 0 or more, or null';
    case 'date':
      return typeof v === 'string' && ISO_DATE.test(v) ? null : 'must be a date written YYYY-MM-DD';
    case 'quantity':
    case 'kg':
      return v === null || (typeof v === 'number' && Number.isFinite(v)) ? null : 'must be a number or null';
    case 'amountMinor':
      return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_MINOR ? null : 'must be a whole number of minor units (öre, øre, cent)';
    case 'organic':
      return typeof v === 'boolean' ? null : 'must be true or false';
    default:
      return TEXT_FIELDS.has(field) && typeof v === 'string' ? null : 'must be a text';
  }
}

/** Problems of a schema-valid purchases member, each with its JSON path. */
export function checkPurchases(p: PlanFilePurchases): PlanFileIssue[] {
  const issues: PlanFileIssue[] = [];
  const add = (path: PropertyKey[], text: string) => {
    if (issues.length < MAX_ISSUES) {
      const where = jsonPath(['purchases', ...path]);
      issues.push({ code: 'schema', path: where, message: `${where}: ${text}.` });
    }
  };
  const seenFields = new Set<string>();
  p.fields.forEach((f, i) => {
    if (seenFields.has(f)) add(['fields', i], `the field '${f}' is listed twice`);
    seenFields.add(f);
  });
  for (const required of ['date', 'amountMinor'] as const) if (!seenFields.has(required)) add(['fields'], `must include '${required}'`);
  const batchIds = new Set<string>();
  p.batches.forEach((b, i) => {
    if (batchIds.has(b.id)) add(['batches', i, 'id'], `the batch id '${b.id}' is used twice`);
    batchIds.add(b.id);
  });
  const n = p.fields.length;
  for (let r = 0; r < p.rows.length && issues.length < MAX_ISSUES; r++) {
    const row = p.rows[r]!;
    if (row.length !== n) {
      add(['rows', r], `has ${row.length} values but fields has ${n}`);
      continue;
    }
    for (let c = 0; c < n; c++) {
      const field = p.fields[c]!;
      const problem = cellProblem(field, row[c], batchIds);
      if (problem) add(['rows', r, c], `(${field}) ${problem}`);
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
