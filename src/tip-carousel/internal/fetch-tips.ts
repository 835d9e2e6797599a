import { MAX_TIPS_FILE, parseTipsFile, type Tip } from '../tips.js';

/** How long a partner's tips file may take before the carousel gives up and shows ours. */
const FETCH_TIMEOUT = 10_000;

/** Fetches a partner's tips file without credentials: its tips, or a sentence saying why there are none. */
export async function fetchTips(src: string): Promise<Tip[] | string> {
  const abort = new AbortController();
  const timeout = setTimeout(() => abort.abort(), FETCH_TIMEOUT);
  try {
    const response = await fetch(new URL(src, document.baseURI), { credentials: 'omit', signal: abort.signal });
    const length = Number(response.headers.get('content-length') ?? 0);
    if (!response.ok) return `the server answered ${response.status}`;
    if (length > MAX_TIPS_FILE) return `the file is larger than ${MAX_TIPS_FILE / 1024} KB`;
    return parseTipsFile(await response.text());
  } catch (error) {
    return abort.signal.aborted
      ? `it took longer than ${FETCH_TIMEOUT / 1000} seconds to arrive`
      : `it could not be fetched (${String(error)})`;
  } finally {
    clearTimeout(timeout);
  }
}
