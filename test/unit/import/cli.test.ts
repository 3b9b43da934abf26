/**
 * The headless import (scripts/import.ts), run as a child process on files in a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanFile, writePlanFile } from '../../../shared/planfile';
import { cp1252, testPlan, utf8 } from './helpers';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
let dir = '';

function cli(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const at = (name: string) => join(dir, name);
const readPlan = (name = 'plan.json') => {
  const r = readPlanFile(readFileSync(at(name), 'utf8'));
  if (!r.ok) throw new Error(r.issues[0]!.message);
  return r;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'maltid-import-'));
  writeFileSync(at('plan.json'), writePlanFile(testPlan()));
  writeFileSync(at('inkop.csv'), utf8('Datum;Köpare;Leverantör;Artikel;Antal;Enhet;Belopp;Eko;Ursprung\n2025-01-02;Södertälje kommun;Arla Foods AB;Mjölk 1 l;120;l;1 234,50;Ja;01\n2025-01-03;Nykvarns kommun;Gården i Järna;Ägg;30;st;300,00;Nej;SE\n', true));
  writeFileSync(at('kok.csv'), cp1252('Namn;Kommun;Verksamhet;Lunch;Närvaro\nBjörkskolan;Södertälje;Skola;350;90 %\nEkbackens äldreboende;Nykvarn;Äldreboende;45;1\n'));
  writeFileSync(at('bad.csv'), utf8('Namn;Kommun;Verksamhet;Lunch\nBjörkskolan;Södertälje;Skola;35O\n'));
  writeFileSync(at('empty.csv'), new Uint8Array(0));
  writeFileSync(at('image.csv'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
  writeFileSync(at('mapping.json'), JSON.stringify({ target: 'purchases', columns: { date: 'När', amount: 'Kronor', product: 'Vad' } }));
  writeFileSync(at('odd.csv'), utf8('När;Kronor;Vad\n2025-05-05;10,50;Potatis\n'));
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Leverantörer');
  ws.addRow(['Leverantör', 'Land', 'Länskod', 'Avstånd']);
  ws.addRow(['Arla Foods AB', 'Sverige', '01', 45]);
  ws.addRow(['Jokipiin Pellava', 'Suomi', '', 1200.5]);
  writeFileSync(at('lev.xlsx'), new Uint8Array(await book.xlsx.writeBuffer()));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import', () => {
  it('appends purchase lines as a batch, printing the guessed mapping', () => {
    const r = cli(at('inkop.csv'), '--into', at('plan.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"date": "Datum"');
    expect(r.stdout).toMatch(/Imported 2 purchase lines dated 2025-01-02 to 2025-01-03 from inkop.csv/);
    const again = cli(at('inkop.csv'), '--into', at('plan.json'));
    expect(again.code).toBe(0);
    const { purchases } = readPlan();
    expect(purchases!.batches).toHaveLength(2);
    expect(purchases!.rows).toHaveLength(4);
    expect(purchases!.rows[0]).toEqual([purchases!.batches[0]!.id, 2, '2025-01-02', 'Södertälje kommun', '', 'Arla Foods AB', 'Mjölk 1 l', 'milk', 120, 'l', 120, 123450, true, '01']);
  }, 60_000);

  it('merges kitchens from a Windows-1252 file: a second import updates, it does not duplicate', () => {
    expect(cli(at('kok.csv'), '--into', at('plan.json'), '--target', 'kitchens').stdout).toContain('2 added, 0 updated');
    const r = cli(at('kok.csv'), '--into', at('plan.json'), '--target', 'kitchens');
    expect(r.stdout).toContain('0 added, 2 updated');
    const { plan } = readPlan();
    expect(plan.kitchens.map((k) => [k.name, k.organisationId, k.sector, k.meals.lunch, k.attendance])).toEqual([
      ['Björkskolan', 'org-sod', 'school', 350, 0.9],
      ['Ekbackens äldreboende', 'org-nyk', 'elderly_care', 45, 1],
    ]);
    // The purchase lines of the earlier test are kept.
    expect(readPlan().purchases!.rows).toHaveLength(4);
  }, 60_000);

  it('reads the first sheet of a workbook', () => {
    const r = cli(at('lev.xlsx'), '--into', at('plan.json'), '--target', 'suppliers');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 added, 1 updated');
    const s = readPlan().plan.suppliers;
    expect(s.find((x) => x.name === 'Jokipiin Pellava')).toMatchObject({ country: 'FI', distanceKm: 1200.5 });
    expect(s.find((x) => x.id === 'sup-arla')).toMatchObject({ regionCode: '01', distanceKm: 45 });
  }, 60_000);

  it('uses a mapping file', () => {
    const r = cli(at('odd.csv'), '--into', at('plan.json'), '--mapping', at('mapping.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Guessed mapping');
    expect(readPlan().purchases!.rows.at(-1)).toMatchObject({ 2: '2025-05-05', 6: 'Potatis', 7: 'potatoes_roots', 11: 1050 });
  }, 60_000);

  it.each([
    ['bad.csv', ['--target', 'kitchens'], 'bad.csv, row 2, Lunches a day: “35O” is not a number.'],
    ['empty.csv', [], 'empty.csv: the file is empty: there is nothing to import.'],
    ['image.csv', [], 'image.csv: this is not a text file (CSV) or a spreadsheet (XLSX)'],
    ['missing.csv', [], 'Cannot read the file'],
  ])('refuses %s with a readable message and leaves the plan file byte for byte as it was', (file, extra, message) => {
    const before = readFileSync(at('plan.json'));
    const r = cli(at(file), '--into', at('plan.json'), ...extra);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(at('plan.json')).equals(before)).toBe(true);
  }, 60_000);

  it('says how to call it when the arguments are wrong', () => {
    const r = cli(at('inkop.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Give the plan file to import into with --into.');
    expect(cli(at('inkop.csv'), '--into', at('plan.json'), '--target', 'meals').stderr).toContain('--target must be one of purchases, kitchens');
  }, 60_000);
});
