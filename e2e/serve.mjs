// Serves a built site for the e2e tests and for looking at pages by hand.
// Usage: node e2e/serve.mjs <dir> <port> [base]   (base: the sub-path the site was built for, e.g. /aftercare/)
import { serveSite } from '../scripts/lib/static-server.mjs';

const [dir = 'dist', port = '4322', base = '/'] = process.argv.slice(2);
await serveSite({ dir, port: Number(port), base });
console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
