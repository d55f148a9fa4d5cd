/** The browser the e2e tests drive: see scripts/lib/chromium.mjs (shared with the PDF and screenshot scripts). */
export { CHROMIUM_ARGS, chromiumPath, launchOptions } from '../scripts/lib/chromium.mjs';
