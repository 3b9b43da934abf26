/**
 * Writing a plan file: canonical JSON, so that the same plan always gives the same bytes and
 * reading a file then writing it again gives the same bytes. Object keys in schema order (the
 * order the schema's parse gives); a meal profile's grams in the order of the plan's food
 * categories (then any other keys sorted); 2-space indent; a trailing newline.
 */
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, planFileSchema } from '../model/schema';
import type { Plan, PlanFilePurchases } from '../model/types';
import { writePurchasesMember } from './purchases';

/**
 * The plan file text. Purchase lines, when given, follow the plan as the `purchases` member, one
 * row per line (./purchases.ts); they are not parsed again here (a million rows), only their
 * batches, so the caller passes lines that were read and checked (readPlanFile) or built by the
 * import.
 */
export function writePlanFile(plan: Plan, purchases?: PlanFilePurchases): string {
  const file = planFileSchema.parse({ format: PLAN_FORMAT, formatVersion: PLAN_FORMAT_VERSION, plan });
  const order = new Map(file.plan.foodCategories.map((c, i) => [c.id, i]));
  const rank = (id: string) => order.get(id) ?? Infinity;
  for (const p of file.plan.mealProfiles) {
    p.grams = Object.fromEntries(Object.entries(p.grams).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)));
  }
  const text = JSON.stringify(file, null, 2);
  if (!purchases) return text + '\n';
  // The plan object ends with "\n}": the purchases member goes before that last brace.
  return `${text.slice(0, -2)},\n${writePurchasesMember(purchases)}\n}\n`;
}
