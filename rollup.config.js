// Every build of the library, from one set of plugins:
// - dist/: the npm build, one module per source module (preserveModules) with bare imports of Lit, so that apps share
//   one copy of it and their bundlers split it; types from tsc (`npm run build` runs it first).
// - cdn/sid-widgets.js, cdn/sid-widgets.iife.js and one file per element (cdn/sid-countdown.js, …): each
//   self-contained (Lit inside, in production mode), minified, with source maps and cdn/integrity.json.
// Every build loads each language in parts (scripts/locale-parts.js).
import minifyHtml from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { cssTargets, ESBUILD_SUPPORTED, esbuildTargets } from './scripts/floor.js';
import { localeParts } from './scripts/locale-parts.js';

/** The white space of our html`…` and css`…` templates, which no JavaScript minifier touches; CSS for the floor. */
const templates = () =>
  minifyHtml({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { minifyCSS: { targets: cssTargets() } } },
  });
/** TypeScript to the syntax of the browser floor (package.json `browserslist`): no class static blocks, for one. */
const typescript = () =>
  esbuild({ tsconfig: './tsconfig.json', target: esbuildTargets(), supported: ESBUILD_SUPPORTED });
const minify = () =>
  terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false, ascii_only: true } });
/**
 * The CDN files carry their own Lit, whose Trusted Types policy would be named `lit-html` like the host page's own
 * Lit's: under a CSP without 'allow-duplicates', the second policy of a name throws and no element renders. Ours is
 * named `sid-widgets`; `lit-html` is tried next (pages that allowed only that). A second copy of the library on the
 * page (the classic script loaded twice) takes the first copy's policy, kept under a registered symbol: creating a
 * second one would be refused and reported as a policy violation on every such page view.
 */
const trustedTypesPolicy = () => ({
  name: 'trusted-types-policy',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const policy = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;
    if (!policy.test(code))
      this.error('lit-html no longer creates its Trusted Types policy as rollup.config.js expects');
    const replacement = `(()=>{const k=Symbol.for("sid-widgets.trusted-types-policy");if(globalThis[k])return globalThis[k];for(const name of["sid-widgets","lit-html"])try{return globalThis[k]=$1.createPolicy(name,$2)}catch{}})()`;
    return { code: code.replace(policy, replacement), map: null };
  },
});

/**
 * The modules that register an element have side effects, which the package's `sideEffects` (written for dist/, and
 * read by node-resolve for src/ too) does not name: without this, sid-widgets.js would take the classes from the
 * shared chunks and skip the entries that register them.
 */
const registrations = () => ({
  name: 'registrations',
  transform(code, id) {
    return /[\\/]src[\\/](index|sid-[\w-]+)\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : null;
  },
});

const cdnPlugins = [
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  registrations(),
  trustedTypesPolicy(),
  templates(),
  typescript(),
  minify(),
];

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
        .map((entry) =>
          relative(dir, join(entry.parentPath ?? entry.path, entry.name))
            .split(sep)
            .join('/'),
        )
        .filter((file) => file !== 'integrity.json')
        .sort();
      for (const file of files) {
        hashes[file] = `sha384-${createHash('sha384')
          .update(readFileSync(join(dir, file)))
          .digest('base64')}`;
      }
      writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
    },
  },
});

/**
 * Puts `entry`, everything it imports, and the modules it imports lazily that match `inline` (with what they import)
 * in one chunk, the entry's file `name`: a page needs its elements' views at once, and one file compresses better than
 * three (brotli reads the whole file as one context; no chunk lists the names it exports) and comes in one round trip,
 * not a waterfall. A page that loads two element files carries Lit twice: README sends it to sid-widgets.js. What
 * only some pages need (a language, the .ics writer, the country data, the helplines, CLDR's formats) stays in files
 * of its own, fetched when it is needed.
 */
function oneFile(name, entry, inline) {
  let inside;
  return (id, { getModuleInfo }) => {
    if (!inside) {
      inside = new Set();
      const visit = (module) => {
        if (inside.has(module)) return;
        inside.add(module);
        const info = getModuleInfo(module);
        for (const dependency of info?.importedIds ?? []) visit(dependency);
        for (const dependency of info?.dynamicallyImportedIds ?? []) if (inline.test(dependency)) visit(dependency);
      };
      visit(resolve(entry));
    }
    return inside.has(id) ? name : undefined;
  };
}

/** The views an element imports when it first renders: each entry's file carries its own. */
const VIEWS = /[\\/]src[\\/](theme-banner|tip-carousel)[\\/]internal[\\/](banner|carousel)-view\.ts$/;

/** The package's entry points (package.json `exports`), each a module of dist/. */
const ENTRIES = [
  'src/index.ts',
  'src/classes.ts',
  'src/sid-countdown.ts',
  'src/sid-theme-banner.ts',
  'src/sid-tip-carousel.ts',
  'src/react.ts',
  'src/jsx.ts',
  'src/calendar/calendar.ts',
  'src/theme-banner/themes.ts',
];

export default [
  {
    input: ENTRIES,
    external: (id) => /^(lit|@lit\/react|react|date-fns)(\/|$)/.test(id),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    plugins: [localeParts(), templates(), typescript()],
  },
  // sid-widgets.js, for a page that shows several elements, and one file per element, for a page that shows one: each
  // in one round trip (see oneFile)
  ...Object.entries({
    'sid-widgets': 'src/index.ts',
    'sid-countdown': 'src/sid-countdown.ts',
    'sid-theme-banner': 'src/sid-theme-banner.ts',
    'sid-tip-carousel': 'src/sid-tip-carousel.ts',
  }).map(([name, entry]) => ({
    input: { [name]: entry },
    // the lazily loaded parts import what they share with the entry from the entry's file itself, not from a second one
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks: oneFile(name, entry, VIEWS),
      sourcemap: true,
    },
    plugins: [localeParts({ url: 'module' }), ...cdnPlugins],
  })),
  {
    input: 'src/index.ts',
    output: {
      dir: 'cdn',
      format: 'iife',
      name: 'SidWidgets',
      entryFileNames: 'sid-widgets.iife.js',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: [localeParts({ url: 'script' }), ...cdnPlugins, integrity()],
  },
];
