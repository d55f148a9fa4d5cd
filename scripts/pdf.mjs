// Ready-to-print PDFs of the handout: renders /handout/ of the ALREADY BUILT site with Chromium's print engine
// (the same @media print styles a browser uses) into <outDir>/handout-letter.pdf and <outDir>/handout-a4.pdf,
// and each other language's /<lang>/handout/ into handout-<lang>-letter.pdf and handout-<lang>-a4.pdf.
// Builds nothing: run `npm run build` first. Then it shows the handout page's links to the two PDFs.
//
// Usage: npm run pdf            (reads OUT_DIR, default dist/, and BASE_PATH, default /)
//        CHROMIUM_PATH=/path/to/chrome npm run pdf
import { chromium } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchOptions } from './lib/chromium.mjs';
import { serveSite } from './lib/static-server.mjs';
import { describePrecache, writeServiceWorker } from '../src/integrations/service-worker/build.ts';
import { precacheBudget } from '../src/integrations/service-worker/index.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const base = process.env.BASE_PATH ?? '/';
const SIZES = [
  { size: 'letter', format: 'Letter' },
  { size: 'a4', format: 'A4' },
];
// Every language the build has a handout for: English at the root, the others under /<lang>/.
const LANGUAGES = ['en', ...readdirSync(outDir).filter((d) => /^[a-z]{2}$/.test(d) && existsSync(join(outDir, d, 'handout', 'index.html')))];
const handoutPath = (lang) => (lang === 'en' ? 'handout' : `${lang}/handout`);
const pdfFile = (lang, size) => (lang === 'en' ? `handout-${size}.pdf` : `handout-${lang}-${size}.pdf`);

function fail(message) {
  console.error(`\nnpm run pdf: ${message}\n`);
  process.exit(1);
}

if (!existsSync(join(outDir, 'handout', 'index.html'))) {
  fail(`${join(outDir, 'handout', 'index.html')} does not exist. Build the site first: npm run build`);
}

// Serve the built site on a free port, so the page loads exactly as it does online.
const server = await serveSite({ dir: outDir, base });
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const started = performance.now();
const browser = await chromium.launch(launchOptions());
try {
  // Print colors: the light theme, even if the machine is set to dark.
  const page = await browser.newPage({ colorScheme: 'light' });
  for (const lang of LANGUAGES) {
    const response = await page.goto(`${origin}${base}${handoutPath(lang)}/`, { waitUntil: 'load' });
    if (!response?.ok()) fail(`${base}${handoutPath(lang)}/ answered ${response?.status()}`);
    await page.emulateMedia({ media: 'print' });
    for (const { size, format } of SIZES) {
      // Margins come from the handout's @page rule; backgrounds keep the warning boxes' colors.
      const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: false, tagged: true, outline: false });
      const file = pdfFile(lang, size);
      await writeFile(join(outDir, file), pdf);
      console.log(`${join(outDir, file)}  ${(pdf.length / 1024).toFixed(0)} KB`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
// Now that the files exist, show the handout page's links to them (they stay hidden in a build without PDFs).
// Safe to run again after the same build: links already shown are left as they are.
for (const lang of LANGUAGES) {
  const handoutHtml = join(outDir, handoutPath(lang), 'index.html');
  const html = await readFile(handoutHtml, 'utf8');
  if (!/<div data-handout-pdfs( hidden)?>/.test(html)) fail(`could not find the PDF links in ${handoutHtml}`);
  const linked = html
    .replace('<div data-handout-pdfs hidden>', '<div data-handout-pdfs>')
    .replace(/<li hidden><a data-pdf="([^"]+)">/g, '<li><a data-pdf="$1" href="$1">');
  if (linked !== html) await writeFile(handoutHtml, linked);
}

// The PDFs and the changed handout page join the offline copy: the service worker's list is written afresh.
const precache = await writeServiceWorker({ outDir, contentDir: resolve(process.env.CONTENT_DIR ?? 'content'), budget: precacheBudget() });
console.log(`Service worker: ${describePrecache(precache)}.`);

console.log(`Handout PDFs made in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
