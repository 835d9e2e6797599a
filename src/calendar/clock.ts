/**
 * The one clock of the library: the ticker, the elements and the calendar all read it, so that a page which patches
 * `Date.now` (analytics and test tools do) moves all of them together and no timer can wait for a moment another
 * clock has passed.
 */
export function clockNow(): Date {
  return new Date(Date.now());
}
