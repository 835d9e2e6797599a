// A translator edits one file per language, src/locales/xx.ts; a page fetches only the part of it an element needs.
// This rollup plugin, used by every build (dist/ and cdn/), replaces the two tables of src/locales that split each
// language as it loads: interface-loaders.ts, whose every entry becomes the language's interface strings
// (`locales/xx.js`), which every element loads, and tips-loaders.ts, whose entries become its words for each
// audience's tips (`locales/xx-tips-children.js` …), which only the carousel reaches; both split by the elements' own
// `partOf`. The ES builds reach each part by a static `import()`, which partners' bundlers follow; the classic
// script, which cannot have chunks, reads the same parts as data (`locales/xx.json` in cdn/), running nothing it fetches.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
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

/** A part of a language as JSON: the data of its module, which the classic script reads without running anything. */
async function partJson(language, part) {
  if (!translations.has(language)) translations.set(language, evaluate(`src/locales/${language}.ts`));
  const { partOf } = await parts;
  return JSON.stringify(partOf((await translations.get(language)).default, part));
}

/** A part of a language, as a module's source: `export default {…}`. */
export async function partModule(language, part) {
  return `export default ${await partJson(language, part)};\n`;
}

const sha384 = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
/** Where the ES build writes the Subresource Integrity value of each part's JSON, for the classic script. */
const DATA_INTEGRITY = 'locales/data-integrity.json';

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
      const integrity = {};
      for (const language of list) {
        for (const part of PARTS) {
          this.emitFile({
            type: 'chunk',
            id: `${PART}${language}:${part}`,
            fileName: `locales/${partFile(language, part)}`,
            preserveSignature: 'strict',
          });
          if (url !== 'module') continue;
          // the same data as JSON, for the classic script, and its integrity value
          const file = dataFile(language, part);
          const source = await partJson(language, part);
          this.emitFile({ type: 'asset', fileName: `locales/${file}`, source });
          integrity[file] = sha384(source);
        }
      }
      if (url === 'module')
        this.emitFile({ type: 'asset', fileName: DATA_INTEGRITY, source: `${JSON.stringify(integrity, null, 1)}\n` });
    },
    resolveId(id) {
      return id.startsWith(PART) || id === DATA ? id : null;
    },
    async load(id) {
      if (id === DATA) return dataModule(this);
      const table = TABLES.exec(id);
      if (table) {
        const parts = table[1] === 'interface' ? ['interface'] : PARTS.slice(1);
        if (url === 'script') return dataTable(list, parts);
        return url ? urlTable(list, parts) : importTable(list, parts);
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

/** `de`, `interface` → `de.json`: the part as data, for the classic script. */
const dataFile = (language, part) => partFile(language, part).replace(/\.js$/, '.json');

/** A table of src/locales fetching each part by URL from beside the ES build's module, with partFile's own code. */
const urlTable = (list, parts) => `const partFile=${partFile};
const load=(language,part)=>()=>import(new URL('locales/'+partFile(language,part),import.meta.url).href);
${exportLoaders(list, parts)}`;

/**
 * The classic script's table: each part as data (JSON, parsed, never run) from cdn/. Where cdn/ is comes from the
 * script's own URL, or from `<meta name="sid-widgets-base" content="…/cdn/">` in the page's head (a WordPress optimiser
 * that combines scripts moves ours elsewhere). What that tag names may be another host, so every part from there must
 * match the build's integrity value (locales/data-integrity.json, whose own value the script carries); no base at all
 * (run by `eval`, from a `blob:` URL) is a rejected load, with the fix in its message.
 */
const dataTable = (list, parts) => `import{data}from${JSON.stringify(DATA)};const partFile=${partFile};
const dataFile=${dataFile};
const load=(language,part)=>()=>data(dataFile(language,part));
${exportLoaders(list, parts)}`;

/** The classic script's one reader of data parts (see dataTable), shared by its two tables. */
const DATA = '\0sid-locale-data';
const dataModule = (context) => {
  const integrity = sha384(readFileSync(`cdn/${DATA_INTEGRITY}`));
  context.addWatchFile(`cdn/${DATA_INTEGRITY}`);
  return `const where=(()=>{try{const meta=document.head.querySelector('meta[name="sid-widgets-base"]')?.getAttribute('content');
if(meta)return{base:new URL(meta.replace(/\\/?$/,'/'),document.baseURI).href,checked:true};
const own=document.currentScript?.src;if(own&&/^(https?|file):/.test(own))return{base:own}}catch{}})();
const fetchJson=(file,integrity)=>fetch(new URL(file,where.base).href,integrity?{integrity}:{}).then((response)=>{
if(!response.ok)throw new Error(file+': '+response.status);return response.json()});
let values;
const checked=(file)=>(values??=fetchJson(${JSON.stringify(DATA_INTEGRITY)},${JSON.stringify(integrity)}))
.then((integrity)=>fetchJson('locales/'+file,integrity[file]||'sha384-none'));
export const data=(file)=>where
?(where.checked?checked(file):fetchJson('locales/'+file)).then((value)=>({default:value}))
:Promise.reject(new Error('sid-widgets cannot tell where its files are: add <meta name="sid-widgets-base" content="…/cdn/"> to the head of the page'));
`;
};

const exportLoaders = (list, parts) =>
  `export const loaders=Object.fromEntries(${JSON.stringify(list.join(' '))}.split(' ').map((language)=>[language,${
    parts.length === 1
      ? `load(language,${JSON.stringify(parts[0])})`
      : `Object.fromEntries(${JSON.stringify(parts)}.map((part)=>[part,load(language,part)]))`
  }]));
`;
