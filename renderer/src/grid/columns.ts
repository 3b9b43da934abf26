/**
 * Builders for the usual kinds of register columns, so that each register only says which
 * field a column shows and its rules. Numbers are read in the user's language and checked
 * against the plan schema's bounds; money is typed in major units and stored in minor units.
 */
import type { Formatter } from '../../../shared/format';
import type { Language } from '../../../shared/model/enums';
import { numberRule, parseNumberField, parsePercentField, parseTextField, type FieldError, type NumberRule } from '../forms/rules';
import type { ColumnDef, Option } from './types';
import type { z } from 'zod';
import { formatDateText, parseDateText } from '../format/dates';

export interface ColumnContext {
  language: Language;
  f: Formatter;
  yes: string;
  no: string;
}

interface Base<T> {
  id: string;
  header: string;
  fieldName?: string;
  width?: number;
  enabled?: (row: T) => boolean;
}

export function textColumn<T>(
  o: Base<T> & { get(row: T): string; set?(row: T, value: string): T; maxLength?: number; required?: boolean },
): ColumnDef<T> {
  const set = o.set;
  return {
    id: o.id,
    header: o.header,
    fieldName: o.fieldName ?? o.header,
    width: o.width ?? 200,
    display: o.get,
    sortValue: o.get,
    ...(set
      ? {
          edit: {
            kind: 'text' as const,
            initialText: o.get,
            parse: (text: string) => parseTextField(text, o.maxLength ?? 200, o.required ?? true),
            apply: (row: T, value: unknown) => (value === o.get(row) ? null : set(row, value as string)),
            ...(o.enabled ? { enabled: o.enabled } : {}),
          },
        }
      : {}),
  };
}

export function numberColumn<T>(
  ctx: ColumnContext,
  o: Base<T> & {
    get(row: T): number | null;
    set?(row: T, value: number | null): T;
    rule: NumberRule | z.ZodNumber;
    decimals?: number;
    optional?: boolean;
    /** Shown when the value is null (e.g. "no limit"). */
    nullText?: string;
    /** False for years and codes, which are written without thousands separators. */
    grouping?: boolean;
  },
): ColumnDef<T> {
  const rule = 'min' in o.rule && 'integer' in o.rule ? o.rule : numberRule(o.rule);
  const decimals = o.decimals ?? 2;
  const show = (row: T) => {
    const v = o.get(row);
    return v === null ? (o.nullText ?? '') : ctx.f.number(v, decimals, o.grouping ?? true);
  };
  const set = o.set;
  return {
    id: o.id,
    header: o.header,
    fieldName: o.fieldName ?? o.header,
    width: o.width ?? 120,
    align: 'right',
    display: show,
    sortValue: (row) => o.get(row) ?? Number.POSITIVE_INFINITY,
    ...(set
      ? {
          edit: {
            kind: 'text' as const,
            initialText: (row: T) => {
              const v = o.get(row);
              return v === null ? '' : ctx.f.number(v, Math.max(decimals, 6)).replace(/[\s\u00a0\u202f]/g, '');
            },
            parse: (text: string) => parseNumberField(text, rule, ctx.language, !o.optional),
            apply: (row: T, value: unknown) => (value === o.get(row) ? null : set(row, value as number | null)),
            ...(o.enabled ? { enabled: o.enabled } : {}),
          },
        }
      : {}),
  };
}

/** A fraction shown and typed as a percentage. */
export function percentColumn<T>(
  ctx: ColumnContext,
  o: Base<T> & { get(row: T): number; set?(row: T, value: number): T; maxPercent?: number },
): ColumnDef<T> {
  const set = o.set;
  return {
    id: o.id,
    header: o.header,
    fieldName: o.fieldName ?? o.header,
    width: o.width ?? 110,
    align: 'right',
    display: (row) => ctx.f.percent(o.get(row), 1, 0),
    sortValue: o.get,
    ...(set
      ? {
          edit: {
            kind: 'text' as const,
            initialText: (row: T) => ctx.f.number(o.get(row) * 100, 4).replace(/[\s\u00a0\u202f]/g, ''),
            parse: (text: string) => parsePercentField(text, ctx.language, o.maxPercent ?? 100),
            apply: (row: T, value: unknown) => (Math.abs((value as number) - o.get(row)) < 1e-12 ? null : set(row, value as number)),
            ...(o.enabled ? { enabled: o.enabled } : {}),
          },
        }
      : {}),
  };
}

