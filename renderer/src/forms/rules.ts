/**
 * Field validation for forms and table cells. The bounds come from the plan schema itself
 * (shared/model/schema.ts), so that a value the form accepts is always a value the plan file
 * accepts, and the message can name the allowed range.
 */
import type { z } from 'zod';
import { parseLocaleNumber } from '../../../shared/format/parse';
import type { Language } from '../../../shared/model/enums';

export interface FieldError {
  /** i18n key under `validation.` */
  key: 'required' | 'notANumber' | 'range' | 'min' | 'integer' | 'tooLong' | 'percentRange' | 'date' | 'dateOrder';
  values: Record<string, string | number>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: FieldError };

export interface NumberRule {
  min: number;
  max: number;
  integer: boolean;
}

/** Reads min, max and integer-ness off a zod number schema. */
export function numberRule(schema: z.ZodNumber): NumberRule {
  return {
    min: schema.minValue ?? -Number.MAX_SAFE_INTEGER,
    max: schema.maxValue ?? Number.MAX_SAFE_INTEGER,
    integer: schema.isInt ?? false,
  };
}

export function parseNumberField(text: string, rule: NumberRule, language: Language, required = true): Parsed<number | null> {
  if (text.trim() === '') {
    return required ? { ok: false, error: { key: 'required', values: {} } } : { ok: true, value: null };
  }
  const value = parseLocaleNumber(text, language);
  if (value === null) return { ok: false, error: { key: 'notANumber', values: {} } };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, error: { key: 'integer', values: {} } };
  if (value < rule.min || value > rule.max) {
    return { ok: false, error: { key: 'range', values: { min: rule.min, max: rule.max } } };
  }
  return { ok: true, value };
}

/** A share typed as a percentage (0–100) and stored as a fraction (0–1). */
export function parsePercentField(text: string, language: Language, maxPercent = 100): Parsed<number> {
  const parsed = parseNumberField(text.replace('%', ''), { min: 0, max: maxPercent, integer: false }, language);
  if (!parsed.ok) {
    return parsed.error.key === 'range'
      ? { ok: false, error: { key: 'percentRange', values: { min: 0, max: maxPercent } } }
      : parsed;
  }
  return { ok: true, value: (parsed.value ?? 0) / 100 };
}

export function parseTextField(text: string, maxLength: number, required = true): Parsed<string> {
  const value = text.trim();
  if (required && value === '') return { ok: false, error: { key: 'required', values: {} } };
  if (value.length > maxLength) return { ok: false, error: { key: 'tooLong', values: { max: maxLength } } };
  return { ok: true, value };
}
