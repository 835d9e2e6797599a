// `npm run lint`: ESLint with typescript-eslint, Lit's and web components' rules and lit-a11y on templates, the
// layers of src/ (imports only run downwards, and in no circle), then Prettier's formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import compat from 'eslint-plugin-compat';
import importX from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { esX, floorRules } from './scripts/floor.js';

const ELEMENTS = ['./src/countdown/**', './src/theme-banner/**', './src/tip-carousel/**'];
const ENTRIES = './src/*.ts';

/**
 * The layers of src/, lowest first: data and pure logic (locales, calendar, events, countries); the shared internals; each
 * element's own modules (options, styles, pure logic, `internal/`); its component; the entry points. A module imports
 * only from its own layer or below, so that any file can be read alone, and no module imports the element that uses it.
 */
const layers = [
  {
    target: ['./src/locales/**', './src/calendar/**', './src/events/**', './src/countries/**'],
    from: ['./src/internal/**', ...ELEMENTS, ENTRIES],
    message: 'Data and pure logic import nothing above them.',
  },
  { target: './src/internal/**', from: [...ELEMENTS, ENTRIES], message: 'Shared internals import no element.' },
  {
    target: ['./src/*/internal/**', './src/*/!(*.component).ts'],
    from: ['./src/*/*.component.ts', ENTRIES],
    message: 'An element’s modules take its options interface; they never import the element.',
  },
  {
    target: './src/*/!(*.component).ts',
    from: './src/*/internal/**',
    message: 'Only the element loads its internal modules.',
  },
  { target: './src/*/*.component.ts', from: ENTRIES, message: 'Elements import no entry point.' },
];

export default tseslint.config(
  {
    ignores: ['dist/', 'cdn/', 'node_modules/', 'test/.build/', 'test/react18/node_modules/', '.bench/', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice'], litA11y.configs.recommended],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // small modules, one job each; data and translations (below) aside
      'max-lines': ['error', 200],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layers }],
    },
  },
  {
    // the browser floor (package.json browserslist): web APIs by their compatibility data, and the language's syntax and
    // built-ins after ES2021, told apart by TypeScript's types (`list.at()` is Array's, `iterator.map()` Iterator's)
    files: ['src/**/*.ts'],
    extends: [compat.configs['flat/recommended']],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'es-x': esX },
    rules: floorRules(),
  },
  {
    // the demo and the configurator, which partners open on the same devices: without types, the syntax and the
    // built-ins es-x can tell by their names
    files: ['demo/**/*.js'],
    extends: [compat.configs['flat/recommended']],
    plugins: { 'es-x': esX },
    rules: floorRules(),
  },
  {
    files: ['src/locales/*.ts', 'src/**/*.data.ts', 'src/**/tips.en.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    files: [
      '*.js',
      '*.mjs',
      '*.cjs',
      'scripts/**',
      '.ci/**',
      'test/bench/**',
      'test/floor/floor.js',
      'test/print/**',
      'test/pictures/**',
      'test/wordpress/**',
      'web-test-runner.config.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    rules: {
      // chai's expect(…).to.be.true and friends are expressions
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
