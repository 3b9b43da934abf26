/**
 * File names that come from the page (suggested names for save dialogs) are untrusted: they are
 * reduced to a plain file name that is valid on Windows, macOS and Linux, so a name can never
 * point the dialog at another folder or at a device such as `CON` or `NUL`.
 */

const MAX_FILE_NAME_LENGTH = 180;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// Path separators, characters Windows forbids, and control characters (incl. NUL).
// eslint-disable-next-line no-control-regex -- control characters are exactly what we remove
const FORBIDDEN_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

export function sanitizeFileName(raw: string, fallback = 'maltid'): string {
  let name = raw.normalize('NFC').replace(FORBIDDEN_CHARACTERS, '_').trim();
  // A leading dot hides the file (and `..` is a parent folder); Windows drops trailing dots/spaces.
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (name.length > MAX_FILE_NAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 17 ? name.slice(dot) : '';
    name = name.slice(0, MAX_FILE_NAME_LENGTH - extension.length).replace(/[.\s]+$/, '') + extension;
  }
  if (name === '') return fallback;
  if (WINDOWS_RESERVED.test(name)) return `_${name}`;
  return name;
}

/** Appends `.ext` unless the name already ends with one of `extensions` (case-insensitive). */
export function withExtension(name: string, extensions: readonly string[]): string {
  const first = extensions.find((extension) => extension !== '*');
  if (first === undefined) return name;
  const lower = name.toLowerCase();
  if (extensions.some((extension) => extension !== '*' && lower.endsWith(`.${extension.toLowerCase()}`))) return name;
  return `${name}.${first}`;
}
