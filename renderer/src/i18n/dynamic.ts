import type { TFunction } from 'i18next';

/**
 * Translates a key computed at run time (a warning code, a notice stored in state). The key
 * check that `t('literal')` gets at compile time is done for these by the i18n completeness test,
 * which lists every dynamic key family.
 */
export function tDynamic(t: TFunction, key: string, values?: Record<string, unknown>): string {
  return (t as unknown as (k: string, v?: Record<string, unknown>) => string)(key, values);
}
