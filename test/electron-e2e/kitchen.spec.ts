import { addKitchen, createPlanIfNeeded } from './support/flows';
import { expect, skipWithoutElectron, test } from './support/electron-app';

skipWithoutElectron();

test('the desktop app opens on app://maltid, adds a kitchen and closes', async ({ electronApp, appPage }) => {
  expect(appPage.url()).toMatch(/^app:\/\/maltid\//);
  await createPlanIfNeeded(appPage);
  await addKitchen(appPage, 'Centralköket Norr');
  await electronApp.close();
  expect(electronApp.windows()).toHaveLength(0);
});
