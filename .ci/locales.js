// A translator edits one file per language, src/locales/xx.ts; a page fetches only the part of it an element needs.
// The builds split each language into parts: its interface strings (`locales/xx.js`) and its words for each audience's
// tips (`locales/xx-tips-children.js` …). rollup.config.js does it for cdn/, split-locales.js for dist/.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

export const PARTS = ['interface', 'children', 'teens', 'parents', 'educators'];

/** The languages src/locales/loaders.ts lists, besides English. */
export function languages() {
  const source = readFileSync('src/locales/loaders.ts', 'utf8');
  const found = [...source.matchAll(/^ {2}(\w+): \(\) => import\('\.\/\1\.js'\),$/gm)].map((match) => match[1]);
  if (!found.length) throw new Error('no languages found in src/locales/loaders.ts');
  return found;
}

/** `de`, `interface` → `de.js`; `de`, `children` → `de-tips-children.js`. */
export const partFile = (language, part) => (part === 'interface' ? `${language}.js` : `${language}-tips-${part}.js`);

/** A module of src/ that imports nothing but types, evaluated. */
const evaluate = (path) => {
  const { code } = transformSync(readFileSync(path, 'utf8'), { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
};

const parts = evaluate('src/locales/parts.ts');
const translations = new Map();

/** A part of a language, as a module's source: `export default {…}`, split by the elements' own `partOf`. */
export async function partModule(language, part) {
  if (!translations.has(language)) translations.set(language, evaluate(`src/locales/${language}.ts`));
  const { partOf } = await parts;
  return `export default ${JSON.stringify(partOf((await translations.get(language)).default, part))};\n`;
}
