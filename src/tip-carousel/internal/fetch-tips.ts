import { MAX_TIPS_FILE, parseTipsFile, type Tip } from '../tips.js';

/** How long a partner's tips file may take before the carousel gives up and shows ours. */
const FETCH_TIMEOUT = 10_000;
const TOO_LARGE = `the file is larger than ${MAX_TIPS_FILE / 1024} KB`;

/**
 * Fetches a partner's tips file without credentials: its tips, a sentence saying why there are none, or `undefined`
 * when `stop` aborted it (the carousel left the page).
 */
export async function fetchTips(src: string, stop: AbortSignal): Promise<Tip[] | string | undefined> {
  const abort = new AbortController();
  const timeout = setTimeout(() => abort.abort(), FETCH_TIMEOUT);
  stop.addEventListener('abort', () => abort.abort());
  try {
    const response = await fetch(new URL(src, document.baseURI), { credentials: 'omit', signal: abort.signal });
    if (!response.ok) return `the server answered ${response.status}`;
    if (Number(response.headers.get('content-length') ?? 0) > MAX_TIPS_FILE) return TOO_LARGE;
    const text = await readAtMost(response, MAX_TIPS_FILE);
    return text === undefined ? TOO_LARGE : parseTipsFile(text);
  } catch (error) {
    if (stop.aborted) return undefined;
    return abort.signal.aborted
      ? `it took longer than ${FETCH_TIMEOUT / 1000} seconds to arrive`
      : `it could not be fetched (${String(error)})`;
  } finally {
    abort.abort();
    clearTimeout(timeout);
  }
}

/** The body as text, read as it streams in and given up as soon as it passes `limit` bytes (`undefined` then). */
async function readAtMost(response: Response, limit: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      void reader.cancel();
      return undefined;
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
