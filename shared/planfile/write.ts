/**
 * Writing a plan file: canonical JSON, so that the same plan always gives the same bytes and
 * reading a file then writing it again gives the same bytes. Object keys in schema order (the
 * order the schema's parse gives); a meal profile's grams in the order of the plan's food
 * categories (then any other keys sorted); 2-space indent; a trailing newline.
 */
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, planFileSchema } from '../model/schema';
import type { Plan } from '../model/types';

export function writePlanFile(plan: Plan): string {
  const file = planFileSchema.parse({ format: PLAN_FORMAT, formatVersion: PLAN_FORMAT_VERSION, plan });
  const order = new Map(file.plan.foodCategories.map((c, i) => [c.id, i]));
  const rank = (id: string) => order.get(id) ?? Infinity;
  for (const p of file.plan.mealProfiles) {
    p.grams = Object.fromEntries(Object.entries(p.grams).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)));
  }
  return JSON.stringify(file, null, 2) + '\n';
}
