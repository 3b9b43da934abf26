import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_LIMIT_MS, useOptimisticRows } from '../../renderer/src/grid/useOptimisticRows';

interface Org {
  id: string;
  name: string;
  kind: string;
}

const added: Org = { id: 'o2', name: 'New organisation', kind: 'municipality' };
const stored: Org[] = [{ id: 'o1', name: 'Södertälje kommun', kind: 'municipality' }, added];

function setup(live: Org[]) {
  return renderHook(({ rows }) => useOptimisticRows(rows), { initialProps: { rows: live } });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('edits shown before the live rows bring them back', () => {
  it("the end of a first edit's save leaves a second, quicker edit of the same row on screen", () => {
    // The add is stored (the live rows have it); the name typed next is being saved.
    const { result } = setup(stored);
    const named = { ...added, name: 'Region Stockholm' };
    act(() => result.current.setOptimistic([added]));
    act(() => result.current.setOptimistic([named]));
    // The add's save ends while the live rows are still those from before the name.
    act(() => result.current.settle([added]));
    expect(result.current.rows![1]).toBe(named);
    act(() => result.current.drop([added]));
    expect(result.current.rows![1]).toBe(named);
  });

  it('a saved edit stays until the live rows hold it, then the live rows show', () => {
    const { result, rerender } = setup(stored);
    const named = { ...added, name: 'Region Stockholm' };
    act(() => result.current.setOptimistic([named]));
    act(() => result.current.settle([named]));
    expect(result.current.rows![1]!.name).toBe('Region Stockholm');
    // The live query brings it back (a new object with the same fields): the entry is done.
    rerender({ rows: [stored[0]!, { ...named }] });
    expect(result.current.rows![1]!.name).toBe('Region Stockholm');
    // So a later change from elsewhere (an undo, another window) shows at once.
    rerender({ rows: stored });
    expect(result.current.rows![1]!.name).toBe('New organisation');
  });

  it('a save that ends after the live rows already brought its record back is done at once', () => {
    const { result, rerender } = setup(stored);
    const named = { ...added, name: 'Region Stockholm' };
    act(() => result.current.setOptimistic([named]));
    rerender({ rows: [stored[0]!, { ...named }] });
    act(() => result.current.settle([named]));
    rerender({ rows: stored });
    expect(result.current.rows![1]!.name).toBe('New organisation');
  });

  it('a saved edit the live rows never bring back gives way to the stored record after a while', () => {
    vi.useFakeTimers();
    const { result, rerender } = setup(stored);
    const named = { ...added, name: 'Region Stockholm' };
    act(() => result.current.setOptimistic([named]));
    act(() => result.current.settle([named]));
    rerender({ rows: [stored[0]!, { ...added, name: 'Changed in another window' }] });
    expect(result.current.rows![1]!.name).toBe('Region Stockholm');
    act(() => {
      vi.advanceTimersByTime(SETTLE_LIMIT_MS);
    });
    expect(result.current.rows![1]!.name).toBe('Changed in another window');
  });

  it('a failed save shows the stored record again at once; a new record appears before it is stored', () => {
    const { result } = setup([stored[0]!]);
    act(() => result.current.setOptimistic([added]));
    expect(result.current.rows!.map((r) => r.id)).toEqual(['o1', 'o2']);
    act(() => result.current.drop([added]));
    expect(result.current.rows!.map((r) => r.id)).toEqual(['o1']);
  });
});
