import { defineConfig } from 'vitest/config';

// Unit and integration tests run in Node: the pure domain (shared/), the electron main process
// with `electron` mocked, and Dexie against fake-indexeddb. Component tests run in happy-dom.
// Browser end-to-end tests are Playwright's (playwright.config.ts), not vitest's.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/electron-unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['test/component/**/*.test.tsx', 'test/component/**/*.test.ts'],
          setupFiles: ['test/component/setup.ts'],
        },
      },
    ],
  },
});
