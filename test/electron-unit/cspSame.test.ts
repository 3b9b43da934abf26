/**
 * The desktop app (app://maltid) and the web build's server (npm run web, npm start's fallback,
 * the e2e suite) send the same Content-Security-Policy: it is written twice because the server is
 * a plain .mjs script, so this test keeps the two copies from drifting apart.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { CSP } from '../../scripts/lib/serve.mjs';

describe('Content-Security-Policy', () => {
  it('is the same in the desktop shell and in the web build server', () => {
    expect(CSP).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  });
});
