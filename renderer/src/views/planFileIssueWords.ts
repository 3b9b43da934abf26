import type { TFunction } from 'i18next';
import type { PlanFileIssue, SchemaProblem } from '../../../shared/planfile';
import { PLAN_FILE_MAX_CHARS } from '../../../shared/planfile';
import { tDynamic } from '../i18n/dynamic';

/** What is wrong at a place in a plan file, in the reader's language (keys planFile.schemaProblem.*). */
export function schemaProblemWords(t: TFunction, p: SchemaProblem, number: (n: number) => string): string {
  const kind = (k: string) => tDynamic(t, `planFile.valueKind.${k}`);
  const quoted = (items: string[]) => items.map((v) => `'${v}'`).join(', ');
  switch (p.kind) {
    case 'missing':
      return p.expected === 'other' ? t('planFile.schemaProblem.missingAny') : t('planFile.schemaProblem.missing', { expected: kind(p.expected) });
    case 'wrongKind':
      return t('planFile.schemaProblem.wrongKind', { expected: kind(p.expected) });
    case 'tooSmall':
    case 'tooLarge':
      return tDynamic(t, `planFile.schemaProblem.${p.kind}_${p.of}`, { limit: number(p.limit) });
    case 'notAllowed':
      return p.missing ? t('planFile.schemaProblem.notAllowedMissing', { allowed: quoted(p.allowed) }) : t('planFile.schemaProblem.notAllowed', { allowed: quoted(p.allowed) });
    case 'unknownFields':
      return t('planFile.schemaProblem.unknownFields', { fields: quoted(p.fields) });
    case 'format':
      return tDynamic(t, `planFile.schemaProblem.format_${p.format}`);
    case 'duplicate':
      return t('planFile.schemaProblem.duplicate', { value: p.value });
    case 'requiredField':
      return t('planFile.schemaProblem.requiredField', { field: p.field });
    case 'rowLength':
      return t('planFile.schemaProblem.rowLength', { has: number(p.has), expected: number(p.expected) });
    case 'unknownBatch':
      return t('planFile.schemaProblem.unknownBatch');
    case 'other':
      return t('planFile.schemaProblem.other');
  }
}

/** One problem of a plan file as a sentence in the reader's language (never the reader's English). */
export function planFileIssueWords(t: TFunction, i: PlanFileIssue, number: (n: number) => string): string {
  if (i.code === 'schema' && i.problem) {
    const detail = schemaProblemWords(t, i.problem, number);
    return i.recordId !== undefined ? t('planFile.issues.schemaRecord', { path: i.path, record: i.recordId, detail }) : t('planFile.issues.schema', { path: i.path, detail });
  }
  return tDynamic(t, `planFile.issues.${i.code}`, {
    path: i.path,
    max: number(PLAN_FILE_MAX_CHARS / 1024 / 1024),
    // Only schema issues without structured data (none are made today) fall back to the English line.
    detail: i.message,
    line: i.line ?? '',
    column: i.column ?? '',
  });
}