/** Money typed in major units (kronor, euro) and stored in integer minor units. */
export function moneyColumn<T>(
  ctx: ColumnContext,
  o: Base<T> & { get(row: T): number; set?(row: T, minor: number): T; maxMinor: number; decimals?: 0 | 2 },
): ColumnDef<T> {
  const decimals = o.decimals ?? 2;
  const rule: NumberRule = { min: 0, max: o.maxMinor / 100, integer: false };
  const set = o.set;
  return {
    id: o.id,
    header: o.header,
    fieldName: o.fieldName ?? o.header,
    width: o.width ?? 140,
    align: 'right',
    display: (row) => ctx.f.fixed(o.get(row) / 100, decimals),
    sortValue: o.get,
    ...(set
      ? {
          edit: {
            kind: 'text' as const,
            initialText: (row: T) => ctx.f.number(o.get(row) / 100, 2).replace(/[\s\u00a0\u202f]/g, ''),
            parse: (text: string) => {
              const p = parseNumberField(text, rule, ctx.language);
              return p.ok ? { ok: true as const, value: Math.round((p.value ?? 0) * 100) } : p;
            },
            apply: (row: T, value: unknown) => (value === o.get(row) ? null : set(row, value as number)),
            ...(o.enabled ? { enabled: o.enabled } : {}),
          },
        }
      : {}),
  };
}

export function selectColumn<T>(
  o: Base<T> & { options: Option[]; get(row: T): string; set?(row: T, value: string): T; filterable?: boolean; emptyLabel?: string },
): ColumnDef<T> {
  const label = (v: string) => o.options.find((x) => x.value === v)?.label ?? (v === '' ? (o.emptyLabel ?? '') : v);
  const set = o.set;
  return {
    id: o.id,
    header: o.header,
    fieldName: o.fieldName ?? o.header,
    width: o.width ?? 170,
    display: (row) => label(o.get(row)),
    sortValue: (row) => label(o.get(row)),
    ...(set
      ? {
          edit: {
            kind: 'select' as const,
            options: o.options,
            initialText: o.get,
            parse: (text: string) => ({ ok: true as const, value: text }),
            apply: (row: T, value: unknown) => (value === o.get(row) ? null : set(row, value as string)),
            ...(o.enabled ? { enabled: o.enabled } : {}),
          },
        }
      : {}),
    ...(o.filterable ? { filter: { options: o.options, value: o.get } } : {}),
  };
}

export function checkboxColumn<T>(ctx: ColumnContext, o: Base<T> & { get(row: T): boolean; set?(row: T, value: boolean): T; filterable?: boolean }): ColumnDef<T> {
  const set = o.set;
  const options = [
    { value: 'true', label: ctx.yes },
    { value: 'false', label: ctx.no },
  ];
  return {
    id: o.id,
    header: o.header,
    fieldName: o.fieldName ?? o.header,
    width: o.width ?? 90,
    display: (row) => (o.get(row) ? ctx.yes : ctx.no),
    sortValue: (row) => (o.get(row) ? 1 : 0),
    ...(set
      ? {
          edit: {
            kind: 'checkbox' as const,
            initialText: (row: T) => String(o.get(row)),
            parse: (text: string) => ({ ok: true as const, value: text === 'true' }),
            apply: (row: T, value: unknown) => (value === o.get(row) ? null : set(row, value === true || value === 'true')),
            ...(o.enabled ? { enabled: o.enabled } : {}),
          },
        }
      : {}),
    ...(o.filterable ? { filter: { options, value: (row: T) => String(o.get(row)) } } : {}),
  };
}

/** A computed, read-only column (days to expiry, number of offers…). */
export function readonlyColumn<T>(o: Base<T> & { display(row: T): string; sortValue(row: T): string | number; align?: 'left' | 'right' }): ColumnDef<T> {
  return {
    id: o.id,
    header: o.header,
    fieldName: o.fieldName ?? o.header,
    width: o.width ?? 140,
    ...(o.align ? { align: o.align } : {}),
    display: o.display,
    sortValue: o.sortValue,
  };
}

/** A calendar date, typed and shown in the language's format, stored as ISO (YYYY-MM-DD). */
export function dateColumn<T>(
  ctx: ColumnContext,
  o: Base<T> & {
    get(row: T): string;
    set?(row: T, iso: string): T;
    optional?: boolean;
    example: string;
    validate?(row: T, iso: string): FieldError | null;
  },
): ColumnDef<T> {
  const set = o.set;
  const show = (row: T) => (o.get(row) ? formatDateText(o.get(row), ctx.language) : '');
  return {
    id: o.id,
    header: o.header,
    fieldName: o.fieldName ?? o.header,
    width: o.width ?? 130,
    display: show,
    sortValue: o.get,
    ...(set
      ? {
          edit: {
            kind: 'text' as const,
            initialText: show,
            parse: (text: string) => {
              if (!text.trim() && o.optional) return { ok: true as const, value: '' };
              const iso = parseDateText(text, ctx.language);
              return iso ? { ok: true as const, value: iso } : { ok: false as const, error: { key: 'date' as const, values: { example: o.example } } };
            },
            apply: (row: T, value: unknown) => (value === o.get(row) ? null : set(row, value as string)),
            ...(o.validate ? { validate: (row: T, value: unknown) => o.validate!(row, value as string) } : {}),
            ...(o.enabled ? { enabled: o.enabled } : {}),
          },
        }
      : {}),
  };
}
