// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'scripts/bench/bare-deck/main.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    rules: {
      // The slide modules and tests use non-null assertions where an index is known to exist.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-undef': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // reveal.js lives behind one module (src/deck/reveal.ts).
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^reveal\\.js', message: 'Import reveal.js only in src/deck/reveal.ts.' }] },
      ],
      // The page's address has one owner (src/page/address.ts); the page context reads it once.
      'no-restricted-properties': [
        'error',
        { object: 'history', property: 'replaceState', message: 'Only src/page/address.ts writes the address.' },
        { object: 'history', property: 'pushState', message: 'Only src/page/address.ts writes the address.' },
        { object: 'location', message: 'Read the page context (src/page/context.ts), not location.' },
      ],
    },
  },
  { files: ['src/deck/reveal.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['src/page/address.ts', 'src/main.ts'], rules: { 'no-restricted-properties': 'off' } },
);
