// `npm run bench`: builds the app, runs every bench/*.bench.ts and *.bench.mts (each records its own figures in
// bench/results.json), then prints the table. Benchmarks report; they never fail the test suite.
// Run one alone with: npm run bench -- engine   (matches file names)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const filter = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => /\.bench\.m?ts$/.test(f))
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
console.log('Building the production app for the browser benchmarks…');
if (spawnSync(npx, ['electron-vite', 'build'], { stdio: 'ignore' }).status !== 0) {
  console.error('The build failed: run "npm run build" to see why.');
  process.exit(1);
}

const failed = [];
for (const file of files) {
  console.log(`\n=== ${file}`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', `bench/${file}`], { stdio: 'inherit' });
  if (r.status !== 0) failed.push(file);
}

if (existsSync('bench/results.json')) {
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  const rows = Object.entries(results).sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([n]) => n.length));
  console.log('\nfigure'.padEnd(width + 2) + 'value');
  for (const [name, { value, unit }] of rows) console.log(`${name.padEnd(width + 1)} ${value} ${unit}`);
  console.log('\n(written to bench/results.json)');
}
if (failed.length) console.error(`\nThese benchmarks did not finish: ${failed.join(', ')}`);
