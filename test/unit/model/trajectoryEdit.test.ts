import { describe, expect, it } from 'vitest';
import { shareAt } from '../../../shared/engine/trajectory';
import { withFinalShare } from '../../../shared/model/trajectoryEdit';

describe('the final-year target set by the what-if slider', () => {
  it('ramps from zero when the trajectory had no points', () => {
    const t = withFinalShare({ basis: 'value', points: [], categories: [] }, 2027, 2032, 0.5);
    expect(t.points).toEqual([
      { year: 2027, share: 0 },
      { year: 2032, share: 0.5 },
    ]);
    expect(shareAt(t.points, 2032)).toBe(0.5);
    expect(shareAt(t.points, 2029)).toBeCloseTo(0.2, 10);
  });

  it('keeps the earlier points and replaces those at or after the last year', () => {
    const t = withFinalShare(
      { basis: 'weight', points: [{ year: 2027, share: 0.1 }, { year: 2030, share: 0.3 }, { year: 2032, share: 0.4 }, { year: 2035, share: 0.9 }], categories: [] },
      2027,
      2032,
      0.6,
    );
    expect(t.points).toEqual([{ year: 2027, share: 0.1 }, { year: 2030, share: 0.3 }, { year: 2032, share: 0.6 }]);
    expect(t.basis).toBe('weight');
  });
});
