// The small static server of the scripts that load the build in a browser (size budget, Lighthouse, bench, the floor
// tests): one place for the path checks, the content types and the brotli bodies.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * Serves `root` on 127.0.0.1 at a free port and resolves to `{ server, origin, close }`.
 * - `only`: a folder under `root`; files elsewhere are 404 (the size budget sees nothing but cdn/).
 * - `page(pathname)`: the HTML of a page made on the fly, or undefined to serve a file.
 * - `file(pathname)`: the path of a file from outside `root` (the bench's minified peer), or undefined.
 * - `brotli`: compress for clients that accept it, as CDNs and partners' hosts do (each body made once).
 * - `headers`: sent with every file.
 */
export async function startServer({ root, only = '', page, file, brotli = false, headers = {} }) {
  const base = resolve(root);
  const allowed = join(base, only);
  const bodies = new Map();
  const compressed = (path) => {
    if (!bodies.has(path)) bodies.set(path, brotliCompressSync(readFileSync(path)));
    return bodies.get(path);
  };
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const html = page?.(decodeURIComponent(pathname));
    if (html !== undefined) {
      response.writeHead(html === null ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? '');
      return;
    }
    const elsewhere = file?.(pathname);
    let path = elsewhere ?? normalize(join(base, decodeURIComponent(pathname)));
    try {
      if (!elsewhere && path !== allowed && !path.startsWith(allowed + sep)) throw new Error('outside');
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!statSync(path).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404).end();
      return;
    }
    const br = brotli && /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': `${TYPES[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`,
      ...headers,
      ...(brotli ? { vary: 'accept-encoding' } : {}),
      ...(br ? { 'content-encoding': 'br' } : {}),
    });
    response.end(br ? compressed(path) : readFileSync(path));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { server, origin, close: () => new Promise((done) => server.close(done)) };
}
