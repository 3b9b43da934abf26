/**
 * The warnings the Scenarios view receives on a what-if step (renderer/src/results/warningGroups.ts):
 * the first of each code, as many as its list shows, in the engine's order, and the count of each code.
 */
import { describe, expect, it } from 'vitest';
import type { EngineWarning } from '../../../shared/engine/types';
import { WARNINGS_SHOWN_PER_GROUP, trimWarnings, warningCount } from '../../../renderer/src/results/warningGroups';

function warning(code: EngineWarning['code'], i: number): EngineWarning {
  return { code, severity: 'info', params: { i }, refs: [] };
}

describe('trimming warnings for the warnings list', () => {
  it('keeps the first of each code, in order, and counts every code', () => {
    // 45 of one code and 3 of another, interleaved: 40 + 3 kept.
    const all: EngineWarning[] = [];
    for (let i = 0; i < 45; i++) {
      all.push(warning('contractHoldsBack', i));
      if (i % 15 === 0) all.push(warning('budgetExceeded', i));
    }
    const { warnings, warningCounts } = trimWarnings(all);
    expect(WARNINGS_SHOWN_PER_GROUP).toBe(40);
    expect(warningCounts).toEqual({ contractHoldsBack: 45, budgetExceeded: 3 });
    expect(warnings.length).toBe(43);
    // The kept warnings are the first ones, in the engine's order.
    expect(warnings).toEqual(all.filter((w) => w.code === 'budgetExceeded' || (w.params.i as number) < 40));
    expect(warningCount('contractHoldsBack', 40, warningCounts)).toBe(45);
  });

  it('a list that was not trimmed counts what it has', () => {
    expect(warningCount('budgetExceeded', 7, undefined)).toBe(7);
    expect(trimWarnings([])).toEqual({ warnings: [], warningCounts: {} });
  });
});
