/**
 * Dates as exports write them: 31.12.2025 (Finnish, Danish), 2025-12-31 (Swedish, ISO),
 * 31/12/2025 (English and Excel), with one- or two-digit days and months, optionally followed by a
 * time. American month-first dates are not guessed: in the Nordic countries 01/02 is 1 February.
 * The format is detected per column from its values.
 */


const YMD = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[ T].*)?$/;
const DMY = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T].*)?$/;

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An ISO date (YYYY-MM-DD), or null when the text is not a date of either form. */
export function parseDateCell(raw: string): string | null {
  const s = raw.trim();
  let m = YMD.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** Excel's serial day numbers (1900 date system), as XLSX files store dates. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 120000) return null;
  // Day 60 is Excel's phantom 29 February 1900; serials after it are one day ahead.
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  const ms = Date.UTC(1899, 11, 31) + days * 86_400_000;
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
