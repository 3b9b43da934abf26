// `npm start` and `npm run web`.
//
// npm start: builds the app if out/ is older than the sources, then runs it in Electron. Where
// the Electron runtime is not installed and cannot be downloaded (offline machines, locked-down
// networks) it says so in one sentence and opens the very same build in Chromium instead, as an
// app window, served from 127.0.0.1 on a fixed port.
// npm run web (--web): the Chromium path on purpose.
//
// The port and the Chromium profile folder are fixed on purpose: the browser keeps IndexedDB
// (all plans) per origin and per profile, so a different port or profile shows an empty app.
// The web fallback's data is separate from the desktop app's (app://maltid) data.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './lib/find-chromium.mjs';
import { CSP, startServer } from './lib/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WEB_ONLY = process.argv.includes('--web');
const DEFAULT_PORT = 5179;
/** Offline, the download fails within a second ("fetch failed"); online it may take minutes. */
const ELECTRON_DOWNLOAD_TIMEOUT_MS = 5 * 60 * 1000;
/** A Chromium that exits this fast handed its window to one already running with our profile. */
const CHROMIUM_HANDOFF_MS = 4000;

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// ---------------------------------------------------------------------------------------------
// Build

const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const SOURCES = ['electron', 'renderer', 'shared', 'electron.vite.config.ts', 'package.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function buildIsCurrent() {
  const outputs = OUTPUTS.map((p) => join(ROOT, p));
  if (!outputs.every((p) => existsSync(p))) return false;
  const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const newestSource = Math.max(...SOURCES.map((p) => newestMtime(join(ROOT, p))));
  return oldestOutput >= newestSource;
}

function build() {
  if (buildIsCurrent()) return;
  console.log('Building Måltid…');
  const bin = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  // The local bin is what `npx electron-vite build` runs, without npx's start-up cost.
  const result = existsSync(bin)
    ? spawnSync(process.execPath, [bin, 'build'], { cwd: ROOT, encoding: 'utf8' })
    : spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error('The build failed (output above), so Måltid cannot start.');
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// Electron

function electronBinary() {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  if (!relative) return null;
  const binary = join(dir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/**
 * Runs the electron package's own installer once; resolves true when a runtime is there
 * afterwards. Offline it fails within a second, so nothing is printed unless it takes a while.
 */
function tryDownloadElectron() {
  const installer = join(ROOT, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return Promise.resolve(false);
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [installer], { cwd: ROOT, stdio: 'ignore' });
    const notice = setTimeout(() => console.log('Downloading the Electron runtime (first start only)…'), 3000);
    const timeout = setTimeout(() => child.kill(), ELECTRON_DOWNLOAD_TIMEOUT_MS);
    const done = () => {
      clearTimeout(notice);
      clearTimeout(timeout);
      resolvePromise(electronBinary() !== null);
    };
    child.on('error', done);
    child.on('exit', done);
  });
}

function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function runElectron(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  // Chromium refuses to start as root with its sandbox on (containers, CI); never the case for users.
  const args = isRoot ? ['--no-sandbox', ROOT] : [ROOT];
  const child = spawn(binary, args, { cwd: ROOT, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// ---------------------------------------------------------------------------------------------
// Web (Chromium) path

function webProfileFolder() {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Maltid-web');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Maltid-web');
  return join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Maltid-web');
}

function chosenPort() {
  const raw = process.env.MALTID_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`MALTID_PORT must be a port number (1–65535), not "${raw}".`);
    process.exit(1);
  }
  return port;
}

/** True when the server on `url` is an earlier Måltid server (it sends our exact CSP header). */
async function isMaltidServer(url) {
  try {
    const response = await fetch(new URL('index.html', url), { method: 'HEAD', signal: AbortSignal.timeout(2000) });
    return response.headers.get('content-security-policy') === CSP;
  } catch {
    return false;
  }
}

/** Starts Chromium on `url` as an app window with Måltid's own profile. */
function openChromiumWindow(chromiumPath, url) {
  const args = [
    `--app=${url}`,
    `--user-data-dir=${webProfileFolder()}`,
    '--window-size=1360,860',
    ...CHROMIUM_ARGS.filter((arg) => arg !== '--no-sandbox' || isRoot),
    // As root Chromium needs --no-sandbox; --test-type hides the warning bar it then shows.
    ...(isRoot ? ['--test-type'] : []),
  ];
  // Chromium's own console chatter (GPU, D-Bus) is not for the user.
  return spawn(chromiumPath, args, { stdio: 'ignore' });
}

/**
 * Serves out/renderer and opens it in a Chromium app window where there is a display and a
 * Chromium, else prints the address. `explain(windowOpens)` gives the one-sentence reason why
 * this is not the desktop app (null for `--web`).
 */
async function runWeb(explain) {
  const port = chosenPort();
  const url = `http://127.0.0.1:${port}/`;
  const chromium = hasDisplay() ? findChromium() : null;
  const say = (line) => line && console.log(line);

  let server;
  try {
    ({ server } = await startServer({ port }));
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    if (!(await isMaltidServer(url))) {
      console.error(
        `Port ${port} is taken by another program: stop it, or set MALTID_PORT to a free port (plans are stored per address, so plans saved under another port will not show).`,
      );
      process.exit(1);
    }
    say(explain(Boolean(chromium)));
    console.log(`Måltid is already being served at ${url} by an earlier start, so this start uses that server.`);
    if (chromium) openChromiumWindow(chromium.path, url).unref();
    else console.log(`Open ${url} in a browser.`);
    return;
  }

  let child = null;
  // The server holds no state (the plans live in the browser), so stopping is immediate.
  const stop = () => {
    child?.kill();
    server.closeAllConnections?.();
    server.close();
    setTimeout(() => process.exit(0), 100);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);

  say(explain(Boolean(chromium)));
  if (hasDisplay() && !chromium) console.log(NO_CHROMIUM_MESSAGE);
  if (!chromium) {
    console.log(`Open ${url} in a browser. Press Ctrl+C to stop.`);
    return;
  }

  const startedAt = Date.now();
  child = openChromiumWindow(chromium.path, url);
  child.on('error', () => {
    child = null;
    console.log(`Chromium could not be started. Open ${url} in a browser. Press Ctrl+C to stop.`);
  });
  child.on('exit', (code) => {
    if (child === null) return;
    child = null;
    if (Date.now() - startedAt < CHROMIUM_HANDOFF_MS) {
      // Either it handed the window to a Chromium already running on our profile, or it failed.
      console.log(
        code === 0
          ? `The window opened in an already running Chromium. Måltid is served at ${url} until Ctrl+C.`
          : `Chromium could not open a window. Open ${url} in a browser. Press Ctrl+C to stop.`,
      );
      return;
    }
    // The user closed the app window: nothing is left to serve.
    stop();
  });
  console.log(`Måltid is open in a Chromium window, served at ${url}. Close the window or press Ctrl+C to stop.`);
}

// ---------------------------------------------------------------------------------------------

build();

const NO_RUNTIME = 'The Electron runtime could not be downloaded on this machine, so Måltid';
if (WEB_ONLY) {
  await runWeb(() => null);
} else {
  const binary = electronBinary() ?? ((await tryDownloadElectron()) ? electronBinary() : null);
  if (binary && hasDisplay()) {
    runElectron(binary);
  } else if (binary) {
    await runWeb(() => 'There is no display here, so Måltid is served for a web browser instead of opening the desktop app.');
  } else {
    await runWeb((windowOpens) =>
      windowOpens ? `${NO_RUNTIME} opens in Chromium instead.` : `${NO_RUNTIME} is served for a web browser instead.`,
    );
  }
}
