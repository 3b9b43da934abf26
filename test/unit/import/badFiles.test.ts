/**
 * Files that cannot be imported: each is refused with a sentence naming the file, the row and the
 * field, so that a food chief knows what to fix. (That the workspace is then unchanged is checked
 * against the database in test/integration/importAllOrNothing.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { problemSentence, type ImportProblem } from '../../../shared/import/problems';
import { importBytes, utf8 } from './helpers';

const GOOD = ['Datum;Leverantör;Artikel;Antal;Enhet;Belopp', '2025-01-02;Arla Foods AB;Mjölk;10;l;123,50', '2025-01-03;Arla Foods AB;"Ost\nlagrad";2;kg;99,00', ''].join('\n');

function errors(problems: readonly ImportProblem[]) {
  return problems.filter((p) => p.severity === 'error');
}

function sentences(problems: readonly ImportProblem[]) {
  return errors(problems).map((p) => problemSentence(p, 'inköp.csv'));
}

describe('bad files', () => {
  it('a wrong delimiter (semicolon file read as comma-separated) says the columns are not separated so', () => {
    const r = importBytes(utf8(GOOD), 'purchases', { delimiter: ',' }).result;
    expect(sentences(r.problems.listed)).toEqual([
      'inköp.csv, row 1: the first row has only one column (“Datum;Leverantör;Artikel;Antal;Enhet;Belopp”): the columns are probably separated by another character. Choose the separator (semicolon, comma or tab).',
    ]);
  });

  it('a comma-separated file with unquoted decimal commas names the rows with too many values', () => {
    const text = 'Date,Supplier,Product,Amount\n2025-01-02,Arla,Milk,12,50\n2025-01-03,Arla,Cheese,99\n';
    const r = importBytes(utf8(text), 'purchases').result;
    expect(sentences(r.problems.listed)).toEqual([
      'inköp.csv, row 2: the row has 5 values but the header has 4: a value probably holds the separator without quotes, or the separator is wrong.',
    ]);
  });

  it('a text in a number column names the row and field', () => {
    const text = GOOD.replace('99,00', '99,0o');
    const r = importBytes(utf8(text), 'purchases').result;
    expect(sentences(r.problems.listed)).toEqual(['inköp.csv, row 3, Amount: “99,0o” is not a number. Write it with digits, e.g. 1 234,50.']);
  });

  it('a missing required column is named before any row is read', () => {
    const text = GOOD.split('\n')
      .map((l) => l.split(';').slice(0, 5).join(';'))
      .join('\n');
    const r = importBytes(utf8(text), 'purchases').result;
    expect(sentences(r.problems.listed)).toEqual(['inköp.csv, Amount: no column is chosen for Amount, which is required. Choose the column that holds it, or add it to the file.']);
    expect(r.rows).toBe(0);
  });

  it('a file cut off inside a quoted value says it is truncated', () => {
    const text = GOOD.slice(0, GOOD.indexOf('lagrad'));
    const r = importBytes(utf8(text), 'purchases').result;
    expect(sentences(r.problems.listed)).toEqual(['inköp.csv, row 3: a quoted value that starts here never ends: the file seems to be cut off. Export it again.']);
  });

  it('a file cut off in the middle of a row names the empty required cell', () => {
    const text = GOOD.slice(0, GOOD.indexOf('99,00'));
    const r = importBytes(utf8(text), 'purchases').result;
    expect(sentences(r.problems.listed)).toEqual(['inköp.csv, row 3, Amount: the cell is empty, but a value is required.']);
  });

  it('a 0-byte file is empty', () => {
    const r = importBytes(new Uint8Array(0), 'kitchens').result;
    expect(sentences(r.problems.listed)).toEqual(['inköp.csv: the file is empty: there is nothing to import.']);
  });

  it('a header without rows has nothing to import', () => {
    const r = importBytes(utf8('Datum;Belopp;Artikel\n'), 'purchases').result;
    expect(sentences(r.problems.listed)).toEqual(['inköp.csv: the file has a header row but no rows of data.']);
  });

  it('a binary file renamed .csv is not text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array<number>(200).fill(0)]);
    const r = importBytes(png, 'purchases').result;
    expect(sentences(r.problems.listed)).toEqual([
      'inköp.csv: this is not a text file (CSV) or a spreadsheet (XLSX); it may be another kind of file that was renamed. Export the data again as CSV or XLSX.',
    ]);
  });

  it('register rows name the unknown organisation, the unknown sector and the out-of-range number', () => {
    const text = ['Namn;Kommun;Verksamhet;Lunch', 'Björkskolan;Gnesta;Skola;350', 'Ekbacken;Södertälje;Bibliotek;40', 'Ängen;Södertälje;Skola;-4', 'Ängen;Södertälje;Skola;4', 'Ängen;Södertälje;Skola;5'].join('\n');
    const r = importBytes(utf8(text), 'kitchens').result;
    expect(sentences(r.problems.listed)).toEqual([
      'inköp.csv, row 2, Organisation: no organisation of the plan has the name or code “Gnesta”. Add it under Organisations first, or correct the name.',
      'inköp.csv, row 3, Sector: “Bibliotek” is not one of the known values: skola, förskola, äldreboende, hemtjänst, sjukhus, övrigt.',
      'inköp.csv, row 4, Lunches a day: “-4” is too small: the smallest allowed is 0.',
      'inköp.csv, row 6, Name: “Ängen” is also on row 5; each may appear only once.',
    ]);
  });
});
