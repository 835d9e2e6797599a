// Builds the WordPress plugin (`npm run build` runs it last): src/wordpress/ with the library's ES files from cdn/ in
// assets/ (no remote code; no source maps, no classic script), staged in dist/wordpress/sid-widgets/ and zipped to
// dist/wordpress/sid-widgets.zip, ready for Plugins → Add New → Upload Plugin. Fails when an attribute of an element
// in custom-elements.json is missing from the plugin's allow-lists (src/wordpress/includes/markup.php).
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

const OUT = 'dist/wordpress';
const STAGE = join(OUT, 'sid-widgets');

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const main = readFileSync('src/wordpress/sid-widgets.php', 'utf8');
for (const [what, pattern] of [
  ['the plugin header', /^ \* Version:\s+(\S+)$/m],
  ['SID_WIDGETS_VERSION', /SID_WIDGETS_VERSION = '([^']+)'/],
]) {
  if (pattern.exec(main)?.[1] !== version) throw new Error(`src/wordpress/sid-widgets.php: ${what} is not ${version}`);
}
if (!readFileSync('src/wordpress/readme.txt', 'utf8').includes(`Stable tag: ${version}`))
  throw new Error(`src/wordpress/readme.txt: the stable tag is not ${version}`);

// every attribute the elements have is checked by the plugin, under its own name
const markup = readFileSync('src/wordpress/includes/markup.php', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const missing = [];
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) continue;
    const start = markup.search(new RegExp(`'${declaration.tagName}'\\s*=> \\$common`));
    const section = start < 0 ? '' : markup.slice(start, markup.indexOf('\n\t\t),', start));
    for (const attribute of declaration.attributes ?? []) {
      const common = ['lang', 'theme'].includes(attribute.name);
      if (!common && !section.includes(`'${attribute.name}'`)) missing.push(`${declaration.tagName} ${attribute.name}`);
    }
  }
}
if (missing.length) throw new Error(`the WordPress plugin does not check ${missing.join(', ')} (includes/markup.php)`);

rmSync(OUT, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
cpSync('src/wordpress', STAGE, { recursive: true });
cpSync('cdn', join(STAGE, 'assets'), {
  recursive: true,
  filter: (path) => statSync(path).isDirectory() || (path.endsWith('.js') && !path.endsWith('.iife.js')),
});
cpSync('LICENSE', join(STAGE, 'LICENSE'));
// the height each element keeps (its `--…-min-height`), reserved until its script has defined it, so that the page
// does not move when it arrives
const reserve = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((declaration) => {
    const height = declaration.cssProperties?.find((property) => property.name.endsWith('-min-height'))?.default;
    return height && `${declaration.tagName}:not(:defined){display:block;min-height:${height}}`;
  })
  .filter(Boolean);
if (reserve.length !== 3) throw new Error('custom-elements.json: not every element declares its --…-min-height');
writeFileSync(join(STAGE, 'assets', 'reserve.css'), `${reserve.join('\n')}\n`);
// the day's name in each language, from the library's translations, for the text a visitor without the script reads
const names = readdirSync('dist/locales')
  .filter((file) => /^[a-z]{2,3}(-(\d{3}|[A-Z][A-Za-z]+))?\.js$/.test(file))
  .map((file) => {
    const quoted = /"dayName":("(?:[^"\\]|\\.)*")/.exec(readFileSync(join('dist/locales', file), 'utf8'))?.[1];
    if (!quoted) throw new Error(`dist/locales/${file}: no dayName`);
    return [file.slice(0, -3), JSON.parse(quoted)];
  });
if (names.length < 50) throw new Error(`dist/locales: the day's name in only ${names.length} languages`);
const phpString = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
writeFileSync(
  join(STAGE, 'includes', 'day-names.php'),
  `<?php\n// The day's name in each language of the library, written by scripts/wordpress.js from its translations.\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn array(\n${names.map(([tag, name]) => `\t${phpString(tag)} => ${phpString(name)},`).join('\n')}\n);\n`,
);

const files = {};
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files[relative(OUT, path).split(sep).join('/')] = readFileSync(path);
  }
};
walk(STAGE);
writeFileSync(join(OUT, 'sid-widgets.zip'), zipSync(files, { level: 9 }));
console.log(`WordPress plugin: ${OUT}/sid-widgets.zip (${Object.keys(files).length} files).`);
