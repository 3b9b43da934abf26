/**
 * A damaged plan file's problems are put into words in the reader's language: every kind of schema
 * problem has its sentence in all four languages, and no English from the reader (nor the schema
 * library's own phrasing) reaches a Swedish, Danish or Finnish reader.
 */
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { readPlanFile, writePlanFile, type PlanFileIssue } from '../../../shared/planfile';
import { RESOURCES } from '../../../renderer/src/i18n';
import { planFileIssueWords } from '../../../renderer/src/views/planFileIssueWords';
import { smallPlan } from '../../fixtures/smallPlan';

async function tFor(lng: keyof typeof RESOURCES): Promise<TFunction> {
  const i = createInstance();
  await i.init({ resources: { [lng]: { translation: RESOURCES[lng] } }, lng, fallbackLng: false, interpolation: { escapeValue: false } });
  return i.t;
}

/** A plan file with one problem of each kind the schema check and the purchases check report. */
function damagedIssues(): PlanFileIssue[] {
  const file = JSON.parse(writePlanFile(smallPlan())) as { plan: Record<string, unknown> & { kitchens: Record<string, unknown>[]; offers: Record<string, unknown>[] } };
  const plan = file.plan;
  plan.kitchens[0]!.meals = { ...(plan.kitchens[0]!.meals as object), lunch: -5 };
  plan.offers[0]!.pricePerKgMinor = '100';
  delete plan.kitchens[0]!.sector;
  plan.kitchens[0]!.calendar = 'sometimes';
  plan.extra = 1;
  (plan.meta as Record<string, unknown>).planDate = '2025-13-01';
  const r = readPlanFile(JSON.stringify(file, null, 2));
  if (r.ok) throw new Error('the damaged file was read');
  const purchases = JSON.parse(writePlanFile(smallPlan(), { batches: [], fields: ['batch', 'date', 'product'], rows: [] })) as Record<string, unknown>;
  purchases.purchases = { batches: [], fields: ['batch', 'product', 'product'], rows: [['b', 'x', 'y'], ['b']] };
  const p = readPlanFile(JSON.stringify(purchases));
  if (p.ok) throw new Error('the damaged purchases were read');
  return [...r.issues, ...p.issues];
}

describe('plan file problems in words', () => {
  const issues = damagedIssues();
  const number = (n: number) => String(n);

  it('covers the problem kinds a damaged file produces', () => {
    const kinds = new Set(issues.map((i) => i.problem?.kind));
    for (const k of ['tooSmall', 'wrongKind', 'unknownFields', 'notAllowed', 'duplicate', 'requiredField', 'unknownBatch', 'rowLength']) expect(kinds, k).toContain(k);
  });

  it('says each in Swedish, Danish and Finnish without an English word of the reader', async () => {
    for (const lng of ['sv', 'da', 'fi'] as const) {
      const t = await tFor(lng);
      for (const i of issues) {
        const s = planFileIssueWords(t, i, number);
        expect(s, `${lng}: ${i.message}`).not.toMatch(/\bmust\b|\bmissing\b|Invalid input|received|planFile\./);
        expect(s).toContain(i.path);
      }
    }
  });

  it('says the kitchen’s lunch problem as a Swedish planner reads it', async () => {
    const t = await tFor('sv');
    const lunch = issues.find((i) => i.path === '$.plan.kitchens[0].meals.lunch')!;
    expect(planFileIssueWords(t, lunch, number)).toBe('Vid $.plan.kitchens[0].meals.lunch (post k1): det ska vara minst 0');
    const sector = issues.find((i) => i.path === '$.plan.kitchens[0].sector')!;
    expect(planFileIssueWords(t, sector, number)).toMatch(/^Vid \$\.plan\.kitchens\[0\]\.sector \(post k1\): värdet saknas/);
  });
});
