import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kitchenSchema, mealsPerDaySchema } from '../../../shared/model/schema';
import { numberRule, parseNumberField, parsePercentField, parseTextField } from '../../../renderer/src/forms/rules';

describe('field rules come from the plan schema', () => {
  it('reads bounds and whole-number rules off the schema', () => {
    expect(numberRule(kitchenSchema.shape.serviceDays)).toEqual({ min: 0, max: 366, integer: true });
    expect(numberRule(mealsPerDaySchema.shape.lunch)).toEqual({ min: 0, max: 100_000, integer: false });
  });

  it('accepts exactly the values the schema accepts', () => {
    const rule = numberRule(kitchenSchema.shape.serviceDays);
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (n) => {
        const parsed = parseNumberField(String(n), rule, 'en');
        expect(parsed.ok).toBe(kitchenSchema.shape.serviceDays.safeParse(n).success);
      }),
      { numRuns: 500 },
    );
  });
});

describe('required, optional and text fields', () => {
  it('says an empty required field is required, and an empty optional one is null', () => {
    const rule = { min: 0, max: 10, integer: false };
    expect(parseNumberField('  ', rule, 'sv')).toEqual({ ok: false, error: { key: 'required', values: {} } });
    expect(parseNumberField('', rule, 'sv', false)).toEqual({ ok: true, value: null });
  });

  it('trims text and limits its length', () => {
    expect(parseTextField('  Björkskolan ', 200)).toEqual({ ok: true, value: 'Björkskolan' });
    expect(parseTextField('x'.repeat(201), 200)).toEqual({ ok: false, error: { key: 'tooLong', values: { max: 200 } } });
  });

  it('reads percentages as fractions', () => {
    expect(parsePercentField('90 %', 'fi')).toEqual({ ok: true, value: 0.9 });
    expect(parsePercentField('12,5', 'sv')).toEqual({ ok: true, value: 0.125 });
  });
});
