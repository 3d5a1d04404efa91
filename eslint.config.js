// Lint rules that carry SafePost's standing conventions: the dependency direction of design.md, no
// HTML strings into the DOM, no network, no console output where drafts (PHI) flow, no `any`, and no
// object built by a spread followed by more properties in the engine.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML strings into the DOM: build nodes with Preact or DOM APIs.' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]", message: 'No HTML strings into the DOM.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'No HTML strings into the DOM.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML strings into the DOM (snippet markup goes through src/shared/sanitize.ts).' },
];
const network = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name, message: 'SafePost makes no network request, ever.',
}));
// Node 20's V8 (the command line, the bench) builds `{ ...a, b }` on a slow path, about 1 µs an object
// against 30 ns spelled out; the engine builds such objects per finding and fix.
const spreadThenProperty = {
  selector: 'ObjectExpression > SpreadElement ~ Property',
  message: 'Spell the properties out: a spread followed by more properties is slow in Node 20 (about 1 µs an object).',
};
const restrict = (patterns) => ['error', { patterns }];
const only = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'src/engine/data/generated/**', 'test/fixtures/dist/**', 'bench/results.json', 'screenshots/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-restricted-globals': ['error', ...network],
      'no-restricted-properties': ['error', { object: 'navigator', property: 'sendBeacon', message: 'No network.' }],
    },
  },
  {
    files: ['src/{engine,shared,content,background,popup,options,welcome}/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks, spreadThenProperty] },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([only(['**/shared/**', '**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/cli/**', 'webextension-polyfill', 'preact', 'preact/*', 'dompurify', 'node:*'], 'The engine is pure: no DOM, no extension API, no Node.')]) },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([only(['**/shared/**', '**/content/**', '**/background/**', '**/popup/**', '**/options/**', 'webextension-polyfill'], 'The command line imports only the engine.')]) },
  },
  {
    files: ['src/{content,background,popup,options,welcome}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([only(['webextension-polyfill'], 'Only src/shared imports webextension-polyfill.')]) },
  },
  {
    files: ['src/content/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([
      only(['webextension-polyfill'], 'Only src/shared imports webextension-polyfill.'),
      only(['**/engine/analyze*', '**/engine/rules/**', '**/engine/data/**', '**/engine/index*', '**/background/**', '**/popup/**', '**/options/**'], 'The content script stays small: the engine runs in the service worker (types only).'),
    ]) },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**', 'bench/**', 'scripts/**', 'bin/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
