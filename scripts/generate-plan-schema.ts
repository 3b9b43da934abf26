/**
 * Writes docs/plan-file.schema.json from the plan schema (shared/model/schema.ts).
 * Run: npx tsx scripts/generate-plan-schema.ts
 * A unit test (test/unit/planfile/jsonSchema.test.ts) fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generatePlanJsonSchema } from '../shared/planfile';

const target = resolve(import.meta.dirname, '..', 'docs', 'plan-file.schema.json');
writeFileSync(target, generatePlanJsonSchema());
console.log(`Wrote ${target}`);
