/**
 * The import's texts are looked up from codes at run time (problems, fields, targets): each code
 * must have its text in every language (the i18n completeness test then checks sv, da, fi).
 */
import { describe, expect, it } from 'vitest';
import { FIELD_IDS, IMPORT_TARGETS } from '../../../shared/import/fields';
import { PROBLEM_CODES } from '../../../shared/import/problems';
import { RESOURCES } from '../../../renderer/src/i18n';

const en = RESOURCES.en as unknown as { import: { problem: Record<string, string>; field: Record<string, string>; title: Record<string, string> } };

describe('import texts', () => {
  it.each([
    ['problem', PROBLEM_CODES],
    ['field', FIELD_IDS],
    ['title', IMPORT_TARGETS],
  ] as const)('has a text for every %s code', (family, codes) => {
    for (const code of codes) expect(en.import[family][code], `import.${family}.${code}`).toBeTruthy();
  });
});
