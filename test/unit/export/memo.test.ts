/**
 * The Word memo, built in Node as the Reports view builds it, unzipped with `unzip -p` and read
 * as text: the sections of each country's decision-memo form in their order, in the report's
 * language, with the engine's figures formatted for that language.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { costPerMeal } from '../../../shared/engine/figures';
import type { Language } from '../../../shared/model/enums';
import { buildMemo } from '../../../renderer/src/exports/memo/buildMemo';
import { CONTENT_WIDTH_TWIPS, cellMarginTwips, columnLayout, textTwips } from '../../../renderer/src/exports/memo/docxTable';
import type { Table } from '../../../renderer/src/exports/table';
import { demoPlan, reportOf } from './support';

const dir = mkdtempSync(join(tmpdir(), 'maltid-memo-'));

/** The document's paragraphs as plain text. */
function paragraphs(bytes: Uint8Array, name: string): string[] {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, bytes);
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((s) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"))
    .filter((s) => s.trim() !== '');
}

async function memo(demo: string, language: Language) {
  const r = await reportOf(demoPlan(demo), language);
  const bytes = await buildMemo({ plan: r.plan, model: r.model, content: r.content, t: r.t, f: r.f, language });
  return { ...r, bytes, text: paragraphs(bytes, `${demo}-${language}`) };
}

/** The index of each heading in the text, which must be increasing. */
function order(text: string[], headings: string[]): number[] {
  return headings.map((h) => {
    const i = text.indexOf(h);
    expect(i, `heading "${h}"`).toBeGreaterThanOrEqual(0);
    return i;
  });
}

