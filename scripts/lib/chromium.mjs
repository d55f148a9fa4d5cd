// The Chromium that tests, PDFs, screenshots and benchmarks drive: $CHROMIUM_PATH, else Debian's
// /usr/bin/chromium (Playwright's own browser download does not work on these machines). One place for the
// path and the flags; a missing browser is a clear message, not a stack trace.
import { existsSync } from 'node:fs';

/** Flags for headless Chromium on these machines (no sandbox as root, no background network traffic). */
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

/** The browser's path, or exits with how to install one. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    console.error(
      `\nNo Chromium found at ${path}.\n` +
        "The browser tests and PDFs use Debian's Chromium. Install it with:\n" +
        '  sudo apt-get install -y chromium poppler-utils\n' +
        'or point CHROMIUM_PATH at another Chromium or Chrome binary:\n' +
        '  CHROMIUM_PATH=/path/to/chrome npm test\n',
    );
    process.exit(1);
  }
  return path;
}

/** Playwright launch options for that browser. */
export function launchOptions() {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
}
