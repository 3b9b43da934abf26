/**
 * The app:// scheme that serves the renderer build (out/renderer) to the window.
 *
 * Why a custom scheme and not file://: IndexedDB (all of the user's plans) needs a standard,
 * secure origin, file:// pages get extra privileges (the GrantFileProtocolExtraPrivileges fuse is
 * off), and a fixed origin, app://maltid, keeps the data where it is across updates and
 * install folders. The scheme, the host and the app name must never change after release.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../shared/ipc-contract';
import { CONTENT_SECURITY_POLICY } from './csp';
import { mimeTypeFor } from './mime-types';

/** out/renderer, next to out/main (inside app.asar when packaged; Electron's fs reads it). */
export const RENDERER_ROOT = resolve(__dirname, '../renderer');

/**
 * Must run before the app is ready. `standard` gives the scheme real origins (and so storage),
 * `secure` makes it a secure context like https, `supportFetchAPI` lets the page fetch its own
 * assets (workers, JSON), `stream` allows streamed responses.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/**
 * Maps a URL path (still percent-encoded) to a file inside `root`, or null when it would leave
 * it. The same idea as scripts/lib/serve.mjs's `resolveInRoot`, with two extra refusals for
 * Windows: backslashes and colons (drive letters, alternate data streams) never occur in the
 * build's file names, so any path holding one is an attack or a mistake.
 */
export function resolveInRoot(urlPath: string, root: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':')) return null;
  if (!decoded.startsWith('/')) decoded = '/' + decoded;
  const target = resolve(root, '.' + (decoded.endsWith('/') ? decoded + 'index.html' : decoded));
  if (target !== root && !target.startsWith(root + sep)) return null;
  return target;
}

function plainResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...extra },
  });
}

/** The request handler, separate from `protocol.handle` so that tests can call it directly. */
export function createAppProtocolHandler(root: string = RENDERER_ROOT): (request: Request) => Promise<Response> {
  const absoluteRoot = resolve(root);
  return async (request) => {
    // The page only ever reads its own files; nothing may be posted to the shell this way.
    if (request.method !== 'GET') return plainResponse(405, 'Method not allowed', { Allow: 'GET' });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plainResponse(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plainResponse(404, 'Not found');
    const file = resolveInRoot(url.pathname, absoluteRoot);
    if (file === null) return plainResponse(404, 'Not found');
    try {
      if (!(await stat(file)).isFile()) return plainResponse(404, 'Not found');
      const body = await readFile(file);
      return new Response(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), {
        status: 200,
        headers: {
          'Content-Type': mimeTypeFor(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return plainResponse(404, 'Not found');
    }
  };
}

/** After `app.whenReady()`: serve app://maltid/ from the renderer build. */
export function registerAppProtocol(root: string = RENDERER_ROOT): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
