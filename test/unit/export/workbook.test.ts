/**
 * The Excel workbook, built in Node for a demo plan exactly as the Reports view builds it, then
 * read back with exceljs: every money figure equals the engine's to the minor unit, with number,
 * currency and date formats, frozen headers, and text that could run as a formula neutralised.
 */
import * as ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/types';
import { buildWorkbook } from '../../../renderer/src/exports/workbook';
import { reportOf } from './support';
import { demoPlan } from './support';

async function workbookOf(plan: Plan, language: 'sv' | 'fi' | 'da' | 'en', selection = {}) {
  const r = await reportOf(plan, language, selection);
  const bytes = await buildWorkbook(ExcelJS, { plan, results: r.results, model: r.model, assumptions: r.content.assumptions, t: r.t, f: r.f, language });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return { ...r, wb, bytes };
}

/** The column of a header (row 2) in a sheet. */
function column(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(2).eachCell((c, i) => {
    if (c.value === header) found = i;
  });
  if (!found) throw new Error(`No column "${header}" in ${ws.name}`);
  return found;
}

/** A money cell back in minor units: exact, not merely close. */
function minor(ws: ExcelJS.Worksheet, row: number, col: number): number | null {
  const v = ws.getRow(row).getCell(col).value;
  if (v === null || v === undefined) return null;
  expect(typeof v).toBe('number');
  const m = Math.round((v as number) * 100);
  expect(v).toBe(m / 100);
  return m;
}

