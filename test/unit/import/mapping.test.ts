import { describe, expect, it } from 'vitest';
import { compileCategoryRules, DEFAULT_CATEGORY_RULES } from '../../../shared/import/categoryRules';
import { readShare, readYesNo, INVALID } from '../../../shared/import/cells';
import { normaliseHeader } from '../../../shared/import/fields';
import { fromSavedMapping, guessMapping, mappingKey, parseSavedMapping, toSavedMapping } from '../../../shared/import/mapping';
import { originReader } from '../../../shared/import/origin';
import { quantityToKg, unitKind, weightInText } from '../../../shared/import/units';
import { testPlan } from './helpers';

describe('guessing which column is which', () => {
  it.each([
    ['Swedish invoice export', ['Fakturadatum', 'Förvaltning', 'Kostnadsställe', 'Leverantörsnamn', 'Artikelbenämning', 'Levererat antal', 'Enhet', 'Belopp exkl. moms', 'Belopp inkl. moms', 'Eko', 'Ursprungsland']],
    ['Danish', ['Dato', 'Køber', 'Omkostningssted', 'Leverandør', 'Varenavn', 'Mængde', 'Enhed', 'Beløb ekskl. moms', 'Beløb', 'Økologisk', 'Oprindelsesland']],
    ['Finnish', ['Laskun päivämäärä', 'Tilaaja', 'Kustannuspaikka', 'Toimittajan nimi', 'Tuotenimi', 'Määrä', 'Yksikkö', 'Veroton summa', 'Summa', 'Luomu', 'Alkuperämaa']],
    ['English', ['Invoice date', 'Customer', 'Cost centre', 'Supplier name', 'Item description', 'Qty', 'UoM', 'Net amount', 'Total', 'Organic', 'Country of origin']],
  ])('maps a %s header row', (_name, headers) => {
    expect(guessMapping('purchases', headers)).toEqual({ date: 0, buyer: 1, costCentre: 2, supplier: 3, product: 4, quantity: 5, unit: 6, amount: 7, organic: 9, origin: 10 });
  });

  it('keeps breakfast (sv frukost) and lunch (da frokost) apart', () => {
    expect(guessMapping('kitchens', ['Namn', 'Frukost', 'Lunch per dag'])).toEqual({ name: 0, breakfast: 1, lunch: 2 });
    expect(guessMapping('kitchens', ['Navn', 'Morgenmad', 'Frokost'])).toEqual({ name: 0, breakfast: 1, lunch: 2 });
  });

  it('remembers a mapping by the set of headers, in any order, and by header name', () => {
    const headers = ['Datum', 'Belopp', 'Artikel'];
    expect(mappingKey('purchases', headers)).toBe(mappingKey('purchases', ['artikel', 'BELOPP', 'Datum ']));
    expect(mappingKey('purchases', headers)).not.toBe(mappingKey('kitchens', headers));
    const saved = toSavedMapping('purchases', headers, { date: 0, amount: 1, product: 2 });
    expect(saved).toEqual({ target: 'purchases', columns: { date: 'Datum', product: 'Artikel', amount: 'Belopp' } });
    expect(fromSavedMapping(saved, ['Artikel', 'Datum', 'Belopp'])).toEqual({ mapping: { date: 1, product: 0, amount: 2 }, missing: [] });
    expect(fromSavedMapping(saved, ['Artikel', 'Datum'])).toEqual({ mapping: { date: 1, product: 0 }, missing: ['Belopp'] });
  });

  it('checks a mapping file', () => {
    expect(parseSavedMapping({ columns: { amount: 'Belopp' } }, 'purchases')).toEqual({ target: 'purchases', columns: { amount: 'Belopp' } });
    expect(parseSavedMapping({ columns: { price: 'Pris' } }, 'purchases')).toMatch(/"price" is not a field of purchases/);
    expect(parseSavedMapping([], 'purchases')).toMatch(/JSON object/);
  });

  it('normalises headers: brackets, punctuation, per-day words', () => {
    expect(normaliseHeader('Belopp (kr) exkl. moms')).toBe('belopp exkl moms');
    expect(normaliseHeader('Lunch per dag')).toBe('lunch');
    expect(normaliseHeader('Pris kr/kg')).toBe('pris kr kg');
  });
});

