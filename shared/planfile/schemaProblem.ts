/**
 * A schema problem of a plan file as data the app can put into words in the user's language, and the
 * English sentence the command line prints. Built from zod's issue (never zod's own English text, which
 * says things like "received undefined").
 */
import type { z } from 'zod';

export type ValueKind =
  | 'number'
  | 'wholeNumber'
  | 'text'
  | 'trueFalse'
  | 'list'
  | 'record'
  | 'nothing'
  /** A number or null (an unknown quantity). */
  | 'numberOrNothing'
  /** A whole number of 0 or more, or null (a line number). */
  | 'countOrNothing'
  /** A whole number of minor units (öre, øre, cent). */
  | 'minorUnits'
  | 'other';

export type SchemaProblem =
  /** The field is not there. */
  | { kind: 'missing'; expected: ValueKind }
  /** The field holds the wrong kind of value. */
  | { kind: 'wrongKind'; expected: ValueKind }
  | { kind: 'tooSmall'; limit: number; of: 'value' | 'length' | 'items' }
  | { kind: 'tooLarge'; limit: number; of: 'value' | 'length' | 'items' }
  /** One of a fixed list of values (`missing`: the field is not there at all). */
  | { kind: 'notAllowed'; allowed: string[]; missing: boolean }
  | { kind: 'unknownFields'; fields: string[] }
  | { kind: 'format'; format: 'date' | 'id' | 'countryCode' | 'other' }
  /** The same value (a field name, a batch id) is listed twice. */
  | { kind: 'duplicate'; value: string }
  /** A list of fields lacks one that must be there. */
  | { kind: 'requiredField'; field: string }
  /** A purchase row with a different number of values than the fields list. */
  | { kind: 'rowLength'; has: number; expected: number }
  /** A purchase row names a batch the file does not list. */
  | { kind: 'unknownBatch' }
  | { kind: 'other' };

const KINDS: Record<string, ValueKind> = {
  number: 'number',
  int: 'wholeNumber',
  string: 'text',
  boolean: 'trueFalse',
  array: 'list',
  object: 'record',
  null: 'nothing',
};

const ISO_DATE_SOURCE = String.raw`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`;

function formatOf(pattern: unknown): 'date' | 'id' | 'countryCode' | 'other' {
  const p = pattern instanceof RegExp ? pattern.source : typeof pattern === 'string' ? pattern : '';
  if (p.includes(ISO_DATE_SOURCE)) return 'date';
  if (p.includes('A-Za-z0-9_.:-')) return 'id';
  if (p.includes('[A-Z]{2}')) return 'countryCode';
  return 'other';
}

function measureOf(origin: unknown): 'value' | 'length' | 'items' {
  return origin === 'string' ? 'length' : origin === 'array' || origin === 'set' ? 'items' : 'value';
}

/** `present`: whether the path exists in the file (zod does not say "missing" by itself). */
export function schemaProblemOf(zi: z.core.$ZodIssue, present: boolean): SchemaProblem {
  switch (zi.code) {
    case 'invalid_type': {
      const expected = KINDS[zi.expected] ?? 'other';
      return present ? { kind: 'wrongKind', expected } : { kind: 'missing', expected };
    }
    case 'too_small':
      return { kind: 'tooSmall', limit: Number(zi.minimum), of: measureOf(zi.origin) };
    case 'too_big':
      return { kind: 'tooLarge', limit: Number(zi.maximum), of: measureOf(zi.origin) };
    case 'invalid_value':
      return { kind: 'notAllowed', allowed: zi.values.map((v) => String(v)), missing: !present };
    case 'unrecognized_keys':
      return { kind: 'unknownFields', fields: [...zi.keys] };
    case 'invalid_format':
      return { kind: 'format', format: formatOf((zi as { pattern?: unknown }).pattern) };
    case 'invalid_union':
      return present ? { kind: 'other' } : { kind: 'missing', expected: 'other' };
    default:
      return { kind: 'other' };
  }
}

const KIND_WORDS: Record<ValueKind, string> = {
  number: 'a number',
  wholeNumber: 'a whole number',
  text: 'a text',
  trueFalse: 'true or false',
  list: 'a list',
  record: 'a record with fields',
  nothing: 'null',
  numberOrNothing: 'a number or null',
  countOrNothing: 'a whole number of 0 or more, or null',
  minorUnits: 'a whole number of minor units (öre, øre, cent)',
  other: 'a different kind of value',
};

/** The problem in an English sentence fragment, e.g. "is missing: it must be a number". */
export function schemaProblemText(p: SchemaProblem): string {
  const measure = (of: 'value' | 'length' | 'items', limit: number) => (of === 'length' ? `${limit} characters` : of === 'items' ? `${limit} entries` : String(limit));
  switch (p.kind) {
    case 'missing':
      return p.expected === 'other' ? 'is missing' : `is missing: it must be ${KIND_WORDS[p.expected]}`;
    case 'wrongKind':
      return `must be ${KIND_WORDS[p.expected]}`;
    case 'tooSmall':
      return `must be at least ${measure(p.of, p.limit)}`;
    case 'tooLarge':
      return `must be at most ${measure(p.of, p.limit)}`;
    case 'notAllowed':
      return `${p.missing ? 'is missing: it ' : ''}must be one of ${p.allowed.map((v) => `'${v}'`).join(', ')}`;
    case 'unknownFields':
      return `has fields a plan file does not have: ${p.fields.map((f) => `'${f}'`).join(', ')}`;
    case 'format':
      return p.format === 'date'
        ? 'must be a date written YYYY-MM-DD'
        : p.format === 'id'
          ? 'must be an id of letters, digits and _ . : - only'
          : p.format === 'countryCode'
            ? 'must be a two-letter country code such as SE'
            : 'is not written in the expected form';
    case 'duplicate':
      return `lists '${p.value}' twice`;
    case 'requiredField':
      return `must include '${p.field}'`;
    case 'rowLength':
      return `has ${p.has} values but fields has ${p.expected}`;
    case 'unknownBatch':
      return 'must be the id of one of $.purchases.batches';
    case 'other':
      return 'is not a value a plan file can hold';
  }
}
