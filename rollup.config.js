// The CDN bundles: self-contained (Lit inside, in production mode), minified, with source maps. The npm build in
// dist/ is plain tsc output with bare imports, so that apps share one copy of Lit.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folds the white space and comments out of our `css` tagged templates, which no JavaScript minifier touches. */
const minifyCss = () => ({
  name: 'minify-css-templates',
  transform(code, id) {
    if (!id.includes('/src/') || !code.includes('css`')) return null;
    const folded = code.replace(/\bcss`([^`]*)`/g, (_, body) => {
      const css = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{}:;,>])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${css}\``;
    });
    return { code: folded, map: null };
  },
});

const plugins = [
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  minifyCss(),
  esbuild({ tsconfig: './tsconfig.json', target: 'es2021' }),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false, ascii_only: true } }),
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
      for (const file of readdirSync(dir).sort()) {
        if (file === 'integrity.json') continue;
        hashes[file] = `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`;
      }
      writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
    },
  },
});

export default [
  {
    input: 'src/index.ts',
    output: { dir: 'cdn', format: 'es', entryFileNames: 'sid-widgets.js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
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
      sourcemap: true,
    },
    plugins: [...plugins, integrity()],
  },
];
