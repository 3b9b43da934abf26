/**
 * Purchase lines in plan files (docs/plan-file.md "Purchase lines"): optional, one row per line,
 * byte-stable round trips, and each bad cell named by its JSON path.
 */
import { describe, expect, it } from 'vitest';
import { PURCHASE_FIELDS } from '../../../shared/model/schema';
import type { PlanFilePurchases } from '../../../shared/model/types';
import { readPlanFile, writePlanFile } from '../../../shared/planfile';
import { dataToRows, rowsToData } from '../../../shared/import/purchaseRows';
import { smallPlan } from '../../fixtures/smallPlan';

const purchases: PlanFilePurchases = {
  batches: [{ id: 'batch-1', sourceFile: 'inköp 2025.csv', importedAt: '2026-01-15T10:00:00.000Z', rowCount: 2 }],
  fields: [...PURCHASE_FIELDS],
  rows: [
    ['batch-1', 2, '2025-01-02', 'Södertälje', 'Björkskolan', 'Arla', 'Mjölk 1 l', 'milk', 120, 'l', 120, 123450, true, 'SE'],
    ['batch-1', 3, '2025-01-03', 'Södertälje', 'Björkskolan', 'Arla', 'Ägg', '', 30, 'st', null, -5000, false, ''],
  ],
};

describe('purchase lines in a plan file', () => {
  it('a plan without purchase lines is written exactly as before', () => {
    const plan = smallPlan();
    const text = writePlanFile(plan);
    expect(text).not.toContain('"purchases"');
    expect(text.endsWith('\n  }\n}\n')).toBe(true);
    const read = readPlanFile(text);
    expect(read.ok && read.purchases).toBeUndefined();
  });

  it('round-trips byte for byte, one row per line', () => {
    const text = writePlanFile(smallPlan(), purchases);
    expect(text).toContain('\n      ["batch-1",2,"2025-01-02","Södertälje","Björkskolan","Arla","Mjölk 1 l","milk",120,"l",120,123450,true,"SE"],\n');
    const read = readPlanFile(text);
    if (!read.ok) throw new Error(read.issues[0]!.message);
    expect(read.purchases).toEqual(purchases);
    expect(writePlanFile(read.plan, read.purchases)).toBe(text);
    // Also when the file had no rows.
    const empty = writePlanFile(smallPlan(), { ...purchases, batches: [], rows: [] });
    const again = readPlanFile(empty);
    expect(again.ok && writePlanFile(again.plan, again.purchases)).toBe(empty);
  });

  it('names every bad cell by its JSON path', () => {
    const bad = structuredClone(purchases);
    bad.rows[0]![2] = '2025-13-01';
    bad.rows[1]![11] = 12.5;
    bad.rows.push(['batch-2', 1, '2025-01-01', '', '', '', '', '', null, '', null, 1, false, '']);
    bad.rows.push(['batch-1', 1]);
    const text = writePlanFile(smallPlan(), bad);
    const read = readPlanFile(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues.map((i) => i.message)).toEqual([
      '$.purchases.rows[0][2] (date) must be a date written YYYY-MM-DD.',
      '$.purchases.rows[1][11] (amountMinor) must be a whole number of minor units (öre, øre, cent).',
      '$.purchases.rows[2][0] (batch) must be the id of one of $.purchases.batches.',
      '$.purchases.rows[3] has 2 values but fields has 14.',
    ]);
    // The same problems as data, for the app to word in the user's language.
    expect(!read.ok && read.issues.map((i) => i.problem)).toEqual([
      { kind: 'format', format: 'date' },
      { kind: 'wrongKind', expected: 'minorUnits' },
      { kind: 'unknownBatch' },
      { kind: 'rowLength', has: 2, expected: 14 },
    ]);
  });

  it('needs the date and the amount among the fields', () => {
    const text = writePlanFile(smallPlan(), { batches: [], fields: ['batch', 'product'], rows: [] });
    const read = readPlanFile(text);
    expect(!read.ok && read.issues.map((i) => i.message)).toEqual(["$.purchases.fields must include 'date'.", "$.purchases.fields must include 'amountMinor'."]);
  });

  it('converts between rows and column chunks both ways', () => {
    const data = rowsToData(purchases).get('batch-1')!;
    expect(dataToRows('batch-1', data)).toEqual(purchases.rows);
  });
});
