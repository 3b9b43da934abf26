import { expect, test } from '@playwright/test';
import { createPlan, openApp } from './support/app';
import { addRow, gridCell, typeInCell } from './support/grid';

test('two windows on the same plan see each other\'s changes at once', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await createPlan(a);
  await a.getByTestId('nav-kitchens').click();
  await addRow(a, 'kitchens', 'Björkskolan');

  const b = await context.newPage();
  await openApp(b, './#/kitchens');
  await expect(gridCell(b, 'kitchens', 'Björkskolan', 'name')).toBeVisible();

  // A change in one window shows in the other without a reload, both ways.
  await typeInCell(a, 'kitchens', 'Björkskolan', 'meals.lunch', '310');
  await expect(gridCell(b, 'kitchens', 'Björkskolan', 'meals.lunch')).toHaveText('310');
  await typeInCell(b, 'kitchens', 'Björkskolan', 'meals.breakfast', '40');
  await expect(gridCell(a, 'kitchens', 'Björkskolan', 'meals.breakfast')).toHaveText('40');
  // Neither overwrote the other.
  await expect(gridCell(a, 'kitchens', 'Björkskolan', 'meals.lunch')).toHaveText('310');
  await expect(gridCell(b, 'kitchens', 'Björkskolan', 'meals.lunch')).toHaveText('310');
});
