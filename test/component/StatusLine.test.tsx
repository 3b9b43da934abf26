import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../shared/model/defaults';
import { StatusLine } from '../../renderer/src/app/StatusLine';
import { commit, resetHistory, useHistory } from '../../renderer/src/data/history';
import { MaltidDatabase, setDatabase } from '../../renderer/src/db/database';
import { createWorkspace, loadPlan } from '../../renderer/src/db/workspaces';
import { initI18n } from '../../renderer/src/i18n';
import { useAppStore } from '../../renderer/src/state/appStore';

let db: MaltidDatabase;
let n = 0;

beforeAll(async () => {
  await initI18n('en');
});

beforeEach(async () => {
  db = new MaltidDatabase(`status-${n++}`);
  setDatabase(db);
  await createWorkspace(db, createEmptyPlan({ id: 'p', name: 'P', country: 'SE', planDate: '2026-11-24' }), { kind: 'new' }, '2026-11-24T10:00:00.000Z');
  resetHistory('p');
  useAppStore.setState({ workspaceId: 'p' });
});

afterEach(async () => {
  cleanup();
  setDatabase(null);
  db.close();
  await db.delete();
});

describe('the status line', () => {
  it('says a change is being saved until its write has ended, then that all changes are saved', async () => {
    render(<StatusLine />);
    const line = screen.getByTestId('status-line');
    await waitFor(() => expect(line.textContent).toContain('All changes saved'));
    let write!: Promise<void>;
    act(() => {
      write = commit('p', 'history.edit', [{ table: 'organisations', op: 'put', record: { id: 'o', name: 'Södertälje', kind: 'municipality', country: 'SE', currency: 'SEK' }, base: null }]);
    });
    expect(line.textContent).toBe('Saving changes…');
    expect((await loadPlan(db, 'p'))!.organisations).toHaveLength(0);
    await act(async () => {
      await write;
    });
    expect(useHistory.getState().pending).toBe(0);
    await waitFor(() => expect(line.textContent).toContain('All changes saved'));
    expect((await loadPlan(db, 'p'))!.organisations).toHaveLength(1);
  });

  it('a failed write does not leave it saying "saving"', async () => {
    render(<StatusLine />);
    const line = screen.getByTestId('status-line');
    await waitFor(() => expect(line.textContent).toContain('All changes saved'));
    await act(async () => {
      await expect(commit('p', 'history.edit', [{ table: 'organisations', op: 'put', record: { id: 'o', name: 'X', kind: 'municipality', country: 'SE', currency: 'SEK' }, base: { id: 'o', name: 'Y', kind: 'municipality', country: 'SE', currency: 'SEK' } }])).rejects.toThrow();
    });
    expect(useHistory.getState().pending).toBe(0);
    expect(line.textContent).toContain('All changes saved');
  });
});
