// The CDN bundles: self-contained (Lit inside, in production mode), minified, with source maps. The npm build in
// dist/ is plain tsc output with bare imports, so that apps share one copy of Lit.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { foldTemplates } from './.ci/fold-templates.js';
import { languages as listLanguages, partFile, partModule, PARTS } from './.ci/locales.js';

/** Folds the white space out of our html`…` and css`…` templates, which no JavaScript minifier touches. */
const foldLitTemplates = () => ({
  name: 'fold-lit-templates',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
    return { code: foldTemplates(code), map: null };
  },
});

const plugins = [
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  foldLitTemplates(),
  esbuild({ tsconfig: './tsconfig.json', target: 'es2022' }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false, ascii_only: true } }),
];

const LOADERS = /[\\/]src[\\/]locales[\\/]loaders\.ts$/;
const PART = '\0sid-locale:';
/** `\0sid-locale:de:children` → `de`, `children`. */
const parsePart = (id) => id.slice(PART.length).split(':');

/**
 * Each language split into parts (.ci/locales.js), so a countdown never downloads tips and no file nears the
 * 4,000-byte budget even in Greek. The CDN builds replace src/locales/loaders.ts with a loader of parts; the module
 * build writes the part files, and both builds fetch them from beside themselves (the classic script cannot split into
 * chunks): `import(new URL('locales/de.js', <own URL>))`.
 */
const splitLocales = ({ besideScript }) => {
  let languages = [];
  return {
    name: 'split-locales',
    buildStart() {
      languages = listLanguages();
      if (besideScript) return;
      for (const language of languages) {
        for (const part of PARTS) {
          this.emitFile({ type: 'chunk', id: `${PART}${language}:${part}`, fileName: `locales/${partFile(language, part)}`, preserveSignature: 'strict' });
        }
      }
    },
    resolveId(id) {
      return id.startsWith(PART) ? id : null;
    },
    async load(id) {
      if (LOADERS.test(id)) {
        const base = besideScript ? 'scriptUrl' : 'import.meta.url';
        // names the files with partFile's own code, as they were written
        return `export const loaders=Object.fromEntries(${JSON.stringify(languages.join(' '))}.split(' ').map((language)=>[language,1]));
export async function loadPart(language,part){if(!loaders[language])return;
return(await import(new URL('locales/'+(${partFile})(language,part),${base}).href)).default}`;
      }
      return id.startsWith(PART) ? partModule(...parsePart(id)) : null;
    },
  };
};

/** Writes cdn/integrity.json: the sha384 Subresource Integrity value of every file in cdn/. */
const integrity = () => ({
  name: 'integrity',
  writeBundle: {
    sequential: true,
    order: 'post',
    handler(options) {
      const dir = options.dir;
      const hashes = {};
      const files = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
        .filter((file) => file !== 'integrity.json')
        .sort();
      for (const file of files) {
        hashes[file] = `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`;
      }
      writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
    },
  },
});

export default [
  {
    input: 'src/index.ts',
    // lets the entry also export what the lazily loaded chunks import from it, instead of splitting off a facade
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'cdn',
      format: 'es',
      entryFileNames: 'sid-widgets.js',
      chunkFileNames: '[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [splitLocales({ besideScript: false }), ...plugins],
  },
  {
    input: 'src/index.ts',
    output: {
      dir: 'cdn',
      format: 'iife',
      name: 'SidWidgets',
      entryFileNames: 'sid-widgets.iife.js',
      inlineDynamicImports: true,
      intro: 'const scriptUrl = document.currentScript?.src ?? "";',
      sourcemap: true,
    },
    plugins: [splitLocales({ besideScript: true }), ...plugins, integrity()],
  },
];
