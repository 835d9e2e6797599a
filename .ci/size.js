// Prints min / gzip / brotli bytes of every JavaScript file in cdn/, and fails when cdn/sid-widgets.js plus the
// chunks it imports statically exceeds its budget, or when a language file (in cdn/ or dist/) exceeds its own.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET = 12_000;
const LANGUAGE_BUDGET = 4_000;
const dir = 'cdn';
const entry = 'sid-widgets.js';

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = (file) => {
  const bytes = readFileSync(join(dir, file));
  return { file, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes) };
};

/** The entry and every chunk it reaches through static `import … from "./chunk.js"` (not `import()`). */
function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g))
    staticGraph(spec, seen);
  for (const [, spec] of code.matchAll(/export\s*[^'"()]*?from\s*["']\.\/([^"']+)["']/g)) staticGraph(spec, seen);
  return seen;
}

let files;
try {
  files = readdirSync(dir, { recursive: true })
    .map((file) => String(file).split('\\').join('/'))
    .filter((file) => file.endsWith('.js'))
    .sort();
} catch {
  console.error('No cdn/ folder: run `npm run build` first.');
  process.exit(1);
}
const rows = files.map(sizes);
const width = Math.max(...rows.map((row) => row.file.length), 4);
const line = (a, b, c, d) => `${a.padEnd(width)}  ${b.padStart(8)}  ${c.padStart(8)}  ${d.padStart(8)}`;
console.log(line('file', 'min', 'gzip', 'brotli'));
for (const row of rows) console.log(line(row.file, String(row.min), String(row.gzip), String(row.brotli)));

/** Prints the largest of `files` and any over the language budget; returns those over it. */
function checkLanguages(where, files) {
  const over = files.filter((row) => row.brotli > LANGUAGE_BUDGET);
  console.log(
    `${where}: ${files.length} language files, the largest ${Math.max(0, ...files.map((row) => row.brotli))} bytes brotli; budget ${LANGUAGE_BUDGET} each.`,
  );
  for (const row of over) console.log(`OVER: ${where}/${row.file} is ${row.brotli} bytes brotli.`);
  return over;
}

const languages = rows.filter((row) => row.file.startsWith('locales/'));
console.log('');
const heavy = checkLanguages(dir, languages);
// a language is its interface file and one tips file per audience; a page fetches only the ones its elements need
const whole = new Map();
for (const row of languages) {
  const language = row.file.slice('locales/'.length).replace(/(-tips-\w+)?\.js$/, '');
  whole.set(language, (whole.get(language) ?? 0) + row.brotli);
}
const [largest, most] = [...whole].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
console.log(
  `${whole.size} languages; every file of one language together at most ${most} bytes brotli (${largest}), fetched only when a page shows all of it.`,
);

// the npm build splits each language the same way, for the partner's bundler (not minified there)
const npmDir = 'dist/locales';
const npmLanguages = readdirSync(npmDir)
  .filter((file) => file.endsWith('.js') && file !== 'loaders.js' && file !== 'en.js')
  .map((file) => ({ file, brotli: brotli(readFileSync(join(npmDir, file))) }));
heavy.push(...checkLanguages(npmDir, npmLanguages));

const initial = [...staticGraph(entry)];
const total = rows.filter((row) => initial.includes(row.file)).reduce((sum, row) => sum + row.brotli, 0);
const verdict = total <= BUDGET ? 'within' : 'OVER';
console.log(
  `\n${entry} with its static imports (${initial.join(', ')}): ${total} bytes brotli, ${verdict} the budget of ${BUDGET}.`,
);
if (total > BUDGET || heavy.length > 0) process.exit(1);
