/**
 * The warnings list with warnings trimmed for a what-if step (renderer/src/results/warningGroups.ts):
 * the same titles, counts, order and sentences as with every warning.
 */
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EngineWarning } from '../../shared/engine/types';
import { createEmptyPlan } from '../../shared/model/defaults';
import { WarningsList } from '../../renderer/src/results/WarningsList';
import { trimWarnings } from '../../renderer/src/results/warningGroups';
import { initI18n } from '../../renderer/src/i18n';

const plan = createEmptyPlan({ id: 'p', name: 'P', country: 'DK', planDate: '2026-11-24' });

beforeAll(async () => {
  await initI18n('en');
});

afterEach(cleanup);

function holdsBack(i: number): EngineWarning {
  return { code: 'contractHoldsBack', severity: 'info', params: { categoryId: `cat-${i}`, year: 2027, contracts: 'c1, c2', achievedShare: 0.1, targetShare: 0.3 }, refs: [] };
}
function coverage(i: number): EngineWarning {
  return { code: 'lowDataCoverage', severity: 'info', params: { organisationId: `org-${i}`, coverage: 0.2 }, refs: [] };
}

/** Each group's title, and the sentences and "more" line of the opened contract group. */
function shown(container: HTMLElement) {
  const groups = [...container.querySelectorAll('details.warning-group')] as HTMLDetailsElement[];
  const contracts = groups.find((g) => g.dataset.code === 'contractHoldsBack')!;
  contracts.open = true;
  fireEvent(contracts, new Event('toggle'));
  return {
    titles: groups.map((g) => g.querySelector('summary')!.textContent),
    sentences: [...contracts.querySelectorAll('li')].map((li) => li.textContent),
    more: contracts.querySelector('p.muted')?.textContent,
  };
}

describe('the warnings list', () => {
  it('shows a trimmed list exactly as the whole one: counts, order, sentences and what is left out', () => {
    // 159 contract warnings and 50 coverage warnings: by count the contracts come first; trimmed,
    // each group holds 40, so the order must come from the counts.
    const all = [...Array.from({ length: 50 }, (_, i) => coverage(i)), ...Array.from({ length: 159 }, (_, i) => holdsBack(i))];
    const whole = shown(render(<WarningsList plan={plan} warnings={all} />).container);
    cleanup();
    const { warnings, warningCounts } = trimWarnings(all);
    expect(warnings.length).toBe(80);
    const trimmed = shown(render(<WarningsList plan={plan} warnings={warnings} counts={warningCounts} />).container);
    expect(whole.titles[0]).toContain('(159)');
    expect(whole.titles[1]).toContain('(50)');
    expect(whole.sentences.length).toBe(40);
    expect(whole.more).toContain('119');
    expect(trimmed).toEqual(whole);
  });
});
