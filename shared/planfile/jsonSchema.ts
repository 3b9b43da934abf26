/**
 * The plan file's JSON Schema, generated from the zod schema (docs/plan-file.schema.json;
 * regenerate with `npx tsx scripts/generate-plan-schema.ts`).
 */
import { z } from 'zod';
import { PLAN_FORMAT_VERSION, planFileSchema } from '../model/schema';

export const PLAN_SCHEMA_ID = 'urn:maltid:plan-file';

export function generatePlanJsonSchema(): string {
  const { $schema, ...schema } = z.toJSONSchema(planFileSchema, { target: 'draft-2020-12' });
  const out = {
    $schema,
    $id: PLAN_SCHEMA_ID,
    title: `Måltid plan file, format version ${PLAN_FORMAT_VERSION}`,
    description: 'A Måltid workspace: organisations, kitchens, food categories, meal profiles, suppliers, offers, contracts, budgets, thresholds and scenarios. Money is integer minor units; see docs/plan-file.md.',
    ...schema,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
