/**
 * docs/plan-file.schema.json is generated from the zod schema and committed; this test fails when
 * the committed file is stale.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlanJsonSchema } from '../../../shared/planfile';

describe('plan file JSON Schema', () => {
  it('the committed docs/plan-file.schema.json equals the generated schema', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../../docs/plan-file.schema.json'), 'utf8');
    const generated = generatePlanJsonSchema();
    if (committed !== generated) {
      expect.fail('docs/plan-file.schema.json is out of date with shared/model/schema.ts: run `npx tsx scripts/generate-plan-schema.ts` and commit the result.');
    }
  });

  it('describes the format, its version and every plan table', () => {
    const schema = JSON.parse(generatePlanJsonSchema()) as { properties: { format: { const: string }; formatVersion: { const: number }; plan: { required: string[] } } };
    expect(schema.properties.format.const).toBe('maltid-plan');
    expect(schema.properties.formatVersion.const).toBe(1);
    expect(schema.properties.plan.required).toEqual(['meta', 'organisations', 'kitchens', 'foodCategories', 'mealProfiles', 'suppliers', 'offers', 'contracts', 'budgets', 'thresholds', 'scenarios']);
  });
});
