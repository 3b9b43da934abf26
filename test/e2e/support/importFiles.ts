/**
 * Files and database reads for the import tests: Windows-1252 bytes made here (Node has no
 * encoder for it), large generated purchase files, and the whole database as text, to compare a
 * workspace before and after an import that must not change it.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Windows-1252 bytes of a text made of Latin-1 letters (å ä ö æ ø é …). */
export function cp1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`Not in Windows-1252: ${text[i]}`);
    out[i] = code;
  }
  return out;
}

/** A purchase-lines file of `lines` lines (semicolons, decimal comma, UTF-8), written to `path`. */
export function writeLargePurchaseFile(path: string, lines: number): void {
  const products = ['Mellanmjölk 1,5% 1 l', 'Nötfärs 10%', 'Potatis fast', 'Morötter', 'Ägg 12-p', 'Kycklingfilé', 'Rågbröd', 'Pasta penne', 'Äpplen Ingrid Marie', 'Gula ärtor'];
  const units = ['l', 'kg', 'kg', 'kg', 'st', 'kg', 'kg', 'kg', 'kg', 'kg'];
  const parts: string[] = ['Datum;Köpare;Kostnadsställe;Leverantör;Artikel;Antal;Enhet;Belopp;Eko;Ursprung\n'];
  for (let i = 0; i < lines; i++) {
    const p = i % products.length;
    parts.push(
      `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')};Södertälje kommun;Kök ${i % 300};Leverantör ${i % 60};${products[p]} ${i % 500};${(i % 97) + 1},5;${units[p]};${(i % 9000) + 10},${String(i % 100).padStart(2, '0')};${i % 3 ? 'Nej' : 'Ja'};0${i % 5}\n`,
    );
  }
  writeFileSync(path, parts.join(''));
}

/** Every object store of the app's database, every row, as one text. */
export async function databaseText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('maltid');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(new Error(String(r.error)));
    });
    const out: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames].sort()) {
      out[name] = await new Promise<unknown[]>((resolve) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => resolve(r.result);
      });
    }
    db.close();
    // Typed arrays (purchase-line chunks) become plain arrays, so that the text holds every value.
    return JSON.stringify(out, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v));
  });
}

/** Rows in the purchase-line tables. */
export async function purchaseCounts(page: Page): Promise<{ batches: number; chunks: number; lines: number; rowCount: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('maltid');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(new Error(String(r.error)));
    });
    const all = <T,>(name: string) =>
      new Promise<T[]>((resolve) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => resolve(r.result as T[]);
      });
    const batches = await all<{ rowCount: number }>('purchaseBatches');
    const chunks = await all<{ count: number }>('purchaseChunks');
    db.close();
    return { batches: batches.length, chunks: chunks.length, lines: chunks.reduce((s, c) => s + c.count, 0), rowCount: batches.reduce((s, b) => s + b.rowCount, 0) };
  });
}

/**
 * A Swedish invoice export of four purchase lines for the Stockholm–Mälardalen demo, where local
 * is "grown in län 01, 03, 04, 18 or 19": milk from 04 (local, organic), beef from 12, potatoes
 * from 03 (local) and bananas of unknown origin (organic).
 */
export const STOCKHOLM_PURCHASES_CSV = [
  'Fakturadatum;Förvaltning;Kostnadsställe;Leverantörsnamn;Artikelbenämning;Levererat antal;Enhet;Belopp exkl. moms;Eko;Ursprung',
  '2025-03-04;Södertälje kommun;Björkskolan;Gårdsmejeri i Sörmland;Mellanmjölk 1,5% 1 l;1 000;l;10 000,00;Ja;04',
  '2025-03-05;Södertälje kommun;Björkskolan;Grossist AB;Nötfärs 10%;100;kg;10 000,00;Nej;12',
  '2025-03-06;Nykvarns kommun;;Grönsaksodlare i Uppland;Potatis fast;2 000;kg;10 000,00;Nej;03',
  '2025-03-07;Nykvarns kommun;;Grossist AB;Bananer;500;kg;10 000,00;Ja;',
  '',
].join('\n');
