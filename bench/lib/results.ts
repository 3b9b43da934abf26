/**
 * The benchmark results file: `bench/results.json`, an object from figure name to
 * `{ value, unit }`. Each bench script records its own figures; the harness
 * (scripts/bench.mjs) runs them all and prints the table. Figures belong to a machine, so the
 * file is not committed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Figure {
  value: number;
  unit: string;
}

// Relative to the project root: benchmarks always run from there (npm run bench).
export const RESULTS_FILE = resolve('bench/results.json');

export function recordFigures(figures: Record<string, Figure>): void {
  const current: Record<string, Figure> = existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, Figure>)
    : {};
  for (const [name, figure] of Object.entries(figures)) {
    current[name] = { value: Math.round(figure.value * 1000) / 1000, unit: figure.unit };
  }
  writeFileSync(RESULTS_FILE, JSON.stringify(current, null, 2) + '\n');
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i]!;
}
