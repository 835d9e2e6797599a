// Packs the package as npm would publish it, then checks the tarball: the files it holds, publint's rules, the types
// every entry point resolves to (@arethetypeswrong/cli), and that Node (no DOM, as in server rendering) can import it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
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
  const allowed = /^(dist\/|cdn\/|custom-elements\.json$|vscode\.html-custom-data\.json$|web-types\.json$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/;
  const stray = files.filter((file) => !allowed.test(file));
  if (stray.length) fail(`the package holds files it should not: ${stray.join(', ')}`);
  for (const needed of ['dist/index.js', 'dist/calendar/calendar.js', 'cdn/sid-widgets.js', 'cdn/sid-widgets.iife.js', 'cdn/integrity.json', 'custom-elements.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
    if (!files.includes(needed)) fail(`the package lacks ${needed}`);
  }
  console.log(`✓ ${packed.filename}: ${files.length} files, ${packed.size} bytes packed`);

  run('npx', ['publint', '--strict', tarball], { stdio: 'inherit' });
  run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'], { stdio: 'inherit' });

  const app = join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--offline=false', resolve(tarball)], { cwd: app });
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
    const { loadPart } = await import('./node_modules/sid-widgets/dist/locales/loaders.js');
    const greek = await loadPart('el', 'interface');
    const children = Object.keys(await loadPart('el', 'children'));
    if (!greek.messages.dayName.startsWith('Ημέρα') || children.length !== 11 || !children.every((id) => id.startsWith('children-'))) throw new Error('dist/locales: the Greek parts are wrong');
    console.log('✓ dist/locales: each language in parts, e.g. Greek: ' + greek.messages.dayName + ', ' + children.length + ' tips for children');
  `;
  process.stdout.write(run('node', ['--input-type=module', '-e', script], { cwd: app }));
} catch (error) {
  fail(error.message.split('\n')[0]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
