/**
 * The demos' texts in the four languages: title, summary, note and derivation exist for every
 * demo, and each note's placeholders are exactly the figures `noteFigures` computes (so the UI can
 * fill every one, and no computed figure goes unquoted).
 */
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../renderer/src/i18n';
import { DEMOS, noteFigureKind } from '../../../shared/demos';
import { LANGUAGES } from '../../../shared/model/enums';

type Texts = Record<string, Record<string, string>>;
const demosIn = (lang: string): Texts => (RESOURCES[lang as keyof typeof RESOURCES] as unknown as { demos: Texts }).demos;

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!))].sort();
}

describe.each(DEMOS.map((d) => [d.id, d] as const))('texts of demo %s', (id, demo) => {
  const figures = demo.noteFigures(demo.build());

  it.each([...LANGUAGES])('has a title, summary, note and derivation in %s', (lang) => {
    const t = demosIn(lang)[id]!;
    expect(Object.keys(t).sort()).toEqual(['derivation', 'note', 'summary', 'title']);
    for (const key of Object.keys(t)) expect(t[key]!.trim().length, `${lang} ${key}`).toBeGreaterThan(10);
    expect(t.summary!.length, `${lang} summary is one line`).toBeLessThan(200);
  });

  it.each([...LANGUAGES])('quotes in %s exactly the figures noteFigures computes', (lang) => {
    expect(placeholders(demosIn(lang)[id]!.note!)).toEqual(Object.keys(figures).sort());
    expect(placeholders(demosIn(lang)[id]!.derivation!)).toEqual([]);
  });

  it('computes every figure as a finite number of a known kind', () => {
    for (const [name, value] of Object.entries(figures)) {
      expect(Number.isFinite(value), name).toBe(true);
      const kind = noteFigureKind(name);
      if (kind === 'share') expect(value, name).toBeGreaterThanOrEqual(0);
      if (kind === 'share') expect(value, name).toBeLessThanOrEqual(1);
      if (kind === 'number') expect(Number.isInteger(value), name).toBe(true);
    }
  });
});
