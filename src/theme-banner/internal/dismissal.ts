import type { BannerHost } from '../banner-options.js';

const STORAGE_PREFIX = 'sid-widgets:dismissed:';

/** Whether the visitor dismissed the banner of `year` with `remember` on, earlier. */
export function readDismissal(year: number): boolean {
  try {
    return localStorage.getItem(STORAGE_PREFIX + year) === '1';
  } catch {
    return false;
  }
}

/** Keeps a dismissal of the banner of `year`, for that year only. */
export function keepDismissal(year: number): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + year, '1');
  } catch {
    // Storage may be blocked or full; the banner still hides for this visit.
  }
}

const FOCUSABLE =
  'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable]';

/**
 * Moves focus, once the banner is hidden, to the partner's `dismiss-focus` element, else to the next element after
 * the banner that can take focus, else to the last one before it.
 */
export function focusAfter(host: BannerHost): void {
  let target = host.dismissFocus ? document.getElementById(host.dismissFocus) : null;
  if (host.dismissFocus && !target)
    host.warn('dismiss-focus', host.dismissFocus, 'no element has this id; focus moves to the next element instead');
  if (!target) {
    const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) =>
        !host.contains(element) &&
        !(element as HTMLButtonElement).disabled &&
        element.tabIndex >= 0 &&
        element.getClientRects().length > 0,
    );
    const after = candidates.find(
      (element) => host.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const before = candidates.filter(
      (element) => host.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING,
    );
    target = after ?? before[before.length - 1] ?? null;
  }
  target?.focus();
}
