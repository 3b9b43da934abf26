/**
 * Pins where the app keeps its data. IndexedDB (every plan) lives per origin under `userData`,
 * and Electron derives `userData` from the app name; package.json's productName ("Måltid") has a
 * non-ASCII letter that file systems normalise differently. So the name and folder are set
 * explicitly, before anything reads them, to APP_NAME ("Maltid"): e.g. ~/.config/Maltid,
 * %APPDATA%\Maltid, ~/Library/Application Support/Maltid. Never change this after release.
 */
import { join, resolve } from 'node:path';
import { app } from 'electron';
import { APP_NAME } from '../../shared/ipc-contract';

/**
 * Tests (Playwright) need a throwaway data folder: MALTID_USER_DATA_DIR sets one, but only in an
 * unpackaged build, so an installed app can never be pointed elsewhere by an environment variable.
 */
export function pinAppIdentity(): void {
  app.setName(APP_NAME);
  const override = app.isPackaged ? undefined : process.env.MALTID_USER_DATA_DIR;
  app.setPath('userData', override ? resolve(override) : join(app.getPath('appData'), APP_NAME));
}