describe('the workbook of the Lapland demo (Finnish, every organisation)', async () => {
  const plan = demoPlan('lapland');
  const { wb, t, results, model } = await workbookOf(plan, 'fi');
  const currency = plan.meta.currency;

  it('has the comparison, the assumptions, three sheets per scenario and one per register, named as Excel allows', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(['Vertailu', 'Oletukset']);
    expect(names).toHaveLength(2 + 3 * plan.scenarios.length + 8);
    expect(names).toContain('1 Yhteensä vuosittain');
    expect(names.slice(-8)).toEqual(['Organisaatiot', 'Keittiöt', 'Elintarvikeryhmät', 'Ateriaprofiilit', 'Toimittajat', 'Tarjoukset', 'Sopimukset', 'Talousarviot']);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('freezes the title and header rows of every sheet', () => {
    for (const ws of wb.worksheets) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('has each scenario’s totals per year and over the horizon to the minor unit', () => {
    model.scenarios.forEach((s, i) => {
      const r = results.get(s.scenarioId)!;
      const ws = wb.getWorksheet(`${i + 1} Yhteensä vuosittain`)!;
      expect(ws.getCell(1, 1).value).toBe(t('exports.sheets.totals', { scenario: s.name }));
      const total = column(ws, t('exports.columns.totalCost', { currency }));
      const food = column(ws, t('exports.columns.foodCost', { currency }));
      const gap = column(ws, t('exports.columns.gap', { currency }));
      const budget = column(ws, t('exports.columns.budget', { currency }));
      r.totals.forEach((y, k) => {
        expect(ws.getRow(3 + k).getCell(1).value).toBe(y.year);
        expect(minor(ws, 3 + k, total)).toBe(y.totalMinor);
        expect(minor(ws, 3 + k, food)).toBe(y.foodMinor);
        expect(minor(ws, 3 + k, gap)).toBe(y.gapMinor);
        expect(minor(ws, 3 + k, budget)).toBe(y.budgetMinor);
      });
      const last = 3 + r.totals.length;
      expect(minor(ws, last, total)).toBe(r.horizon.totalMinor);
      expect(minor(ws, last, gap)).toBe(r.horizon.gapMinor);
      expect(ws.getRow(3).getCell(total).numFmt).toBe('#,##0 "€"');
      expect(ws.getRow(3).getCell(column(ws, t('exports.columns.costPerMeal', { currency }))).numFmt).toBe('#,##0.00 "€"');
      expect(ws.getRow(3).getCell(column(ws, t('exports.columns.localShareValue'))).numFmt).toBe('0.0%');
    });
  });

  it('has every organisation-year with its budget and gap, and every category-year, to the minor unit', () => {
    model.scenarios.forEach((s, i) => {
      const r = results.get(s.scenarioId)!;
      const orgs = wb.getWorksheet(`${i + 1} Organisaatiot`)!;
      expect(orgs.rowCount).toBe(2 + r.organisations.length);
      const total = column(orgs, t('exports.columns.totalCost', { currency }));
      const gap = column(orgs, t('exports.columns.gap', { currency }));
      r.organisations.forEach((o, k) => {
        expect(orgs.getRow(3 + k).getCell(1).value).toBe(plan.organisations.find((x) => x.id === o.organisationId)!.name);
        expect(orgs.getRow(3 + k).getCell(2).value).toBe(o.year);
        expect(minor(orgs, 3 + k, total)).toBe(o.totalMinor);
        expect(minor(orgs, 3 + k, gap)).toBe(o.gapMinor);
      });
      const cats = wb.getWorksheet(`${i + 1} Elintarvikeryhmät`)!;
      expect(cats.rowCount).toBe(2 + r.categories.length);
      const food = column(cats, t('exports.columns.foodCost', { currency }));
      const localValue = column(cats, t('exports.columns.localValue', { currency }));
      r.categories.forEach((c, k) => {
        expect(minor(cats, 3 + k, food)).toBe(c.foodMinor);
        expect(minor(cats, 3 + k, localValue)).toBe(c.localValueMinor);
      });
    });
  });

  it('compares the scenarios: the summary year and the horizon, the recommended one marked', () => {
    const ws = wb.getWorksheet('Vertailu')!;
    const { from, to } = { from: model.years[0], to: model.years.at(-1) };
    const totalOver = column(ws, t('exports.columns.totalCostOver', { from, to, currency }));
    const gapOver = column(ws, t('exports.columns.gapOver', { from, to, currency }));
    const recommended = column(ws, t('exports.columns.recommended'));
    model.scenarios.forEach((s, k) => {
      expect(ws.getRow(3 + k).getCell(1).value).toBe(s.name);
      expect(minor(ws, 3 + k, totalOver)).toBe(results.get(s.scenarioId)!.horizon.totalMinor);
      expect(minor(ws, 3 + k, gapOver)).toBe(results.get(s.scenarioId)!.horizon.gapMinor);
      expect(ws.getRow(3 + k).getCell(recommended).value).toBe(s.scenarioId === model.recommendation!.scenarioId ? 'Kyllä' : 'Ei');
    });
  });

  it('has the registers with prices, budgets and dates as real values', () => {
    const offers = wb.getWorksheet('Tarjoukset')!;
    const price = column(offers, t('exports.columns.pricePerKg', { currency }));
    plan.offers.forEach((o, k) => expect(minor(offers, 3 + k, price)).toBe(o.pricePerKgMinor));
    expect(offers.getRow(3).getCell(price).numFmt).toBe('#,##0.00 "€"');
    const budgets = wb.getWorksheet('Talousarviot')!;
    plan.budgets.forEach((b, k) => expect(minor(budgets, 3 + k, 3)).toBe(b.amountMinor));
    const contracts = wb.getWorksheet('Sopimukset')!;
    const start = column(contracts, t('contracts.start'));
    plan.contracts.forEach((c, k) => {
      const v = contracts.getRow(3 + k).getCell(start).value;
      expect(v).toBeInstanceOf(Date);
      expect((v as Date).toISOString().slice(0, 10)).toBe(c.start);
    });
    expect(contracts.getRow(3).getCell(start).numFmt).toBe('d.m.yyyy');
    expect(wb.getWorksheet('Keittiöt')!.rowCount).toBe(2 + plan.kitchens.length);
  });

  it('lists the assumptions with the sources and estimates marked', () => {
    const ws = wb.getWorksheet('Oletukset')!;
    const values: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => values.push(c.text)));
    for (const s of plan.meta.sources) expect(values).toContain(s.label);
    expect(values).toContain('Arvio');
  });

  it('sizes columns to their contents', () => {
    const ws = wb.getWorksheet('Keittiöt')!;
    const longest = Math.max(...plan.kitchens.map((k) => k.name.length));
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(Math.min(60, longest + 2));
  });
});

describe('a workbook for some organisations', async () => {
  const plan = demoPlan('stockholm-malardalen');
  const chosen = plan.organisations.slice(1, 3).map((o) => o.id);
  const { wb, t, results, model } = await workbookOf(plan, 'sv', { organisationIds: chosen });

  it('has the chosen organisations’ rows and their sums only', () => {
    const s = model.scenarios[0]!;
    const r = results.get(s.scenarioId)!;
    const ws = wb.getWorksheet('1 Totalt per år')!;
    const total = column(ws, t('exports.columns.totalCost', { currency: 'SEK' }));
    const rows = r.organisations.filter((o) => chosen.includes(o.organisationId));
    r.years.forEach((y, k) => expect(minor(ws, 3 + k, total)).toBe(rows.filter((o) => o.year === y).reduce((n, o) => n + o.totalMinor, 0)));
    expect(ws.getRow(3).getCell(total).numFmt).toBe('#,##0 "kr"');
    expect(wb.getWorksheet('1 Organisationer')!.rowCount).toBe(2 + rows.length);
  });
});

describe('text from users in the workbook', async () => {
  const plan = demoPlan('danish-partnership');
  const risky: Plan = {
    ...plan,
    organisations: plan.organisations.map((o, i) => (i === 0 ? { ...o, name: '=HYPERLINK("http://example.com","x")' } : i === 1 ? { ...o, name: '+45 Kommune' } : o)),
    kitchens: plan.kitchens.map((k, i) => (i === 0 ? { ...k, name: '@SUM(A1:A9)' } : i === 1 ? { ...k, name: '-1+2' } : k)),
  };
  const { wb } = await workbookOf(risky, 'da');

  it('is neutralised so that no formula runs when the file is opened', () => {
    const orgs = wb.getWorksheet('Organisationer')!;
    expect(orgs.getRow(3).getCell(1).value).toBe(`'=HYPERLINK("http://example.com","x")`);
    expect(orgs.getRow(4).getCell(1).value).toBe("'+45 Kommune");
    const kitchens = wb.getWorksheet('Køkkener')!;
    expect(kitchens.getRow(3).getCell(1).value).toBe("'@SUM(A1:A9)");
    expect(kitchens.getRow(4).getCell(1).value).toBe("'-1+2");
    let formulas = 0;
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => (formulas += c.type === ExcelJS.ValueType.Formula ? 1 : 0)));
    expect(formulas).toBe(0);
  });
});
