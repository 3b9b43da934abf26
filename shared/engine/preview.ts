/**
 * The kg a year the plan's meal profiles imply for its kitchens, by food category: the live
 * preview beside the meal-profile editor. It is the engine's own demand (a one-year municipal
 * scenario evaluated as usual), not a second formula, so the preview always equals what the
 * scenarios will use.
 */
import { createScenario } from '../model/defaults';
import type { Plan } from '../model/types';
import { evaluate } from './evaluate';

const PREVIEW_ID = '__preview__';

export function kgPerYearByCategory(plan: Plan, year: number): Map<string, number> {
  const scenario = { ...createScenario(plan, { id: PREVIEW_ID, name: PREVIEW_ID, kind: 'municipal', startYear: year }), years: 1 };
  const result = evaluate({ ...plan, scenarios: [scenario] }, PREVIEW_ID);
  const out = new Map<string, number>();
  for (const row of result.categories) out.set(row.categoryId, (out.get(row.categoryId) ?? 0) + row.kg);
  return out;
}
