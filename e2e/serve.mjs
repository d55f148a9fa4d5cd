// Serves a built site for the e2e tests and for looking at pages by hand.
// Usage: node e2e/serve.mjs <dir> <port> [base]   (base: the sub-path the site was built for, e.g. /aftercare/)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite } from '../scripts/lib/static-server.mjs';

const [dir = 'dist', port = '4322', base = '/'] = process.argv.slice(2);
// A missing build fails the test run with this message instead of serving 404s (or being skipped).
if (!existsSync(join(dir, 'index.html'))) {
  const build = dir === 'dist-subpath' ? 'npm run build:subpath' : 'npm run build';
  console.error(`e2e/serve.mjs: ${join(dir, 'index.html')} does not exist. Build the site first: ${build}`);
  process.exit(1);
}
await serveSite({ dir, port: Number(port), base });
console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
