// Builds the WordPress plugin (`npm run build` runs it last): src/wordpress/ with the library's ES files from cdn/ in
// assets/ (no remote code; no source maps, no classic script), staged in dist/wordpress/sid-widgets/ and zipped to
// dist/wordpress/sid-widgets.zip, ready for Plugins → Add New → Upload Plugin. Fails when an attribute of an element
// in custom-elements.json is missing from the plugin's allow-lists (src/wordpress/includes/markup.php).
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
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
// what a visitor without the script reads, in each language, from the library's own translations: the day's name, the
// banner's call to action, and each audience's first tip
const { tips: englishTips } = await import(pathToFileURL(resolve('dist/tip-carousel/tips.en.js')).href);
const { enBanner } = await import(pathToFileURL(resolve('dist/locales/en/banner.js')).href);
const AUDIENCES = ['children', 'teens', 'parents', 'educators'];
const firstTip = (audience) => englishTips.find((tip) => tip.audience === audience);
const load = async (file) => (await import(pathToFileURL(resolve('dist/locales', file)).href)).default;
const words = [['en', { day: 'Safer Internet Day', cta: enBanner.bannerCta, tips: AUDIENCES.map(firstTip) }]];
for (const file of readdirSync('dist/locales').filter((name) =>
  /^[a-z]{2,3}(-(\d{3}|[A-Z][A-Za-z]+))?\.js$/.test(name),
)) {
  const tag = file.slice(0, -3);
  const { messages } = await load(file);
  const tips = await Promise.all(
    AUDIENCES.map(async (audience) => {
      const english = firstTip(audience);
      return (await load(`${tag}-tips-${audience}.js`)).tips[english.id] ?? english;
    }),
  );
  words.push([tag, { day: messages.dayName, cta: messages.bannerCta, tips }]);
}
if (words.length < 50 || words.some(([, entry]) => !entry.day || !entry.cta || entry.tips.some((tip) => !tip?.title)))
  throw new Error("dist/locales: a language without the day's name, the call to action or a first tip");
const phpString = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const phpWords = ({ day, cta, tips }) =>
  `array( 'day' => ${phpString(day)}, 'cta' => ${phpString(cta)}, 'tips' => array( ${tips
    .map((tip, index) => `${phpString(AUDIENCES[index])} => array( ${phpString(tip.title)}, ${phpString(tip.text)} )`)
    .join(', ')} ) )`;
writeFileSync(
  join(STAGE, 'includes', 'words.php'),
  `<?php\n// What a visitor without the script reads, in each language of the library: the day's name, the banner's call to\n// action, each audience's first tip. Written by scripts/wordpress.js from the library's translations.\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn array(\n${words.map(([tag, entry]) => `\t${phpString(tag)} => ${phpWords(entry)},`).join('\n')}\n);\n`,
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
