// Lint keeps the layers honest (see ARCHITECTURE.md):
// - shared/ is pure: nothing from the DOM, Node, Electron, Dexie or React;
// - only electron/preload touches ipcRenderer / contextBridge;
// - the renderer never imports from electron/;
// - components do not hard-code user-facing text (everything goes through i18next).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import noLiteralUiText from './scripts/eslint/no-literal-ui-text.mjs';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url', 'util', 'stream', 'worker_threads', 'zlib', 'events', 'buffer'];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json', '.tmp/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // We avoid classes; interface method shorthand (props like `onSave(x): void`) is only a
      // declaration style here, and this rule reports every use of such a prop.
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'Focused tests (.only) must not be committed.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', 'recharts', ...NODE_BUILTINS],
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure: no Node modules.' },
            { group: ['**/renderer/**', '**/electron/**', '**/test/**'], message: 'shared/ imports nothing from the other layers.' },
            { group: ['react-*', 'dexie*', '@testing-library/*'], message: 'shared/ is pure: no UI or storage libraries.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'shared/ must be deterministic: pass the date in.' },
        { object: 'Math', property: 'random', message: 'shared/ must be deterministic.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, maltid: { rules: { 'no-literal-ui-text': noLiteralUiText } } },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'maltid/no-literal-ui-text': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the desktop shell only through the bridge (renderer/src/platform).' }, ...NODE_BUILTINS],
          patterns: [
            { group: ['**/electron/**'], message: 'The renderer never imports from electron/.' },
            { group: ['node:*'], message: 'The renderer runs in a sandbox: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['ipcRenderer', 'contextBridge'], message: 'Only electron/preload touches ipcRenderer and contextBridge.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'The main process never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts', 'test/**/*.ts', 'test/**/*.tsx', 'scripts/**/*.ts', 'bench/**/*.ts', '*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['ipcRenderer', 'contextBridge'], message: 'Only electron/preload touches ipcRenderer and contextBridge.' }],
        },
      ],
    },
  },
);
