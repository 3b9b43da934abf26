import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyPlan, createScenario } from '../../shared/model/defaults';
import type { Scenario } from '../../shared/model/types';
import { StatusLine } from '../../renderer/src/app/StatusLine';
import { installCloseGuard, useClosing } from '../../renderer/src/data/closeGuard';
import { commit, resetHistory, useHistory } from '../../renderer/src/data/history';
import { MaltidDatabase, setDatabase } from '../../renderer/src/db/database';
import { createWorkspace, loadPlan } from '../../renderer/src/db/workspaces';
import { initI18n } from '../../renderer/src/i18n';
import { adoptChunks } from '../../renderer/src/purchases/purchaseStore';
import { useScenarioDraft } from '../../renderer/src/scenarios/useScenarioDraft';
import { useAppStore } from '../../renderer/src/state/appStore';

const PLAN = createEmptyPlan({ id: 'p', name: 'P', country: 'SE', planDate: '2026-11-24' });
const SCENARIO: Scenario = createScenario(PLAN, { id: 's', name: 'Local food', kind: 'municipal', startYear: 2027 });
const KOMMUN = { id: 'o', name: 'Södertälje', kind: 'municipality', country: 'SE', currency: 'SEK' } as const;

let db: MaltidDatabase;
let n = 0;
let uninstall: (() => void) | null = null;
let closeAgain: ReturnType<typeof vi.fn<() => void>>;

beforeAll(async () => {
  await initI18n('en');
});

beforeEach(async () => {
  db = new MaltidDatabase(`close-guard-${n++}`);
  setDatabase(db);
  await createWorkspace(db, { ...PLAN, scenarios: [SCENARIO] }, { kind: 'new' }, '2026-11-24T10:00:00.000Z');
  resetHistory('p');
  useAppStore.setState({ workspaceId: 'p' });
  closeAgain = vi.fn<() => void>();
});

afterEach(async () => {
  uninstall?.();
  uninstall = null;
  vi.useRealTimers();
  cleanup();
  useHistory.setState({ pending: 0 });
  setDatabase(null);
  db.close();
  await db.delete();
});

/** The desktop app's guard (it can close the window again), unless `closeAgain: null` (a browser). */
function install(options: { closeAgain?: (() => void) | null; timeoutMs?: number } = {}): void {
  uninstall = installCloseGuard(window, { closeAgain: options.closeAgain === undefined ? closeAgain : options.closeAgain, timeoutMs: options.timeoutMs ?? 5000 });
}

/** What the browser (or Electron) does on a close: fires a cancelable beforeunload; true if the page cancelled it. */
function tryToClose(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function addOrganisation(): Promise<void> {
  return commit('p', 'history.edit', [{ table: 'organisations', op: 'put', record: KOMMUN, base: null }]);
}

describe('the close guard', () => {
  it('lets the window close at once when nothing is being saved', () => {
    install();
    expect(tryToClose()).toBe(false);
    expect(useClosing.getState().closing).toBe(false);
    expect(closeAgain).not.toHaveBeenCalled();
  });

  it('holds the close back while a write is under way, and closes again once it is stored', async () => {
    install();
    let write!: Promise<void>;
    act(() => {
      write = addOrganisation();
    });
    expect(tryToClose()).toBe(true);
    expect(useClosing.getState().closing).toBe(true);
    // Not before the edit is stored.
    expect(closeAgain).not.toHaveBeenCalled();
    await write;
    await waitFor(() => expect(closeAgain).toHaveBeenCalledTimes(1));
    expect((await loadPlan(db, 'p'))!.organisations).toEqual([expect.objectContaining({ name: 'Södertälje' })]);
    expect(useClosing.getState().closing).toBe(false);
    // The close asked for again goes through.
    expect(tryToClose()).toBe(false);
  });

  it('a second close while waiting is held back too, and the window is still closed again only once', async () => {
    install();
    const write = addOrganisation();
    expect(tryToClose()).toBe(true);
    expect(tryToClose()).toBe(true);
    await write;
    await waitFor(() => expect(closeAgain).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closeAgain).toHaveBeenCalledTimes(1);
  });

  it('a refused write does not keep the window open: it closes again without waiting for the timeout', async () => {
    install({ timeoutMs: 60_000 });
    // Another window changed the organisation since: the write is refused (a conflict).
    const write = commit('p', 'history.edit', [{ table: 'organisations', op: 'put', record: KOMMUN, base: { ...KOMMUN, name: 'Other' } }]);
    expect(tryToClose()).toBe(true);
    await expect(write).rejects.toThrow();
    expect(useHistory.getState().pending).toBe(0);
    await waitFor(() => expect(closeAgain).toHaveBeenCalledTimes(1));
  });

  it('saves a what-if draft that has not settled yet before the window closes', async () => {
    install();
    const { result } = renderHook(() => useScenarioDraft('p', SCENARIO));
    act(() => result.current.update((s) => ({ ...s, name: 'Local food 2030' })));
    // The slider has not settled (600 ms): nothing is being written yet.
    expect(useHistory.getState().pending).toBe(0);
    expect(tryToClose()).toBe(true);
    await waitFor(() => expect(closeAgain).toHaveBeenCalledTimes(1));
    expect((await loadPlan(db, 'p'))!.scenarios.map((s) => s.name)).toEqual(['Local food 2030']);
  });

  it("waits for an import's purchase lines being stored", async () => {
    install();
    const handOver = adoptChunks('batch-1', []);
    expect(tryToClose()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closeAgain).not.toHaveBeenCalled();
    handOver.settle(true);
    await waitFor(() => expect(closeAgain).toHaveBeenCalledTimes(1));
  });

  it('lets the window close after the timeout even if a write never ends', () => {
    vi.useFakeTimers();
    install({ timeoutMs: 5000 });
    // A write that never ends (the queue's count stays up).
    useHistory.setState({ pending: 1 });
    expect(tryToClose()).toBe(true);
    vi.advanceTimersByTime(4900);
    expect(closeAgain).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(closeAgain).toHaveBeenCalledTimes(1);
    expect(useClosing.getState().closing).toBe(false);
    // The write is still under way, but it no longer holds the close back.
    expect(tryToClose()).toBe(false);
  });

  it('in a browser cancels the unload (the browser asks "Leave site?") and never tries to close the tab itself', async () => {
    install({ closeAgain: null });
    const write = addOrganisation();
    expect(tryToClose()).toBe(true);
    // The status line does not promise a close that will not come.
    expect(useClosing.getState().closing).toBe(false);
    await write;
    expect(tryToClose()).toBe(false);
  });

  it('no longer holds anything back once removed', () => {
    install();
    uninstall?.();
    uninstall = null;
    useHistory.setState({ pending: 1 });
    expect(tryToClose()).toBe(false);
  });
});

describe('the status line while a close waits', () => {
  it('says "Saving before closing…" until the write is stored', async () => {
    install();
    render(<StatusLine />);
    const line = screen.getByTestId('status-line');
    await waitFor(() => expect(line.textContent).toContain('All changes saved'));
    let write!: Promise<void>;
    act(() => {
      write = addOrganisation();
    });
    act(() => {
      expect(tryToClose()).toBe(true);
    });
    expect(line.textContent).toBe('Saving before closing…');
    await act(async () => {
      await write;
    });
    await waitFor(() => expect(closeAgain).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(line.textContent).toContain('All changes saved'));
  });
});
