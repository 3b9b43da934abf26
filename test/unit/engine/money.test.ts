/**
 * Money helpers: bracket discounts, the tier factor, and exact largest-remainder splits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bracketDiscount, largestRemainder, tierFactor } from '../../../shared/engine/money';
import { ration } from '../../../shared/engine/rationing';

const tiers = [
  { fromValueMinor: 100, rate: 0.1 },
  { fromValueMinor: 1_000, rate: 0.2 },
];

describe('money', () => {
  it('a bracket discount applies each rate only to the part of the value in its bracket', () => {
    expect(bracketDiscount(50, tiers)).toBe(0);
    // 10 % of (1,000 − 100) = 90, plus 20 % of (1,500 − 1,000) = 100.
    expect(bracketDiscount(1_500, tiers)).toBeCloseTo(190, 12);
  });

  it('the discounted value never falls when the value rises (unlike an all-units discount)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), (v, dv) => {
        expect(v + dv - bracketDiscount(v + dv, tiers)).toBeGreaterThanOrEqual(v - bracketDiscount(v, tiers) - 1e-6);
      }),
    );
  });

  it('the net price per kg rises with the list price at a given demand', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), (p, dp, kg) => {
        expect((p + dp) * tierFactor(p + dp, kg, tiers)).toBeGreaterThanOrEqual(p * tierFactor(p, kg, tiers) - 1e-9 * p);
      }),
    );
  });

  it('largest remainder splits an integer exactly, proportionally, ties to the earlier part', () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(largestRemainder(1_000_001, [30_000, 10_000])).toEqual([750_001, 250_000]);
    expect(largestRemainder(7, [0, 0])).toEqual([4, 3]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 20 }), (total, w) => {
        const parts = largestRemainder(total, w);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        for (const p of parts) expect(Number.isInteger(p)).toBe(true);
      }),
    );
  });
});

describe('rationing', () => {
  const grants = (cap: number, claims: number[], rule: 'pro_rata' | 'equal' | 'priority', ranks = claims.map(() => Infinity)) => {
    const g = new Float64Array(claims.length);
    ration(cap, Float64Array.from(claims), claims.length, rule, Float64Array.from(ranks), g);
    return Array.from(g).map((x) => Math.round(x * 1e9) / 1e9);
  };

  it('everyone gets its claim when capacity suffices', () => {
    expect(grants(100, [10, 20], 'equal')).toEqual([10, 20]);
  });

  it('pro rata shares capacity by claim, equal shares give what one cannot use to the others, priority serves in order', () => {
    expect(grants(60, [30, 90], 'pro_rata')).toEqual([15, 45]);
    expect(grants(60, [10, 90, 90], 'equal')).toEqual([10, 25, 25]);
    expect(grants(60, [30, 90, 30], 'priority', [1, 0, Infinity])).toEqual([0, 60, 0]);
    // Unlisted claimants share what the listed leave, pro rata.
    expect(grants(100, [30, 20, 60], 'priority', [0, Infinity, Infinity])).toEqual([30, 17.5, 52.5]);
  });

  it('a larger capacity never gives anyone less, and grants never exceed claims or capacity', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.constantFrom('pro_rata', 'equal', 'priority' as const),
        (claims, cap, more, rule) => {
          const ranks = claims.map((_, i) => (i % 2 === 0 ? i : Infinity));
          const a = grants(cap, claims, rule, ranks);
          const b = grants(cap + more, claims, rule, ranks);
          a.forEach((g, i) => {
            expect(b[i]!).toBeGreaterThanOrEqual(g - 1e-6);
            expect(g).toBeLessThanOrEqual(claims[i]! + 1e-6);
          });
          expect(a.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(cap + 1e-6);
        },
      ),
    );
  });
});
