// A translator edits one file per language, src/locales/xx.ts; a page fetches only the part of it an element needs.
// This rollup plugin, used by every build (dist/ and cdn/), replaces the two tables of src/locales that split each
// language as it loads: interface-loaders.ts, whose every entry becomes the language's interface strings
// (`locales/xx.js`), which every element loads, and tips-loaders.ts, whose entries become its words for each
// audience's tips (`locales/xx-tips-children.js` …), which only the carousel reaches; both split by the elements' own
// `partOf`. The ES builds reach each part by a static `import()`, which partners' bundlers follow; the classic
// script, which cannot have chunks, fetches the same files of cdn/ from beside itself.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const PARTS = ['interface', 'children', 'teens', 'parents', 'educators'];
const TABLES = /[\\/]src[\\/]locales[\\/](interface|tips)-loaders\.ts$/;
const PART = '\0sid-locale:';

/** `de`, `interface` → `de.js`; `de`, `children` → `de-tips-children.js`. */
export const partFile = (language, part) => (part === 'interface' ? `${language}.js` : `${language}-tips-${part}.js`);

/** A module of src/ with what it imports, evaluated in Node; its dynamic `import()`s are not called. */
const evaluate = async (path) => {
  const { outputFiles } = await build({
    entryPoints: [path],
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
};

/** The languages besides English: the table in src/locales/languages.ts, which must list every file beside it. */
export async function languages() {
  const listed = Object.keys((await evaluate('src/locales/languages.ts')).languages).sort();
  const files = readdirSync('src/locales')
    .filter((file) => /^[a-z]{2,3}(-[A-Za-z0-9]+)?\.ts$/.test(file) && file !== 'en.ts')
    .map((file) => file.slice(0, -3))
    .sort();
  if (listed.join() !== files.join()) {
    throw new Error(
      `src/locales/languages.ts lists ${listed.join(' ')}, but the language files are ${files.join(' ')}`,
    );
  }
  return files;
}

const parts = evaluate('src/locales/parts.ts');
const translations = new Map();

/** A part of a language, as a module's source: `export default {…}`. */
export async function partModule(language, part) {
  if (!translations.has(language)) translations.set(language, evaluate(`src/locales/${language}.ts`));
  const { partOf } = await parts;
  return `export default ${JSON.stringify(partOf((await translations.get(language)).default, part))};\n`;
}

/**
 * Each part of each language as a module of its own, `locales/<partFile>` in the output. `url` leaves the import
 * table out: dist/ (`url: undefined`) keeps a static `import()` per part for partners' bundlers; cdn/ fetches the
 * files by URL from beside itself, `url: 'module'` for the ES build (which writes them) and `url: 'script'` for the
 * classic script (which cannot have chunks, and uses the ES build's files). A table of static imports would cost the
 * CDN entry about 400 bytes brotli.
 */
export function localeParts({ url } = {}) {
  let list = [];
  const emit = url !== 'script';
  return {
    name: 'locale-parts',
    async buildStart() {
      list = await languages();
      if (!emit) return;
      for (const language of list) {
        for (const part of PARTS) {
          this.emitFile({
            type: 'chunk',
            id: `${PART}${language}:${part}`,
            fileName: `locales/${partFile(language, part)}`,
            preserveSignature: 'strict',
          });
        }
      }
    },
    resolveId(id) {
      return id.startsWith(PART) ? id : null;
    },
    async load(id) {
      const table = TABLES.exec(id);
      if (table) {
        const parts = table[1] === 'interface' ? ['interface'] : PARTS.slice(1);
        return url
          ? urlTable(list, parts, url === 'script' ? SCRIPT_BASE : 'import.meta.url')
          : importTable(list, parts);
      }
      if (!id.startsWith(PART)) return null;
      const [language, part] = id.slice(PART.length).split(':');
      return partModule(language, part);
    },
    writeBundle(options) {
      // tsc declares each language's source module, which the build replaces with its parts: the declaration goes too
      if (emit) for (const language of list) rmSync(join(options.dir, 'locales', `${language}.d.ts`), { force: true });
    },
  };
}

/** A table of src/locales with a static `import()` of each part: one loader per language, or one per audience. */
const importTable = (list, parts) => {
  const load = (language, part) => `()=>import(${JSON.stringify(`${PART}${language}:${part}`)})`;
  const entry = (language) =>
    parts.length === 1
      ? load(language, parts[0])
      : `{${parts.map((part) => `${part}:${load(language, part)}`).join(',')}}`;
  return `export const loaders={${list.map((language) => `${JSON.stringify(language)}:${entry(language)}`).join(',')}};\n`;
};

/**
 * Where the classic script finds cdn/, read once as it runs: `<meta name="sid-widgets-base" content="…/cdn/">` when the
 * page has one (a WordPress optimiser that combines scripts moves ours elsewhere), else the script's own URL when it
 * is an http(s) or file URL (not when the script runs by `eval`, from a `blob:` URL or inside a shadow root).
 */
const SCRIPT_BASE = `(()=>{try{const meta=document.querySelector('meta[name="sid-widgets-base"]')?.getAttribute('content');
if(meta)return new URL(meta.replace(/\\/?$/,'/'),document.baseURI).href;
const own=document.currentScript?.src;if(own&&/^(https?|file):/.test(own))return own}catch{}})()`;

/** A table of src/locales fetching each part by URL, relative to `base`, with partFile's own code. */
const urlTable = (list, parts, base) => {
  const fetchPart = `import(new URL('locales/'+partFile(language,part),base).href)`;
  // only the classic script can be without a base; the ES build always has its own URL
  const load =
    base === SCRIPT_BASE
      ? `base?${fetchPart}:Promise.reject(new Error('sid-widgets cannot tell where its files are: add <meta name="sid-widgets-base" content="…/cdn/"> to the page'))`
      : fetchPart;
  return `const partFile=${partFile};const base=${base};
const load=(language,part)=>()=>${load};
export const loaders=Object.fromEntries(${JSON.stringify(list.join(' '))}.split(' ').map((language)=>[language,${
    parts.length === 1
      ? `load(language,${JSON.stringify(parts[0])})`
      : `Object.fromEntries(${JSON.stringify(parts)}.map((part)=>[part,load(language,part)]))`
  }]));
`;
};
