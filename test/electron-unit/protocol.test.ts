import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { FALLBACK_MIME_TYPE, mimeTypeFor } from '../../electron/main/mime-types';
import {
  createAppProtocolHandler,
  registerAppProtocol,
  registerAppSchemeAsPrivileged,
  resolveInRoot,
} from '../../electron/main/protocol';
import type { ElectronMock } from './electron-mock';

const mocked: ElectronMock = await vi.hoisted(async () => (await import('./electron-mock')).createElectronMock());
vi.mock('electron', () => mocked);

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'maltid-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Måltid</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'x');
  writeFileSync(join(root, 'icon.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', 'data.bin'), 'x');
  // A file next to the build folder that must never be served.
  writeFileSync(join(base, 'secret.txt'), 'secret');
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'x.js'), 'evil');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('path-traversal guard', () => {
  it('maps URL paths to files inside the build folder', () => {
    expect(resolveInRoot('/', root)).toBe(join(root, 'index.html'));
    expect(resolveInRoot('/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveInRoot('/assets/index-abc.js?v=1#x', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveInRoot('/assets/', root)).toBe(join(root, 'assets', 'index.html'));
    expect(resolveInRoot('/a%20b.txt', root)).toBe(join(root, 'a b.txt'));
    // `..` that stays inside is harmless and resolves inside.
    expect(resolveInRoot('/assets/../index.html', root)).toBe(join(root, 'index.html'));
  });

  it.each([
    '/../secret.txt',
    '/../../etc/passwd',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
    '/..\\secret.txt',
    '/assets\\..\\..\\secret.txt',
    '/index.html%00.js',
    '/index.html\0',
    '/%E0%A4%A',
    '/C:/Windows/win.ini',
    '/c%3a%5cwindows%5cwin.ini',
    '/index.html:stream',
    '/../renderer-evil/x.js',
  ])('refuses %s', (path) => {
    expect(resolveInRoot(path, root)).toBeNull();
  });
});

describe('MIME types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['A.JS', 'text/javascript; charset=utf-8'],
    ['a.bin', FALLBACK_MIME_TYPE],
    ['noextension', FALLBACK_MIME_TYPE],
  ])('%s is served as %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

function request(url: string, method = 'GET'): Request {
  return { url, method } as Request;
}

describe('app:// handler', () => {
  it('serves index.html for the root with its type, the CSP and nosniff', async () => {
    const response = await createAppProtocolHandler(root)(request('app://maltid/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Måltid');
  });

  it.each([
    ['app://maltid/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://maltid/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['app://maltid/icon.svg', 'image/svg+xml'],
    ['app://maltid/assets/font.woff2', 'font/woff2'],
    ['app://maltid/assets/data.bin', FALLBACK_MIME_TYPE],
  ])('serves %s as %s', async (url, type) => {
    const response = await createAppProtocolHandler(root)(request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'])('answers %s with 405: GET only', async (method) => {
    const response = await createAppProtocolHandler(root)(request('app://maltid/index.html', method));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it.each([
    'app://maltid/missing.js',
    'app://maltid/assets',
    'app://maltid/%2e%2e/secret.txt',
    'app://maltid/..%2fsecret.txt',
    'app://maltid/..%5csecret.txt',
    'app://maltid/index.html%00',
    'app://other/index.html',
    'app://maltid.evil/index.html',
    'https://maltid/index.html',
  ])('answers %s with 404 and serves nothing outside the build', async (url) => {
    const response = await createAppProtocolHandler(root)(request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers an unparsable URL with 400', async () => {
    const response = await createAppProtocolHandler(root)(request('::::'));
    expect(response.status).toBe(400);
  });
});

describe('registration', () => {
  it('registers app:// as a standard, secure, fetch-capable, streaming scheme (IndexedDB needs it)', () => {
    registerAppSchemeAsPrivileged();
    expect(mocked.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
  });

  it('hands the handler to protocol.handle for the app scheme', () => {
    registerAppProtocol(root);
    expect(mocked.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
