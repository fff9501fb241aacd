import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The calculator must stay pure: plain data in, plain data out. It may not reach for
// React, i18n, react-query or any browser global, so it runs the same in tests, in a
// worker and on a server, and can never depend on the user's language or clock.
const pureCoreImports = {
  patterns: [
    { group: ['react', 'react-*', 'react/*'], message: 'src/calc is pure: no React.' },
    { group: ['i18next', 'i18next-*', 'react-i18next'], message: 'src/calc is pure: return rule ids, the UI translates them.' },
    { group: ['@tanstack/*'], message: 'src/calc is pure: loading belongs in src/rules.' },
    { group: ['**/app/**', '**/features/**', '**/i18n/**', '**/rules/**'], message: 'src/calc may not import from the UI layers.' },
  ],
};
const browserGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'location', 'self', 'globalThis'].map(
  (name) => ({ name, message: 'src/calc is pure: no browser or global APIs.' }),
);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench-results', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/calc/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCoreImports],
      'no-restricted-globals': ['error', ...browserGlobals],
      // new Date() / Date.now() would make results depend on the machine's clock and zone.
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass an explicit asOf date.' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The widget loader is a classic script that runs on other sites' pages.
    files: ['public/embed.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    // page.evaluate() callbacks in end-to-end tests run inside the browser.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Module declarations describe default exports that other tools make.
    files: ['**/vite.config.ts', 'eslint.config.js', '**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
