// Packs the package as npm would publish it, then checks the tarball: the files it holds, publint's rules, the types
// every entry point resolves to (@arethetypeswrong/cli), and that Node (no DOM, as in server rendering) can import it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { join, resolve } from 'node:path';

const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
const work = mkdtempSync(join(tmpdir(), 'sid-widgets-pack-'));
let failed = false;
const fail = (message) => {
  console.error(`✗ ${message}`);
  failed = true;
};

try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path);
  const allowed =
    /^(dist\/|cdn\/|custom-elements\.json$|vscode\.html-custom-data\.json$|web-types\.json$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/;
  const stray = files.filter((file) => !allowed.test(file));
  if (stray.length) fail(`the package holds files it should not: ${stray.join(', ')}`);
  for (const needed of [
    'dist/index.js',
    'dist/calendar/calendar.js',
    'cdn/sid-widgets.js',
    'cdn/sid-widgets.iife.js',
    'cdn/integrity.json',
    'custom-elements.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
  ]) {
    if (!files.includes(needed)) fail(`the package lacks ${needed}`);
  }
  console.log(`✓ ${packed.filename}: ${files.length} files, ${packed.size} bytes packed`);

  // the manifest (and the README tables, editor data and JSX types made from it) holds the public API only
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const internalModules = manifest.modules
    .filter((module) => /(^|\/)internal\//.test(module.path))
    .map((module) => module.path);
  if (internalModules.length) fail(`custom-elements.json lists internal modules: ${internalModules.join(', ')}`);
  const INTERNAL = [
    'emit',
    'warn',
    'adoptLazyStyles',
    'locale',
    'language',
    'messages',
    'direction',
    'nextChange',
    'tick',
  ];
  for (const element of manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)) {
    const leaked = (element.members ?? []).filter(
      (member) => INTERNAL.includes(member.name) || member.privacy === 'private',
    );
    if (leaked.length)
      fail(
        `custom-elements.json lists internal members of <${element.tagName}>: ${leaked.map((member) => member.name).join(', ')}`,
      );
  }
  console.log(`✓ custom-elements.json: ${manifest.modules.length} public modules, no internal module or member`);

  run('npx', ['publint', '--strict', tarball], { stdio: 'inherit' });
  run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'], { stdio: 'inherit' });

  const app = join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const reactTypes = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies['@types/react'];
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--offline=false',
      resolve(tarball),
      `@types/react@${reactTypes}`,
    ],
    { cwd: app },
  );
  const script = `
    const main = await import('sid-widgets');
    const calendar = await import('sid-widgets/calendar');
    await import('sid-widgets/sid-countdown.js');
    await import('sid-widgets/sid-theme-banner.js');
    await import('sid-widgets/sid-tip-carousel.js');
    const classes = await import('sid-widgets/classes.js');
    if (calendar.saferInternetDay(2027) !== '2027-02-09') throw new Error('calendar gave ' + calendar.saferInternetDay(2027));
    if (typeof main.SidCountdown !== 'function' || typeof classes.SidTipCarousel !== 'function') throw new Error('classes missing');
    console.log('✓ Node imports every entry point without a DOM; next Safer Internet Day: ' + main.nextSaferInternetDay({ timeZone: 'UTC' }).date);
    const { loadInterface } = await import('./node_modules/sid-widgets/dist/locales/loaders.js');
    const { loaders: tipParts } = await import('./node_modules/sid-widgets/dist/locales/tips-loaders.js');
    const greek = await loadInterface('el');
    const children = Object.keys((await tipParts.el.children()).default.tips);
    if (!greek.messages.dayName.startsWith('Ημέρα') || children.length !== 11 || !children.every((id) => id.startsWith('children-'))) throw new Error('dist/locales: the Greek parts are wrong');
    console.log('✓ dist/locales: each language in parts, e.g. Greek: ' + greek.messages.dayName + ', ' + children.length + ' tips for children');
  `;
  process.stdout.write(run('node', ['--input-type=module', '-e', script], { cwd: app }));

  // A partner's bundler, from the countdown's own entry (esbuild bundles dynamic imports into the one file): no tip's
  // text and no tips loader may come with it, in any language
  const bundle = await build({
    stdin: { contents: "import 'sid-widgets/sid-countdown.js';", resolveDir: app },
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'error',
  });
  const countdownOnly = bundle.outputFiles[0].text;
  for (const [what, pattern] of [
    ['an English tip', /Tell someone you trust|children-trusted-adult/],
    ['a translated tip', /Erzähl es jemandem/],
    ['a tips loader', /tips-children|tips-loaders/],
  ]) {
    if (pattern.test(countdownOnly)) throw new Error(`a countdown-only bundle holds ${what}`);
  }
  console.log(
    `✓ a bundle of sid-widgets/sid-countdown.js (${countdownOnly.length} bytes, every language inlined) holds no tip and no tips loader`,
  );

  // A partner's TypeScript, against the package's own declarations (skipLibCheck off, so they must hold too): typed
  // events for addEventListener, typed JSX for React 19, and errors where a program misreads them.
  writeFileSync(
    join(app, 'events.ts'),
    `import 'sid-widgets';
const carousel = document.querySelector('sid-tip-carousel')!;
carousel.addEventListener('sid-tip-change', (e) => console.log(e.detail.index.toFixed(), e.detail.id.trim()));
document.addEventListener('sid-dismiss', (e) => console.log(e.detail.year.toFixed()));
document.querySelector('sid-countdown')!.addEventListener('sid-countdown-start', (e) => console.log(e.detail.date.trim()));
// @ts-expect-error the detail has no such field
carousel.addEventListener('sid-tip-change', (e) => e.detail.nope);
// @ts-expect-error the year is a number
document.addEventListener('sid-dismiss', (e) => e.detail.year.trim());
`,
  );
  writeFileSync(
    join(app, 'jsx.tsx'),
    `import 'sid-widgets';
import type {} from 'sid-widgets/jsx';
export const tips = <sid-tip-carousel audience="teens" autoplay onsid-tip-change={(e) => e.detail.index.toFixed()} />;
export const banner = <sid-theme-banner year={2027} layout="bar" show-countdown />;
// @ts-expect-error an internal helper is no prop
export const internal = <sid-countdown warn={() => {}} />;
// @ts-expect-error layout is card or bar
export const layout = <sid-theme-banner layout="wide" />;
`,
  );
  const tsc = resolve('node_modules/typescript/bin/tsc');
  const compilerOptions = {
    noEmit: true,
    strict: true,
    skipLibCheck: false,
    target: 'es2022',
    module: 'nodenext',
    lib: ['es2022', 'dom', 'dom.iterable'],
    jsx: 'react-jsx',
    types: [],
  };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['events.ts', 'jsx.tsx'] }));
  run('node', [tsc, '-p', '.'], { cwd: app, stdio: 'inherit' });
  console.log(
    "✓ a partner's TypeScript compiles against the package: typed event details for addEventListener and React 19 JSX",
  );
} catch (error) {
  fail(error.message.split('\n')[0]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
