/**
 * Finds the Chromium the tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. Playwright's own
 * browser download does not work on these machines, so a missing browser is a clear message, not a trace.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (!existsSync(path)) {
    console.error(
      `\nNo Chromium found at ${path}.\n` +
        'The browser tests use Debian\'s Chromium. Install it with:\n' +
        '  sudo apt-get install -y chromium poppler-utils\n' +
        'or point CHROMIUM_PATH at another Chromium or Chrome binary:\n' +
        '  CHROMIUM_PATH=/path/to/chrome npm test\n',
    );
    process.exit(1);
  }
  return path;
}
