// A tiny static server for dist/ (no dependencies): serves files, /dir/ -> /dir/index.html, 404.html.
// Usage: node e2e/serve.mjs <dir> <port> [base]   (base: the sub-path the site was built for, e.g. /aftercare/)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', port = '4322', base = '/'] = process.argv.slice(2);
const root = resolve(dir);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.wasm': 'application/wasm', '.pdf': 'application/pdf', '.ics': 'text/calendar', '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json', '.pf_meta': 'application/octet-stream',
};

async function file(path) {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return file(join(path, 'index.html'));
    return { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  pathname = '/' + pathname.slice(base.length);
  const path = normalize(join(root, pathname));
  if (!path.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  const found = await file(path);
  if (found) {
    res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
  } else {
    const missing = await file(join(root, '404.html'));
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(missing?.body ?? 'Not found');
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`));
