// The browser floor, declared once in package.json's `browserslist` (Safari and iOS 15, Chrome and Edge 88, Firefox 91
// ESR, Samsung Internet 15): what the build targets, and the lint rules that keep newer syntax and built-ins out.
import browserslist from 'browserslist';
import { browserslistToTargets } from 'lightningcss';
import { createRequire } from 'node:module';

/** esbuild's names for browserslist's browsers; the others (Samsung Internet) run a Chromium newer than Chrome's floor. */
const ESBUILD_NAMES = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios_saf: 'ios' };

/** The floor as esbuild targets, such as `['chrome88', 'safari15', …]`: the oldest version of each browser. */
export function esbuildTargets() {
  const oldest = new Map();
  for (const entry of browserslist()) {
    const [browser, range] = entry.split(' ');
    const name = ESBUILD_NAMES[browser];
    const version = Number.parseFloat(range.split('-')[0]);
    if (name && !(oldest.get(name) <= version)) oldest.set(name, version);
  }
  return [...oldest].map(([name, version]) => `${name}${version}`);
}

/**
 * The floor as Lightning CSS targets, for the minifier of our css`…` templates: without them it writes what only the
 * newest browsers read, such as media and container queries in range syntax (`width<=30rem`: Safari 16.4, Chrome 104).
 */
export const cssTargets = () => browserslistToTargets(browserslist());

const require = createRequire(import.meta.url);
const esX = require('eslint-plugin-es-x');

/**
 * The rules of every ECMAScript edition after ES2021, syntax and built-ins (Intl included), less class fields, private
 * fields and private methods, which the whole floor has (Safari 15, Chrome 84, Firefox 90); plus regular expression
 * lookbehind (ES2018, but Safari only from 16.4).
 */
export function floorRules() {
  const rules = {};
  for (const edition of ['es2022', 'es2023', 'es2024', 'es2025', 'esnext']) {
    for (const config of [`no-new-in-${edition}`, `no-new-in-${edition}-intl-api`]) {
      Object.assign(rules, esX.configs[`flat/${config}`]?.rules);
    }
  }
  for (const supported of [
    'no-class-instance-fields',
    'no-class-private-fields',
    'no-class-private-methods',
    'no-class-static-fields',
  ]) {
    delete rules[`es-x/${supported}`];
  }
  rules['es-x/no-regexp-lookbehind-assertions'] = 'error';
  rules['no-restricted-syntax'] = ['error', V8_SPREAD_IN_OPTIONAL_CALL];
  return rules;
}

/**
 * Chrome 80 to 90 fail on one form of optional chaining: a call in an optional chain with a spread argument before the
 * last (crbug.com/42201552). esbuild therefore lowers every `?.` for the floor, at about 500 bytes brotli; instead, the
 * build keeps `?.` (`ESBUILD_SUPPORTED`) and this rule keeps that one form out, of our code and of what we bundle.
 */
const V8_SPREAD_IN_OPTIONAL_CALL = {
  selector: 'ChainExpression CallExpression > SpreadElement:not(:last-child)',
  message: 'Chrome 80–90 fail on a spread argument before the last in an optional chain: move it last, or drop the ?.',
};

/** What esbuild may leave as it is although its tables say the floor lacks it (see V8_SPREAD_IN_OPTIONAL_CALL). */
export const ESBUILD_SUPPORTED = { 'optional-chain': true };

export { esX };
