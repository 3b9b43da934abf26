/**
 * A generated year of purchase lines as an e-procurement system exports them: semicolons,
 * decimal comma, UTF-8, Swedish headers, about 100 bytes a line. Deterministic.
 */
import { createWriteStream } from 'node:fs';

export const PRODUCTS = ['Mellanmjölk 1,5% 1 l', 'Nötfärs 10% fryst', 'Potatis fast sort', 'Morötter klass 1', 'Ägg frigående 12-p', 'Kycklingfilé fryst', 'Rågbröd skivat', 'Pasta penne', 'Äpplen Ingrid Marie', 'Gula ärtor torkade', 'Hushållsost 26%', 'Laxfilé fryst'];
export const UNITS = ['l', 'kg', 'kg', 'kg', 'st', 'kg', 'kg', 'kg', 'kg', 'kg', 'kg', 'kg'];

export const PURCHASE_HEADER = 'Fakturadatum;Förvaltning;Kostnadsställe;Leverantörsnamn;Artikelbenämning;Levererat antal;Enhet;Belopp exkl. moms;Eko;Ursprung\n';

/** Line i of the file (without its line break). */
export function purchaseLine(i: number): string {
  return purchaseLineWith(i, PRODUCTS, UNITS);
}

/** Self-contained (no module references), so that a page can run it from its source text. */
export function purchaseLineWith(i: number, PRODUCTS: readonly string[], UNITS: readonly string[]): string {
  const p = i % PRODUCTS.length;
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const kr = (i * 7919) % 48_000;
  const amount = `${kr >= 1000 ? `${Math.floor(kr / 1000)} ${String(kr % 1000).padStart(3, '0')}` : kr},${String(i % 100).padStart(2, '0')}`;
  return `2025-${month}-${day};Södertälje kommun;Kök ${String(i % 300).padStart(3, '0')} Björkbacken;Leverantör ${i % 60} AB;${PRODUCTS[p]} art ${i % 700};${(i % 97) + 1},5;${UNITS[p]};${amount};${i % 3 ? 'Nej' : 'Ja'};0${i % 5}`;
}

export async function writePurchaseFile(path: string, lines: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = (s: string) =>
    new Promise<void>((resolve) => {
      bytes += Buffer.byteLength(s);
      if (out.write(s)) resolve();
      else out.once('drain', () => resolve());
    });
  await write(PURCHASE_HEADER);
  const batch: string[] = [];
  for (let i = 0; i < lines; i++) {
    batch.push(purchaseLine(i));
    if (batch.length === 10_000) {
      await write(batch.join('\n') + '\n');
      batch.length = 0;
    }
  }
  if (batch.length) await write(batch.join('\n') + '\n');
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return bytes;
}
