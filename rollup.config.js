// The CDN bundles: self-contained (Lit inside, in production mode), minified, with source maps. The npm build in
// dist/ is plain tsc output with bare imports, so that apps share one copy of Lit.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { foldTemplates } from './.ci/fold-templates.js';

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

const isLocale = (id) => /[\\/]src[\\/]locales[\\/](?!en\.)[^\\/]+$/.test(id);

/**
 * The classic script cannot split into chunks, so it fetches each language from the same files as the module build,
 * beside itself: `import(new URL('locales/de.js', <the script's own URL>))`.
 */
const localesBesideScript = () => ({
  name: 'locales-beside-script',
  async resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string' || !isLocale(importer)) return null;
    const resolved = await this.resolve(specifier, importer);
    if (!resolved || !isLocale(resolved.id)) return null;
    const name = resolved.id.split(/[\\/]/).pop().replace(/\.ts$/, '');
    return { id: `locales/${name}.js`, external: true };
  },
  renderDynamicImport({ targetModuleId }) {
    if (!targetModuleId?.startsWith('locales/')) return null;
    return { left: 'import(new URL(', right: ', scriptUrl).href)' };
  },
});

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
      chunkFileNames: (chunk) => (chunk.facadeModuleId && isLocale(chunk.facadeModuleId) ? 'locales/[name].js' : '[name]-[hash].js'),
      sourcemap: true,
    },
    plugins,
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
    plugins: [localesBesideScript(), ...plugins, integrity()],
  },
];
