// `npm test`: the whole suite, in the order a failure is cheapest to find.
//   1. type-check (tsc -b over every part), 2. lint, 3. unit and component tests (vitest, which
//   include the i18n completeness check), 4. the production build, 5. browser end-to-end tests
//   (Playwright in Chromium against the web build) and the Electron end-to-end tests (skipped,
//   with the reason, where the Electron runtime is absent).
// Every step runs even when an earlier one failed, so that one run reports everything. The last
// line is "N passed, N failed"; the counts are also written to test-results/summary.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_MESSAGE } from './lib/find-chromium.mjs';
import { countPlaywright, countVitest } from './lib/test-counts.mjs';

const RESULTS = 'test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
console.log(`Chromium for the browser tests: ${chromium.path} (${chromium.source})`);

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(title, args, env = {}) {
  console.log(`\n=== ${title}: npx ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: r.status === 0, seconds };
}

function check(title, args) {
  const r = run(title, args);
  totals[r.ok ? 'passed' : 'failed'] += 1;
  lines.push(`${r.ok ? 'ok  ' : 'FAIL'} ${title} (${r.seconds} s)`);
  return r.ok;
}

function suite(title, args, jsonFile, count) {
  const r = run(title, args);
  const counts = existsSync(jsonFile) ? count(JSON.parse(readFileSync(jsonFile, 'utf8'))) : null;
  if (!counts) {
    totals.failed += 1;
    lines.push(`FAIL ${title}: no results (${r.seconds} s)`);
    return;
  }
  // A runner that fails outside any test (a crash, a config error) is a failure too.
  if (!r.ok && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  lines.push(`${counts.failed ? 'FAIL' : 'ok  '} ${title}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${r.seconds} s)`);
}

check('Type-check', ['tsc', '-b']);
check('Lint', ['eslint', '--max-warnings', '0', '.']);
suite('Unit and component tests', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/vitest.json`], `${RESULTS}/vitest.json`, countVitest);
const built = check('Production build', ['electron-vite', 'build']);
if (built) {
  suite('Browser end-to-end tests (Chromium)', ['playwright', 'test', '-c', 'playwright.config.mts'], `${RESULTS}/e2e.json`, countPlaywright);
} else {
  totals.failed += 1;
  lines.push('FAIL Browser end-to-end tests: not run, the build failed');
}

console.log('\n=== Summary');
for (const line of lines) console.log(line);
if (totals.skipped) console.log(`${totals.skipped} skipped (each prints its reason above)`);
writeFileSync(`${RESULTS}/summary.json`, JSON.stringify(totals, null, 2) + '\n');
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
