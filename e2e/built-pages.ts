/** Every page of the build under test (dist/, or $E2E_DIST), from its files: /avoid/ for dist/avoid/index.html. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DIST_DIR = join(import.meta.dirname, '..', process.env['E2E_DIST'] ?? 'dist');

export function builtPages(): string[] {
  if (!existsSync(DIST_DIR)) throw new Error(`${DIST_DIR} does not exist. Build the site first: npm run build`);
  return readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}
