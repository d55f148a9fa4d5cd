// Search budgets, measured in Chromium (a benchmark, not a test): bytes sent over the network to open search
// and run one query, and the time from a key press to the results on screen.
// Usage: node e2e/serve.mjs dist 4322 &  then  node scripts/measure-search.mjs [baseURL] [page] [--cpu 4]
// Bytes are what the server sent (CDP encodedDataLength; e2e/serve.mjs does not compress) and what the same
// files weigh gzipped (Pagefind's index, fragments and wasm are gzipped already; its JS is not).
import { chromium } from '@playwright/test';
import { launchOptions } from './lib/chromium.mjs';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const cpuAt = args.indexOf('--cpu');
const cpu = cpuAt === -1 ? 1 : Number(args.splice(cpuAt, 2)[1]);
const [base = 'http://127.0.0.1:4322', path = '/cleansing/'] = args;
const QUERIES = ['pool', 'when can I swim', 'red skin', 'makeup', 'retinoids', 'scab'];

const browser = await chromium.launch(launchOptions());

/** Opens the page, focuses search, types one query; returns what went over the network after the page loaded. */
async function bytesForOneQuery(query) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map();
  const sizes = [];
  let counting = false;
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    if (counting) sizes.push({ id: e.requestId, url: urls.get(e.requestId), encoded: e.encodedDataLength });
  });
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  counting = true;
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill(query);
  await page.getByRole('status').filter({ hasText: `for “${query}”` }).waitFor();
  await page.waitForLoadState('networkidle');
  let gzip = 0;
  for (const s of sizes) {
    const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId: s.id }).catch(() => ({ body: '' }));
    s.gzip = gzipSync(Buffer.from(body, base64Encoded ? 'base64' : 'utf8'), { level: 9 }).length;
    gzip += s.gzip;
  }
  await page.close();
  return { query, requests: sizes.length, sent: sizes.reduce((n, s) => n + s.encoded, 0), gzip, files: sizes.map((s) => `${new URL(s.url).pathname} ${s.encoded}/${s.gzip}`) };
}

/** Time from setting the field and firing `input` to the results' status line saying so, in the page. */
async function timeToResults() {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  const field = page.getByRole('searchbox', { name: 'Search the guide' });
  const measure = (query) =>
    page.evaluate(
      (q) =>
        new Promise((resolve) => {
          const input = document.querySelector('form[data-search-form] input');
          const started = performance.now();
          const check = () => {
            const status = document.querySelector('[data-search-status]');
            if (status?.textContent?.includes(`for “${q}”`)) resolve(Math.round(performance.now() - started));
            else requestAnimationFrame(check);
          };
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          check();
        }),
      query,
    );
  // First query right after the field gets focus: the panel script, Pagefind and its wasm load meanwhile.
  await field.focus();
  const first = await measure(QUERIES[0]);
  const next = [];
  for (const q of QUERIES.slice(1)) next.push([q, await measure(q)]);
  await page.close();
  return { cpuSlowdown: cpu, firstQueryRightAfterFocus: first, laterQueries: Object.fromEntries(next) };
}

const bytes = [];
for (const q of ['pool', 'when can I swim', 'red skin']) bytes.push(await bytesForOneQuery(q));
const timing = await timeToResults();
console.log(JSON.stringify({ page: path, bytes, timing }, null, 1));
await browser.close();
