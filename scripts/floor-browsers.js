// The old Chromium builds of the floor tests (`npm run test:floor`), taken from npm packages made for serverless hosts,
// which carry a whole Chromium in their tarball: no browser download is possible on CI, the npm registry is.
// `npm pack` fetches each tarball (npm checks the registry's integrity value) without adding the package to the
// project: chrome-aws-lambda's peer dependency on puppeteer-core 5 would clash with ours. Each version is unpacked into
// a folder of its own (the packages' own helpers all use one fixed temporary path) and kept there for the next run.
// `node scripts/floor-browsers.js` fetches them and prints where they are.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

export const FLOOR_BROWSERS = [
  { name: 'Chromium 88', major: 88, spec: 'chrome-aws-lambda@5.5.0' },
  { name: 'Chromium 92', major: 92, spec: '@sparticuz/chromium@92.0.0' },
];

const CACHE = resolve('node_modules/.cache/sid-floor');

/** The path of a floor browser's executable, fetched and unpacked on first use. */
export function floorBrowser({ major, spec }) {
  const dir = join(CACHE, `chromium-${major}`);
  const executable = join(dir, 'chromium');
  // SwiftShader, in the folder beside the binary: without it even `--disable-gpu` retries a GL context forever
  // (hundreds of thousands of "Failed to load GLES library" lines, and no page is ever dumped)
  const gl = join(dir, 'swiftshader', 'libGLESv2.so');
  if (existsSync(executable) && existsSync(gl)) return executable;

  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(join(CACHE, 'download-'));
  try {
    console.log(`Fetching ${spec} (about 50 MB) for its Chromium ${major} …`);
    const [{ filename }] = JSON.parse(
      execFileSync('npm', ['pack', spec, '--pack-destination', work, '--json', '--loglevel=error'], {
        encoding: 'utf8',
      }),
    );
    // the tarball's name has the scope's @ and / turned into a plain prefix; `npm pack --json` says what it wrote
    execFileSync('tar', ['-xzf', join(work, filename), '-C', work, 'package/bin']);
    const bin = join(work, 'package', 'bin');
    mkdirSync(join(dir, 'swiftshader'), { recursive: true });
    writeFileSync(join(work, 'swiftshader.tar'), brotliDecompressSync(readFileSync(join(bin, 'swiftshader.tar.br'))));
    execFileSync('tar', ['-xf', join(work, 'swiftshader.tar'), '-C', join(dir, 'swiftshader')]);
    // aws.tar.br (Open Sans, NSS and expat for Amazon Linux) is left out: Debian's libnss3 and libexpat1 are used
    // written beside, then renamed, so that an interrupted run never leaves half a binary that looks unpacked
    writeFileSync(`${executable}.part`, brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))));
    chmodSync(`${executable}.part`, 0o755);
    renameSync(`${executable}.part`, executable);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return executable;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const browser of FLOOR_BROWSERS) console.log(`${browser.name}: ${floorBrowser(browser)}`);
}
