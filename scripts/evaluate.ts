/**
 * Evaluates a plan file headlessly, for automation and batch reports.
 *
 *   npm run evaluate -- <plan file> [--scenario NAME] [--format json|table]
 *
 * --scenario  a scenario id or name; without it, every scenario of the plan.
 * --format    table (default): per scenario and year, the key figures in plain English and
 *             plain numbers; json: the engine's result (one ScenarioResult with --scenario,
 *             else an array of them), exactly as `evaluate()` returns it.
 *
 * Exit codes: 0 done; 1 the plan file or plan has problems (each named by file, JSON path or
 * record and field); 2 wrong arguments. Messages never include a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  PlanError,
  co2ePerMeal,
  costPerMeal,
  evaluate,
  localShareValue,
  localShareWeight,
  organicShareValue,
  organicShareWeight,
} from '../shared/engine';
import type { ScenarioResult } from '../shared/engine/types';
import type { Plan } from '../shared/model/types';
import { PLAN_FILE_MAX_CHARS, readPlanFile } from '../shared/planfile';

const USAGE = 'Usage: npm run evaluate -- <plan file> [--scenario NAME] [--format json|table]';

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function parse(argv: string[]): { file: string; scenario: string | undefined; format: 'json' | 'table' } {
  let values: { scenario?: string; format?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { scenario: { type: 'string', short: 's' }, format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    throw new CliError(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, 2);
  }
  if (values.help) throw new CliError(USAGE, 0);
  if (positionals.length !== 1) throw new CliError(positionals.length === 0 ? `Give the plan file to evaluate.\n${USAGE}` : `Give one plan file, not ${positionals.length}.\n${USAGE}`, 2);
  const format = values.format ?? 'table';
  if (format !== 'json' && format !== 'table') throw new CliError(`--format must be json or table, not '${format}'.\n${USAGE}`, 2);
  return { file: positionals[0]!, scenario: values.scenario, format };
}

function load(file: string): Plan {
  let text: string;
  try {
    if (statSync(file).size > PLAN_FILE_MAX_CHARS * 4) throw new CliError(`${file}: the file is too large to be a plan file.`, 1);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e);
    throw new CliError(`Cannot read ${file}: ${why}.`, 1);
  }
  const read = readPlanFile(text);
  if (!read.ok) {
    const lines = read.issues.slice(0, 20).map((i) => `  ${i.message}`);
    if (read.issues.length > 20) lines.push(`  … and ${read.issues.length - 20} more.`);
    throw new CliError(`${file} is not a valid plan file:\n${lines.join('\n')}`, 1);
  }
  return read.plan;
}

function pickScenarios(plan: Plan, wanted: string | undefined, file: string): string[] {
  if (wanted === undefined) return plan.scenarios.map((s) => s.id);
  const s = plan.scenarios.find((x) => x.id === wanted) ?? plan.scenarios.find((x) => x.name === wanted);
  if (!s) {
    const known = plan.scenarios.map((x) => `${x.id} (${x.name})`).join(', ') || 'none';
    throw new CliError(`${file}: no scenario has the id or name '${wanted}'. Scenarios: ${known}.`, 1);
  }
  return [s.id];
}

const pct = (x: number | null) => (x === null ? '-' : (x * 100).toFixed(1));
const major = (minor: number | null) => (minor === null ? '-' : (minor / 100).toFixed(2));
const num = (x: number | null, digits: number) => (x === null ? '-' : x.toFixed(digits));

function table(plan: Plan, results: ScenarioResult[]): string {
  const out: string[] = [];
  out.push(`Plan: ${plan.meta.name} (${plan.meta.id}), money in ${plan.meta.currency}, shares in %`);
  const head = ['year', 'meals', 'food cost', 'total cost', 'cost/meal', 'local % value', 'local % weight', 'organic % value', 'organic % weight', 'kg CO2e/meal', 'budget gap'];
  for (const r of results) {
    const s = plan.scenarios.find((x) => x.id === r.scenarioId)!;
    out.push('', `Scenario ${s.id}: ${s.name} (${r.kind})`);
    const rows = r.totals.map((t) => [
      String(t.year),
      t.meals.toFixed(0),
      major(t.foodMinor),
      major(t.totalMinor),
      major(costPerMeal(t)),
      pct(localShareValue(t)),
      pct(localShareWeight(t)),
      pct(organicShareValue(t)),
      pct(organicShareWeight(t)),
      num(co2ePerMeal(t), 3),
      major(t.gapMinor),
    ]);
    const h = r.horizon;
    rows.push(['all', h.meals.toFixed(0), major(h.foodMinor), major(h.totalMinor), major(costPerMeal(h)), pct(localShareValue(h)), pct(localShareWeight(h)), pct(organicShareValue(h)), pct(organicShareWeight(h)), num(co2ePerMeal(h), 3), major(h.gapMinor)]);
    const widths = head.map((c, i) => Math.max(c.length, ...rows.map((row) => row[i]!.length)));
    out.push(head.map((c, i) => c.padStart(widths[i]!)).join('  '));
    for (const row of rows) out.push(row.map((c, i) => c.padStart(widths[i]!)).join('  '));
    const count = (sev: string) => r.warnings.filter((w) => w.severity === sev).length;
    out.push(`Warnings: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes (use --format json for the details).`);
  }
  return out.join('\n') + '\n';
}

function main(argv: string[]): number {
  const args = parse(argv);
  const plan = load(args.file);
  const ids = pickScenarios(plan, args.scenario, args.file);
  let results: ScenarioResult[];
  try {
    results = ids.map((id) => evaluate(plan, id));
  } catch (e) {
    if (e instanceof PlanError) {
      const lines = e.issues.slice(0, 20).map((i) => `  ${i.message}`);
      if (e.issues.length > 20) lines.push(`  … and ${e.issues.length - 20} more.`);
      throw new CliError(`${args.file}: the plan cannot be evaluated:\n${lines.join('\n')}`, 1);
    }
    throw e;
  }
  if (args.format === 'json') process.stdout.write(JSON.stringify(args.scenario === undefined ? results : results[0], null, 2) + '\n');
  else process.stdout.write(table(plan, results));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof CliError) {
    (e.exitCode === 0 ? process.stdout : process.stderr).write(e.message + '\n');
    process.exitCode = e.exitCode;
  } else {
    process.stderr.write(`Måltid could not evaluate the plan: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 3;
  }
}
