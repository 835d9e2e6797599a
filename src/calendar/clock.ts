/**
 * The one clock of the library: the ticker, the elements and the calendar all read it, so that a page which patches
 * `Date.now` (analytics and test tools do) moves all of them together and no timer can wait for a moment another
 * clock has passed.
 */
export function clockNow(): Date {
  return new Date(Date.now());
}

let reported: string | undefined;

/**
 * The time zone the runtime reports, read once per page. The formatter that tells it is often the page's first `Intl`
 * object, which loads the engine's locale data (turns.ts takes that step before the first render that needs it).
 */
export const reportedTimeZone = (): string => (reported ??= new Intl.DateTimeFormat().resolvedOptions().timeZone);
