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
