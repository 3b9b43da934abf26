/**
 * Import problems as sentences in the user's language: where (file, row, field) and what, from
 * the codes of shared/import/problems.ts. Numbers in them are formatted for the language.
 */
import type { TFunction } from 'i18next';
import { FIELD_IDS, type FieldId } from '../../../shared/import/fields';
import type { ImportProblem } from '../../../shared/import/problems';
import type { Formatter } from '../../../shared/format';
import { tDynamic } from '../i18n/dynamic';

export function fieldName(t: TFunction, field: FieldId): string {
  return tDynamic(t, `import.field.${field}`);
}

export function problemWhere(t: TFunction, p: ImportProblem, fileName: string): string {
  const field = p.field ? fieldName(t, p.field) : '';
  if (p.line !== undefined && field) return t('import.where.rowField', { file: fileName, line: p.line, field });
  if (p.line !== undefined) return t('import.where.row', { file: fileName, line: p.line });
  if (field) return t('import.where.field', { file: fileName, field });
  return t('import.where.file', { file: fileName });
}

export function problemText(t: TFunction, f: Formatter, p: ImportProblem, fileName: string): string {
  const list = (p.list ?? []).map((x) => ((FIELD_IDS as readonly string[]).includes(x) ? fieldName(t, x as FieldId) : x)).join(', ');
  const what = tDynamic(t, `import.problem.${p.code}`, {
    value: p.value ?? '',
    min: p.min === undefined ? '' : f.number(p.min, 6),
    max: p.max === undefined ? '' : f.number(p.max, 6),
    count: p.count ?? 0,
    expected: p.expected ?? 0,
    otherLine: p.otherLine ?? 0,
    list,
  });
  return `${problemWhere(t, p, fileName)}: ${what}`;
}
