/**
 * Quantities to kg. Purchase lines come in many units; the shares by weight need kg.
 *
 * The rules, in order:
 * 1. A mass unit converts exactly: kg, g, hg, ton (and their spellings in the four languages).
 * 2. A volume unit counts one litre as one kg (l, dl, cl, ml). That is right within a few per
 *    cent for milk, fermented milk, juice and cream (about 1.03 kg/l) and what the Swedish and
 *    Finnish follow-ups of public food purchases do; oil (0.92 kg/l) is the largest error.
 * 3. Pieces and packages (st, stk, kpl, pcs, förp, pkt …) need a weight per piece: a kg-per-piece
 *    rule whose keyword the product text contains (editable, stored with the plan's import rules),
 *    else a weight written in the product text ("Krossade tomater 400 g", "Mjölk 1,5 l").
 * 4. Anything else has no known weight: the line counts in the value shares, not in the weight
 *    shares, and the import lists it (unit and product text, with counts) so that a rule can be
 *    added.
 * Without a unit column, quantities are read as kg.
 */
import { normaliseHeader } from './fields';

const MASS: Record<string, number> = {
  kg: 1, kgs: 1, kilo: 1, kilogram: 1, kilogramm: 1, kiloa: 1, kilogrammaa: 1,
  g: 0.001, gr: 0.001, gram: 0.001, gramm: 0.001, grammaa: 0.001,
  hg: 0.1, hekto: 0.1,
  t: 1000, ton: 1000, tonn: 1000, tonne: 1000, tonni: 1000,
  l: 1, lit: 1, ltr: 1, liter: 1, litre: 1, litra: 1, litraa: 1,
  dl: 0.1, cl: 0.01, ml: 0.001,
};

/** Units that count pieces or packages. */
const PIECES = new Set(['st', 'stk', 'styck', 'stycken', 'styk', 'kpl', 'kappale', 'kappaletta', 'pcs', 'pc', 'piece', 'pieces', 'ea', 'each', 'förp', 'frp', 'forp', 'förpackning', 'pkt', 'paket', 'pakke', 'pk', 'pak', 'pakkaus', 'pack', 'package', 'ask', 'burk', 'dåse', 'tölkki', 'purkki', 'can', 'tin', 'fl', 'flaska', 'flaske', 'pullo', 'bottle', 'krt', 'kart', 'kartong', 'karton', 'laatikko', 'case', 'box', 'säck', 'sæk', 'säkki', 'bag', 'påse', 'pose', 'pussi', 'hink', 'spand', 'ämpäri', 'bucket', 'tråg', 'bakke', 'tray', 'rulle', 'rl', 'brk', 'bk']);

export type UnitKind = { kind: 'mass'; kgPer: number } | { kind: 'piece' } | { kind: 'unknown' };

export function unitKind(unit: string): UnitKind {
  const u = normaliseHeader(unit).replace(/ /g, '');
  if (u === '') return { kind: 'mass', kgPer: 1 };
  const kg = MASS[u];
  if (kg !== undefined) return { kind: 'mass', kgPer: kg };
  if (PIECES.has(u)) return { kind: 'piece' };
  return { kind: 'unknown' };
}

export interface PieceRule {
  /** Lower-case text the product text must contain. */
  keyword: string;
  kgPerPiece: number;
}

const WEIGHT_IN_TEXT = /(\d+(?:[.,]\d+)?)\s*(kg|g|gr|hg|l|dl|cl|ml)(?![\p{L}])/giu;

/** A weight written in a product text, e.g. "Krossade tomater 400g" → 0.4 (the last one wins: "2x400 g"). */
export function weightInText(text: string): number | null {
  let kg: number | null = null;
  let times = 1;
  const multi = /(\d+)\s*[x×*]\s*\d/iu.exec(text);
  if (multi) times = Number(multi[1]);
  for (const m of text.matchAll(WEIGHT_IN_TEXT)) {
    const v = Number(m[1]!.replace(',', '.'));
    const per = MASS[m[2]!.toLowerCase()] ?? 1;
    if (v > 0) kg = v * per;
  }
  return kg === null ? null : kg * times;
}

/** kg per piece for a product text: the longest matching rule, else a weight written in the text. */
export function kgPerPiece(productLower: string, rules: readonly PieceRule[]): number | null {
  let best: PieceRule | null = null;
  for (const r of rules) if (r.keyword !== '' && productLower.includes(r.keyword) && (!best || r.keyword.length > best.keyword.length)) best = r;
  if (best) return best.kgPerPiece;
  return weightInText(productLower);
}

/**
 * kg of a quantity in a unit for a product, or null when unknown (rule 4). `productLower` is the
 * product text in lower case.
 */
export function quantityToKg(quantity: number, unit: string, productLower: string, rules: readonly PieceRule[]): number | null {
  const k = unitKind(unit);
  if (k.kind === 'mass') return quantity * k.kgPer;
  if (k.kind === 'unknown') return null;
  const per = kgPerPiece(productLower, rules);
  return per === null ? null : quantity * per;
}
