/**
 * Which URLs count as "the app". Navigation, IPC senders and permission checks all ask this one
 * module, so the policy cannot drift between them.
 *
 * The app lives at app://maltid/ (APP_ORIGIN). Node's URL parser gives custom schemes the
 * opaque origin "null", so we compare the scheme and host ourselves instead of `url.origin`.
 */
import { APP_HOST, APP_SCHEME } from '../../shared/ipc-contract';

/**
 * During `electron-vite dev` the renderer comes from Vite's dev server on loopback. Only the
 * unpackaged app may trust it (index.ts decides); a packaged build trusts app://maltid only.
 */
let devServerOrigin: string | null = null;

export function trustDevServer(url: string | undefined): void {
  if (!url) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  const loopback = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1' || parsed.hostname === '[::1]';
  if (parsed.protocol === 'http:' && loopback) devServerOrigin = parsed.origin;
}

/** For tests: forget any dev-server origin. */
export function resetTrustedOrigins(): void {
  devServerOrigin = null;
}

/** True when `url` is a page of the app itself (app://maltid/…, or the dev server in dev). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Credentials or a port would make "app://x@maltid" or "app://maltid:1" look like the app.
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  return devServerOrigin !== null && parsed.origin === devServerOrigin;
}
