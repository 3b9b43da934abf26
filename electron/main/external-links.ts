/**
 * Opening links in the user's browser. Only http(s) URLs that parse are handed to the OS:
 * `shell.openExternal` with `file:`, `javascript:`, `smb:` or a custom protocol could run
 * programs or leak credentials (Electron security checklist, item 15). The OS call is passed in
 * so the rule can be unit-tested without opening anything.
 */
export type OpenExternal = (url: string) => Promise<void>;

/** Returns true when the URL was handed to the browser. */
export function openExternalUrl(value: unknown, open: OpenExternal): boolean {
  if (typeof value !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  // A failure to start the browser is not the page's business; there is nothing to report back.
  open(parsed.href).catch(() => undefined);
  return true;
}
