/**
 * The Content-Security-Policy of every page the app serves. It is the same string as the web
 * build's server (scripts/lib/serve.mjs, `CSP`); a unit test keeps the two identical, so the
 * desktop app and the browser fallback run under the same rules.
 *
 * `script-src 'self'` is the point: no inline or remote script can run even if some text ends up
 * in the DOM unescaped. `style-src 'unsafe-inline'` is needed by the charting library.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
