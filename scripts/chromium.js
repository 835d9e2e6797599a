// The headless Chromium of the scripts that load the build outside the test runner (size budget, Lighthouse, bench,
// the WordPress test, the floor test's control): one path and one set of flags, so that their measurements are taken
// in the same browser, set up the same way.

/** Debian's Chromium, or the one named by CHROMIUM. */
export const CHROMIUM = process.env.CHROMIUM ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, headless browser on a machine without a GPU or a large /dev/shm: nothing fetched in the
 * background (component updates, sync, field trials), no first-run pages.
 */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