describe('the Word memo', () => {
  it('is a Swedish tjänsteskrivelse: ärende, sammanfattning, beslutsunderlag, förslag till beslut, ärendet, ekonomiska konsekvenser', async () => {
    const { text, model, results, f, plan, bytes } = await memo('stockholm-malardalen', 'sv');
    expect(bytes.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect(text).toContain('Tjänsteskrivelse');
    expect(text.some((p) => p.startsWith('Ärende: Livsmedelsupphandling 2027–2032: val av scenario'))).toBe(true);
    expect(text.some((p) => p.startsWith('Diarienummer: [dnr]'))).toBe(true);
    const idx = order(text, ['Sammanfattning', 'Beslutsunderlag', 'Förslag till beslut', 'Ärendet', 'Ekonomiska konsekvenser', 'Risker', 'Antaganden och datakällor']);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    const recommended = model.scenarios.find((s) => s.scenarioId === model.recommendation!.scenarioId)!;
    expect(text[idx[2]! + 1]).toBe(`[Nämnden] beslutar att anta scenariot ”${recommended.name}” som inriktning för livsmedelsupphandlingen 2027–2032.`);
    // The key-figures table: each scenario's horizon total and cost per meal, in Swedish format.
    for (const s of model.scenarios) {
      const r = results.get(s.scenarioId)!;
      expect(text).toContain(f.money(r.horizon.totalMinor, plan.meta.currency));
      expect(text).toContain(f.money(costPerMeal(r.totals.find((y) => y.year === 2032)!)!, plan.meta.currency, 2));
    }
    expect(text).toContain('Kostnad per måltid, 2032');
  });

  it('is a Danish dagsordenspunkt: resume, indstilling, beslutningskompetence, sagsfremstilling, økonomi', async () => {
    const { text, model, f, plan, results } = await memo('danish-partnership', 'da');
    const idx = order(text, ['Resume', 'Indstilling', 'Beslutningskompetence', 'Sagsfremstilling', 'Økonomi', 'Bilag']);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    expect(text[idx[1]! + 1]).toMatch(/^Forvaltningen indstiller, at \[udvalget\] godkender scenariet “.+” som retning for fødevareindkøbet 2027–2032\.$/);
    for (const s of model.scenarios) expect(text).toContain(f.money(results.get(s.scenarioId)!.horizon.gapMinor!, plan.meta.currency));
    // Danish money: a point groups thousands and "kr." follows.
    expect(f.money(100_000_00, 'DKK')).toMatch(/^100\.000\skr\.$/);
  });

  it('is a Finnish esittely: valmistelija, perustelut, päätösehdotus last, liitteet', async () => {
    const { text, model, f, plan, results } = await memo('lapland', 'fi');
    const idx = order(text, ['Valmistelija', 'Perustelut', 'Taloudelliset vaikutukset', 'Päätösehdotus', 'Liitteet']);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    expect(text.indexOf('Tiivistelmä')).toBe(-1);
    expect(text[idx[3]! + 1]).toMatch(/^Esittelijä ehdottaa, että \[lautakunta\] hyväksyy skenaarion ”.+” elintarvikehankintojen linjaukseksi vuosille 2027–2032\.$/);
    const r = results.get(model.recommendation!.scenarioId)!;
    expect(text.join('\n')).toContain(f.money(r.horizon.totalMinor, plan.meta.currency));
    // Finnish money: a no-break space groups thousands and the euro sign comes after.
    expect(f.money(r.horizon.totalMinor, plan.meta.currency)).toMatch(/^\d{1,3}(\s\d{3})+\s€$/);
  });

  it('is a plain English decision memo', async () => {
    const { text } = await memo('lapland', 'en');
    const idx = order(text, ['Summary', 'Recommendation', 'Background', 'Financial implications', 'Risks', 'Assumptions and data sources', 'Supporting documents']);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });

  it('gives table columns the page width in proportion to their hints, in a fixed layout', async () => {
    // Left to Word, every column got the same width: scenario names broke inside words while
    // the year columns stood half empty (seen in the memo converted to PDF by LibreOffice).
    const table = (years: number, cell: string, label = 'Measure'): Table => ({
      id: 'x',
      title: '',
      currency: 'SEK',
      columns: [{ header: label, numeric: false, width: 40 }, ...Array.from({ length: years }, (_, i) => ({ header: String(2027 + i), numeric: true, width: 10 }))],
      rows: [],
    });
    const texts = (years: number, cell: string) => [['Target: every municipality buys alone', ...Array.from({ length: years }, () => cell)]];
    // Room enough: the hints decide (40 : 10).
    const plain = columnLayout(table(3, '5 %'), texts(3, '5 %'));
    expect(plain.size).toBe(18);
    expect(plain.widths.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);
    expect(plain.widths[0]! / plain.widths[1]!).toBeCloseTo(4, 2);
    // A header word longer than its share: the column gets what the word needs in bold, taken
    // from the others.
    const long = columnLayout({ ...table(6, '10,0 %'), columns: [...table(6, '').columns.slice(0, 6), { header: 'Kapasiteetti', numeric: true, width: 10 }] }, texts(6, '10,0 %'));
    expect(long.widths[6]).toBeGreaterThanOrEqual(Math.floor(textTwips('Kapasiteetti', 18) * 1.1 + cellMarginTwips(18)));
    expect(long.widths[6]).toBeGreaterThan(long.widths[1]!);
    expect(long.widths.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);
    // Fifteen years of "10,0 %" do not fit at 9 pt: the text gets smaller (not below 6 pt) and no number breaks.
    const wide = columnLayout(table(15, '10,0 %'), texts(15, '10,0 %'));
    expect(wide.size).toBeLessThan(18);
    expect(wide.size).toBeGreaterThanOrEqual(12);
    for (const w of wide.widths.slice(1)) expect(w).toBeGreaterThanOrEqual(Math.floor(textTwips('10,0 %', wide.size) + cellMarginTwips(wide.size)));
    expect(wide.widths.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);

    const { bytes } = await memo('danish-partnership', 'da');
    const file = join(dir, 'widths.docx');
    writeFileSync(file, bytes);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThan(3);
    for (const tbl of tables) {
      expect(tbl).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);
      // No table is laid out in equal columns (every one has a first column of its own width).
      expect(new Set(grid).size).toBeGreaterThan(1);
    }
  });
});
