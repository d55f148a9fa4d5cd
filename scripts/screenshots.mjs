// Screenshots of built pages for people to look at (not a test).
// Usage: node scripts/screenshots.mjs [outDir] [path ...]   (serve dist/ on :4322 first: node e2e/serve.mjs dist 4322)
// Writes <outDir>/<name>-<width>-<scheme>.png at 375 and 1280 px, light and dark.
import { chromium } from '@playwright/test';
import { launchOptions } from './lib/chromium.mjs';
import { mkdirSync } from 'node:fs';

const [outDir = '/tmp/shots', ...paths] = process.argv.slice(2);
const base = process.env.SHOT_BASE ?? 'http://127.0.0.1:4322';
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(launchOptions());
for (const path of paths.length ? paths : ['/']) {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      await page.screenshot({ path: `${outDir}/${name}-${width}-${colorScheme}.png`, fullPage: process.env.FULL === '1' });
      await page.close();
    }
  }
}
await browser.close();