describe('product texts to categories', () => {
  const categorise = compileCategoryRules(DEFAULT_CATEGORY_RULES);
  it.each([
    ['Mellanmjölk 1,5% 1 l', 'milk'],
    ['Letmælk 1 l', 'milk'],
    ['Kevytmaito 1l', 'milk'],
    ['Kokosmjölk 400 ml', 'other'],
    ['Kålrot tärnad', 'potatoes_roots'],
    ['Vitkål', 'vegetables'],
    ['Kycklingfilé fryst', 'poultry'],
    ['Nötfärs 10%', 'red_meat'],
    ['Hasselnötter', 'other'],
    ['Laxfilé', 'fish'],
    ['Hushållsost 26%', 'other_dairy'],
    ['Ärtor frost', 'vegetables'],
    ['Gula ärtor torkade', 'legumes'],
    ['Okänd artikel 123', null],
    ['Rugbrød skiver', 'bread'],
    ['Luomu porkkana', 'potatoes_roots'],
    ['Ruisleipä', 'bread'],
    ['Organic apples', 'fruit_berries'],
  ])('%s → %s', (text, category) => {
    expect(categorise(text)).toBe(category);
  });
});

describe('quantities to kg', () => {
  it('converts mass and volume units (a litre counts as a kg)', () => {
    expect(unitKind('KG')).toEqual({ kind: 'mass', kgPer: 1 });
    expect(quantityToKg(500, 'g', '', [])).toBeCloseTo(0.5);
    expect(quantityToKg(3, 'hg', '', [])).toBeCloseTo(0.3);
    expect(quantityToKg(12, 'liter', '', [])).toBe(12);
    expect(quantityToKg(5, 'dl', '', [])).toBeCloseTo(0.5);
  });

  it('needs a kg-per-piece rule or a weight in the text for pieces', () => {
    expect(quantityToKg(10, 'st', 'ägg', [])).toBeNull();
    expect(quantityToKg(10, 'st', 'ägg', [{ keyword: 'ägg', kgPerPiece: 0.06 }])).toBeCloseTo(0.6);
    expect(quantityToKg(24, 'förp', 'krossade tomater 400g', [])).toBeCloseTo(9.6);
    expect(weightInText('Tonfisk 2x185 g')).toBeCloseTo(0.37);
    expect(quantityToKg(3, 'kolli', 'äpplen', [])).toBeNull();
  });
});

describe('reading cells', () => {
  it('reads yes and no in four languages', () => {
    for (const y of ['Ja', 'yes', 'Kyllä', 'x', '1', 'Ø', 'KRAV', 'Luomu']) expect(readYesNo(y), y).toBe(true);
    for (const n of ['Nej', 'no', 'Ei', '', '0', 'Konventionell']) expect(readYesNo(n), n).toBe(false);
    expect(readYesNo('kanske')).toBe(INVALID);
  });

  it('reads shares as fractions or per cent', () => {
    expect(readShare('90 %', ',')).toBeCloseTo(0.9);
    expect(readShare('0,9', ',')).toBeCloseTo(0.9);
    expect(readShare('90', ',')).toBeCloseTo(0.9);
    expect(readShare(1, ',')).toBe(1);
  });
});

describe('origins', () => {
  const read = originReader(testPlan());
  it.each([
    ['SE', { country: 'SE' }],
    ['Sverige', { country: 'SE' }],
    ['Tanska', { country: 'DK' }],
    ['0181', { country: 'SE', municipalityCode: '0181', regionCode: '01' }],
    ['0380', { country: 'SE', municipalityCode: '0380' }],
    ['12', { country: 'SE', regionCode: '12' }],
    ['FI-091', { country: 'FI', municipalityCode: '091' }],
    ['Södertälje kommun', { country: 'SE', municipalityCode: '0181', regionCode: '01' }],
    ['', null],
    ['Okänt', null],
  ])('%j → %j', (text, place) => {
    expect(read(text)).toEqual(place);
  });
});
