import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyPlan, createKitchen } from '../../shared/model/defaults';
import type { Plan } from '../../shared/model/types';
import { MaltidDatabase, setDatabase } from '../../renderer/src/db/database';
import { createWorkspace, loadPlan } from '../../renderer/src/db/workspaces';
import { resetHistory, undo, useHistory } from '../../renderer/src/data/history';
import { initI18n } from '../../renderer/src/i18n';
import { KitchensRegister } from '../../renderer/src/registers/KitchensRegister';

let db: MaltidDatabase;
let n = 0;

function samplePlan(): Plan {
  const plan = createEmptyPlan({ id: 'p', name: 'P', country: 'SE', planDate: '2026-11-24' });
  plan.organisations.push({ id: 'org', name: 'Södertälje', kind: 'municipality', country: 'SE', currency: 'SEK' });
  plan.kitchens.push(
    { ...createKitchen({ id: 'k1', name: 'Aspskolan', organisationId: 'org', sector: 'school', country: 'SE' }), meals: { breakfast: 0, lunch: 300, dinner: 0, snack: 0 } },
    { ...createKitchen({ id: 'k2', name: 'Björkskolan', organisationId: 'org', sector: 'school', country: 'SE' }), meals: { breakfast: 0, lunch: 120, dinner: 0, snack: 0 } },
  );
  return plan;
}

beforeAll(async () => {
  await initI18n('en');
});

beforeEach(async () => {
  db = new MaltidDatabase(`grid-${n++}`);
  setDatabase(db);
  await createWorkspace(db, samplePlan(), { kind: 'new' }, '2026-11-24T10:00:00.000Z');
  resetHistory('p');
});

afterEach(async () => {
  cleanup();
  setDatabase(null);
  db.close();
  await db.delete();
});

async function lunchCell(name: string): Promise<HTMLElement> {
  const rows = await screen.findAllByTestId('kitchens-row');
  const row = rows.find((r) => r.textContent?.includes(name))!;
  return row.querySelector<HTMLElement>('[data-column="meals.lunch"]')!;
}

async function typeIntoActiveCell(grid: HTMLElement, text: string) {
  fireEvent.keyDown(grid, { key: 'Enter' });
  const editor = await screen.findByRole('textbox', { name: 'Lunch' });
  fireEvent.change(editor, { target: { value: text } });
  fireEvent.keyDown(editor, { key: 'Enter' });
}

describe('the kitchens register table', () => {
  it('keeps an invalid number in the cell, says what is wrong, and saves nothing', async () => {
    render(<KitchensRegister plan={samplePlan()} />);
    const grid = screen.getByRole('grid', { name: 'Kitchens' });
    fireEvent.click(await lunchCell('Aspskolan'));
    await typeIntoActiveCell(grid, '3oo');
    expect(await screen.findByTestId('kitchens-error')).toHaveProperty('textContent', 'Lunch must be a number, such as 12 or 12.5.');
    expect(screen.getByRole('textbox', { name: 'Lunch' })).toHaveProperty('value', '3oo');
    expect(useHistory.getState().past).toHaveLength(0);
    expect((await loadPlan(db, 'p'))!.kitchens[0]!.meals.lunch).toBe(300);
  });

  it('saves a valid edit at once, as one undoable step', async () => {
    render(<KitchensRegister plan={samplePlan()} />);
    const grid = screen.getByRole('grid', { name: 'Kitchens' });
    fireEvent.click(await lunchCell('Björkskolan'));
    await typeIntoActiveCell(grid, '1 250');
    await waitFor(async () => expect((await loadPlan(db, 'p'))!.kitchens[1]!.meals.lunch).toBe(1250));
    expect((await lunchCell('Björkskolan')).textContent).toBe('1,250');
    expect(useHistory.getState().past.map((s) => s.labelKey)).toEqual(['history.edit']);
    await act(async () => {
      await undo();
    });
    expect((await loadPlan(db, 'p'))!.kitchens[1]!.meals.lunch).toBe(120);
  });

  it('moves with the arrow keys and deletes the active row with undo offered', async () => {
    render(<KitchensRegister plan={samplePlan()} />);
    const grid = screen.getByRole('grid', { name: 'Kitchens' });
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(grid.getAttribute('aria-activedescendant')).toBe('kitchens-cell-0-1');
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    expect(grid.getAttribute('aria-activedescendant')).toBe('kitchens-cell-1-2');
    fireEvent.keyDown(grid, { key: 'Delete' });
    await waitFor(async () => expect((await loadPlan(db, 'p'))!.kitchens.map((k) => k.id)).toEqual(['k1']));
    await act(async () => {
      await undo();
    });
    expect((await loadPlan(db, 'p'))!.kitchens.map((k) => k.id)).toEqual(['k1', 'k2']);
  });
});
