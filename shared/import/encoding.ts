/**
 * Text files as municipalities' systems write them: UTF-8 with or without a byte-order mark, or
 * Windows-1252 (what Excel on Windows saves as "CSV"). The encoding is detected from the bytes and
 * can be overridden by the user.
 */

export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DetectedEncoding {
  encoding: TextEncodingName;
  bom: boolean;
}

/** True when the bytes are valid UTF-8 (every multi-byte sequence complete and well formed). */
export function isValidUtf8(bytes: Uint8Array, limit = bytes.length): boolean {
  let i = 0;
  const n = Math.min(limit, bytes.length);
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    if (len === 0) return false;
    // A sequence cut off by the sample limit is not an error.
    if (i + len > n) return n < bytes.length;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += len;
  }
  return true;
}

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  // The first megabyte decides: enough for any file's accented names and cheap for a 100 MB one.
  return { encoding: isValidUtf8(bytes, 1 << 20) ? 'utf-8' : 'windows-1252', bom: false };
}

/** Decodes the whole file; a byte-order mark is dropped. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Looks like a binary file (a spreadsheet renamed .csv, an image): NUL bytes or many control characters. */
export function looksBinary(bytes: Uint8Array, sample = 8192): boolean {
  const n = Math.min(sample, bytes.length);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return n > 0 && control / n > 0.02;
}

/** The zip signature: an .xlsx (or .docx) file, whatever its name says. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
