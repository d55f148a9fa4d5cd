// A tiny static server for a built site (no dependencies): files, /dir/ -> /dir/index.html, 404.html for the
// rest, only under the deploy's base path. Used by the e2e tests (e2e/serve.mjs) and `npm run pdf`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.webp': 'image/webp', '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.pdf': 'application/pdf',
  '.ics': 'text/calendar', '.txt': 'text/plain', '.webmanifest': 'application/manifest+json',
};

async function readSiteFile(path) {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return readSiteFile(join(path, 'index.html'));
    return { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port) under `base` (e.g. /aftercare/). `dir` may be a
 * function, read on every request, to deploy another build on the same origin (the offline update test).
 * Resolves to the listening server; its address gives the port.
 */
export function serveSite({ dir, port = 0, base = '/' }) {
  const server = createServer(async (req, res) => {
    const root = resolve(typeof dir === 'function' ? dir() : dir);
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const path = normalize(join(root, '/' + pathname.slice(base.length)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    const found = await readSiteFile(path);
    if (found) {
      res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
      return;
    }
    const missing = await readSiteFile(join(root, '404.html'));
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(missing?.body ?? 'Not found');
  });
  return new Promise((ready) => server.listen(Number(port), '127.0.0.1', () => ready(server)));
}
