/**
 * The same purchase lines and the same kitchens written in each dialect and encoding a Nordic
 * municipality's systems produce: each file must import to the same records.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { dataToRows } from '../../../shared/import/purchaseRows';
import { cp1252, importBytes, resetIds, utf8 } from './helpers';

const NBSP = '\u00a0';

/** Purchase lines: the four rows of each dialect say the same thing. */
const PURCHASES: Record<string, Uint8Array> = {
  'semicolon, decimal comma, UTF-8, 31.12.2025': utf8(
    [
      'Datum;Köpare;Kostnadsställe;Leverantör;Artikel;Antal;Enhet;Belopp;Eko;Ursprung',
      '02.01.2025;Södertälje kommun;Björkskolan;Arla Foods AB;Mellanmjölk 1,5% 1 l;120;l;1 234,50;Ja;SE',
      '31.12.2025;Nykvarns kommun;Kök Ekbacken;Gården i Järna;"Morötter ""extra""";85,5;kg;2 345,00;Nej;0181',
      '15.06.2025;Södertälje kommun;Björkskolan;Arla Foods AB;"Ägg 12-p\nfrigående";40;st;1 999,90;Ja;DK',
      '01.03.2025;Nykvarns kommun;Kök Ekbacken;Gården i Järna;Nötfärs 10%;1 000,5;kg;12 345 678,90;Nej;SE',
      '',
    ].join('\n'),
  ),
  'comma, decimal point, UTF-8 with BOM, 2025-12-31': utf8(
    [
      'Date,Buyer,Cost centre,Supplier,Product,Quantity,Unit,Amount,Organic,Origin',
      '2025-01-02,Södertälje kommun,Björkskolan,Arla Foods AB,"Mellanmjölk 1,5% 1 l",120,l,"1,234.50",yes,SE',
      '2025-12-31,Nykvarns kommun,Kök Ekbacken,Gården i Järna,"Morötter ""extra""",85.5,kg,"2,345.00",no,0181',
      '2025-06-15,Södertälje kommun,Björkskolan,Arla Foods AB,"Ägg 12-p\r\nfrigående",40,st,1999.90,yes,DK',
      '2025-03-01,Nykvarns kommun,Kök Ekbacken,Gården i Järna,Nötfärs 10%,"1,000.5",kg,"12,345,678.90",no,SE',
    ].join('\r\n'),
    true,
  ),
  'tab, decimal comma, Windows-1252, 31/12/2025, no-break spaces and kr': cp1252(
    [
      'Päivämäärä\tOstaja\tKustannuspaikka\tToimittaja\tTuote\tMäärä\tYksikkö\tSumma\tLuomu\tAlkuperä',
      `02/01/2025\tSödertälje kommun\tBjörkskolan\tArla Foods AB\tMellanmjölk 1,5% 1 l\t120\tl\t1${NBSP}234,50 kr\tKyllä\tSE`,
      `31/12/2025\tNykvarns kommun\tKök Ekbacken\tGården i Järna\t"Morötter ""extra"""\t85,5\tkg\t2${NBSP}345,00 kr\tEi\t0181`,
      `15/06/2025\tSödertälje kommun\tBjörkskolan\tArla Foods AB\t"Ägg 12-p\nfrigående"\t40\tst\t1${NBSP}999,90 kr\tKyllä\tDK`,
      `01/03/2025\tNykvarns kommun\tKök Ekbacken\tGården i Järna\tNötfärs 10%\t1${NBSP}000,5\tkg\t12${NBSP}345${NBSP}678,90 kr\tEi\tSE`,
    ].join('\n'),
  ),
  'semicolon, Windows-1252, CRLF, SEK and € signs, 2.1.2025': cp1252(
    [
      'Dato;Køber;Omkostningssted;Leverandør;Vare;Antal;Enhed;Beløb;Øko;Oprindelse',
      '2.1.2025;Södertälje kommun;Björkskolan;Arla Foods AB;"Mellanmjölk 1,5% 1 l";120;l;SEK 1 234,50;x;SE',
      '31.12.2025;Nykvarns kommun;Kök Ekbacken;Gården i Järna;"Morötter ""extra""";85,5;kg;2.345,00 €;;0181',
      '15.6.2025;Södertälje kommun;Björkskolan;Arla Foods AB;"Ägg 12-p\r\nfrigående";40;st;1999,90:-;x;DK',
      `1.3.2025;Nykvarns kommun;Kök Ekbacken;Gården i Järna;Nötfärs 10%;1${NBSP}000,5;kg;12 345 678,90 kr;;SE`,
      '',
    ].join('\r\n'),
  ),
};

