// The checks of a Node test script (`npm run test:wordpress`, `test:print`, `test:pictures`): each printed as ✓ or ✗
// as it is made; an error that stops the script counts as a failure; `finish` prints the total and exits with 1 when
// anything failed.

/** A script's checks, named `name` in its last line ("Print: every check passed"). */
export function checks(name) {
  const failures = [];
  return {
    check(ok, what) {
      if (!ok) failures.push(what);
      console.log(`${ok ? '✓' : '✗'} ${what}`);
    },
    fail(error) {
      failures.push(String(error));
      console.error(error);
    },
    finish(after = '') {
      console.log(`\n${failures.length ? `FAILED: ${failures.length}` : `${name}: every check passed`}${after}.`);
      process.exit(failures.length ? 1 : 0);
    },
  };
}