const KITCHENS: Record<string, Uint8Array> = {
  'Swedish, semicolon, decimal comma, Windows-1252': cp1252(
    [
      'Namn;Kommun;Verksamhet;Kökstyp;Frukost;Lunch per dag;Middag;Mellanmål;Närvaro;Serveringsdagar',
      'Björkskolan;Södertälje kommun;Skola;Tillagningskök;0;350;0;0;90 %;178',
      '"Ekbackens äldreboende";Södertälje;Äldreboende;Mottagningskök;45;45;45;40;1;',
      '"Solgläntans förskola; avd 1";0140;Förskola;Serveringskök;60;60;0;60;0,85;220',
    ].join('\r\n'),
  ),
  'English, comma, decimal point, UTF-8 with BOM': utf8(
    [
      'Name,Municipality,Sector,Kitchen type,Breakfasts,Lunches,Dinners,Snacks,Attendance,Service days',
      'Björkskolan,Södertälje,school,production kitchen,0,350,0,0,90%,178',
      'Ekbackens äldreboende,Södertälje kommun,elderly care,receiving,45,45,45,40,100 %,',
      '"Solgläntans förskola; avd 1",Nykvarns kommun,preschool,serving,60,60,0,60,0.85,220',
    ].join('\n'),
    true,
  ),
  'Finnish headers, tab, UTF-8': utf8(
    [
      'Nimi\tKunta\tToimiala\tKeittiötyyppi\tAamiainen\tLounas\tPäivällinen\tVälipala\tLäsnäolo\tAteriapäivät',
      'Björkskolan\t0181\tkoulu\tvalmistuskeittiö\t0\t350\t0\t0\t0,9\t178',
      'Ekbackens äldreboende\tSödertälje kommun\thoivakoti\tjakelukeittiö\t45\t45\t45\t40\t1\t',
      'Solgläntans förskola; avd 1\tNykvarn\tpäiväkoti\tpalvelukeittiö\t60\t60\t0\t60\t85 %\t220',
    ].join('\n'),
  ),
};

beforeEach(() => resetIds());

describe('purchase lines in every dialect', () => {
  const results = Object.entries(PURCHASES).map(([name, bytes]) => {
    resetIds();
    return [name, importBytes(bytes, 'purchases')] as const;
  });

  it.each(results)('%s imports without problems', (_name, imported) => {
    expect(imported.result.problems.listed).toEqual([]);
    expect(imported.result.purchases!.rowCount).toBe(4);
  });

  it('each dialect gives the same lines', () => {
    const rows = results.map(([, r]) => dataToRows('b', r.result.purchases!).map((row) => row.filter((_, i) => i !== 1)));
    for (const r of rows.slice(1)) expect(r).toEqual(rows[0]);
    expect(rows[0]).toEqual([
      ['b', '2025-01-02', 'Södertälje kommun', 'Björkskolan', 'Arla Foods AB', 'Mellanmjölk 1,5% 1 l', 'milk', 120, 'l', 120, 123450, true, 'SE'],
      ['b', '2025-12-31', 'Nykvarns kommun', 'Kök Ekbacken', 'Gården i Järna', 'Morötter "extra"', 'potatoes_roots', 85.5, 'kg', 85.5, 234500, false, '0181'],
      ['b', '2025-06-15', 'Södertälje kommun', 'Björkskolan', 'Arla Foods AB', 'Ägg 12-p\nfrigående', 'eggs', 40, 'st', null, 199990, true, 'DK'],
      ['b', '2025-03-01', 'Nykvarns kommun', 'Kök Ekbacken', 'Gården i Järna', 'Nötfärs 10%', 'red_meat', 1000.5, 'kg', 1000.5, 1234567890, false, 'SE'],
    ]);
  });

  it('detects each encoding and delimiter', () => {
    expect(results.map(([, r]) => [r.encoding, r.delimiter])).toEqual([
      ['utf-8', ';'],
      ['utf-8', ','],
      ['windows-1252', '\t'],
      ['windows-1252', ';'],
    ]);
  });

  it('lists the line that has no weight (eggs in pieces without a kg-per-piece rule)', () => {
    const p = results[0]![1].result.purchases!;
    expect(p.withoutWeightLines).toBe(1);
    expect(p.withoutWeight[0]).toMatchObject({ unit: 'st', lines: 1, amountMinor: 199990 });
  });
});

describe('kitchens in every dialect', () => {
  const results = Object.entries(KITCHENS).map(([name, bytes]) => {
    resetIds();
    return [name, importBytes(bytes, 'kitchens')] as const;
  });

  it.each(results)('%s imports without problems', (_name, imported) => {
    expect(imported.result.problems.listed).toEqual([]);
    expect(imported.result.added).toBe(3);
  });

  it('each dialect gives the same kitchens', () => {
    const records = results.map(([, r]) => r.result.puts!.map((p) => p.record));
    for (const r of records.slice(1)) expect(r).toEqual(records[0]);
    expect(records[0]).toEqual([
      { id: 'kitchen-1', name: 'Björkskolan', organisationId: 'org-sod', sector: 'school', kind: 'production', meals: { breakfast: 0, lunch: 350, dinner: 0, snack: 0 }, attendance: 0.9, calendar: 'fixed', serviceDays: 178 },
      { id: 'kitchen-2', name: 'Ekbackens äldreboende', organisationId: 'org-sod', sector: 'elderly_care', kind: 'receiving', meals: { breakfast: 45, lunch: 45, dinner: 45, snack: 40 }, attendance: 1, calendar: 'every_day', serviceDays: 365 },
      { id: 'kitchen-3', name: 'Solgläntans förskola; avd 1', organisationId: 'org-nyk', sector: 'preschool', kind: 'serving', meals: { breakfast: 60, lunch: 60, dinner: 0, snack: 60 }, attendance: 0.85, calendar: 'fixed', serviceDays: 220 },
    ]);
  });
});
