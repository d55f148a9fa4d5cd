// Scale benchmark: how the site builds and weighs with a large library. Not a test: figures depend on the machine.
// Usage: npm run bench -- --pages 1000 [--pages 2000 ...] [--runs 3] [--languages en] [--no-search] [--port 4399] [--json file] [--keep]
// For each size it writes a content set of that many guide pages (the real ones plus renamed copies) into a
// temporary CONTENT_DIR (each page in every language the content publishes, or only --languages), runs a cold `npm run build` (fresh cache and output folders), and prints: wall time,
// peak memory, dist/ size, the heaviest page's HTML+CSS gzip, and the bytes Chromium downloads to open search
// and run one query (scripts/measure-search.mjs, counted from the network). With several sizes and runs, runs
// are interleaved (size after size, run after run) and medians are printed, which keeps a busy machine fair.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dirBytes, generateContent, median, pageWeights, runMeasured } from './lib/bench.mjs';
import { serveSite } from './lib/static-server.mjs';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    pages: { type: 'string', multiple: true, default: ['1000'] },
    runs: { type: 'string', default: '1' },
    'no-search': { type: 'boolean', default: false },
    port: { type: 'string', default: '4399' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    languages: { type: 'string' },
    content: { type: 'string', default: process.env.CONTENT_DIR ?? join(root, 'content') },
  },
});
const sizes = values.pages.flatMap((p) => p.split(',')).map(Number);
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1)) {
  console.error('Usage: npm run bench -- --pages 1000 [--pages 2000] [--runs 3] [--languages en] [--no-search] [--port 4399] [--json file] [--keep]');
  process.exit(2);
}
const withSearch = !values['no-search'];
const languages = values.languages?.split(',').map((l) => l.trim()).filter(Boolean);

const KB = 1000;
/** The page budget, as the dist test checks it (tests/dist/built-site.test.ts): 14 KiB. */
const PAGE_BUDGET = 14 * 1024;
const MB = 1000 * 1000;
const MiB = 1024 * 1024;
const HEAD_INJECT = /use astro:head-inject/g;

/** Builds one content set cold and measures it. */
async function benchOnce(pages, measureSearch) {
  const work = mkdtempSync(join(tmpdir(), `aftercare-bench-${pages}-`));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  try {
    const files = generateContent({ contentDir: values.content, outDir: content, pages, languages });
    const build = await runMeasured('npm', ['run', 'build', '--silent'], {
      cwd: root,
      env: {
        ...process.env,
        CONTENT_DIR: content,
        OUT_DIR: dist,
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    if (build.code !== 0) throw new Error(`The build of ${pages} pages failed:\n${build.output.slice(-4000)}`);
    const weights = pageWeights(dist);
    const result = {
      pages,
      guideFiles: files.length,
      htmlPages: weights.length,
      seconds: build.seconds,
      peakProcessMiB: build.peakProcessBytes / MiB,
      peakTotalMiB: build.peakTotalBytes / MiB,
      distMB: dirBytes(dist) / MB,
      pagefindFiles: safeCount(join(dist, 'pagefind')),
      heaviest: { page: weights[0].page, kB: weights[0].total / KB },
      pagesOver14kB: weights.filter((w) => w.total > PAGE_BUDGET).length,
      pagesOver14000B: weights.filter((w) => w.total > 14 * KB).length,
      headInjectWarnings: (build.output.match(HEAD_INJECT) ?? []).length,
    };
    if (measureSearch) result.search = await searchBytes(dist, files[0].replace(/\.mdx?$/, ''));
    if (values.keep) console.error(`kept ${work}`);
    return result;
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

function safeCount(dir) {
  try {
    return readdirSync(dir, { recursive: true }).length;
  } catch {
    return 0;
  }
}

/** Bytes to open search on a guide page and run one query: the largest of measure-search's three queries. */
async function searchBytes(dist, slug) {
  const server = await serveSite({ dir: dist, port: Number(values.port) });
  try {
    // Asynchronous: the server runs in this process.
    const { stdout } = await run(process.execPath, [join(root, 'scripts/measure-search.mjs'), `http://127.0.0.1:${values.port}`, `/${slug}/`], {
      cwd: root,
    });
    const { bytes } = JSON.parse(stdout);
    const worst = bytes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    return { query: worst.query, requests: worst.requests, sentKB: worst.sent / KB, gzipKB: worst.gzip / KB };
  } finally {
    server.close();
  }
}

const results = new Map(sizes.map((n) => [n, []]));
for (let run = 1; run <= runs; run++) {
  for (const pages of sizes) {
    const result = await benchOnce(pages, withSearch && run === 1);
    results.get(pages).push(result);
    console.error(`run ${run}/${runs}, ${pages} pages: ${result.seconds.toFixed(1)} s, ${result.peakProcessMiB.toFixed(0)} MiB`);
  }
}

const fixed = (n, d = 1) => n.toFixed(d);
const summary = sizes.map((pages) => {
  const all = results.get(pages);
  const first = all[0];
  return {
    pages,
    runs: all.length,
    htmlPages: first.htmlPages,
    seconds: median(all.map((r) => r.seconds)),
    secondsAll: all.map((r) => Number(fixed(r.seconds, 2))),
    peakProcessMiB: median(all.map((r) => r.peakProcessMiB)),
    peakTotalMiB: median(all.map((r) => r.peakTotalMiB)),
    distMB: first.distMB,
    pagefindFiles: first.pagefindFiles,
    heaviest: first.heaviest,
    pagesOver14kB: first.pagesOver14kB,
    pagesOver14000B: first.pagesOver14000B,
    headInjectWarnings: first.headInjectWarnings,
    search: first.search,
  };
});

const rows = [
  ['guide pages', (s) => String(s.pages)],
  ['HTML pages', (s) => String(s.htmlPages)],
  [`cold build, s (median of ${runs})`, (s) => `${fixed(s.seconds, 2)}`],
  ['peak memory, MiB (largest process)', (s) => fixed(s.peakProcessMiB, 0)],
  ['peak memory, MiB (all processes)', (s) => fixed(s.peakTotalMiB, 0)],
  ['dist/, MB', (s) => fixed(s.distMB)],
  ['heaviest page HTML+CSS gzip, kB', (s) => `${fixed(s.heaviest.kB)} (${s.heaviest.page})`],
  [`pages over 14 KiB (${PAGE_BUDGET} B) / over 14,000 B`, (s) => `${s.pagesOver14kB} / ${s.pagesOver14000B}`],
  ['search open + 1 query, kB gzip / as sent', (s) => (s.search ? `${fixed(s.search.gzipKB)} / ${fixed(s.search.sentKB)} (${s.search.requests} requests)` : 'not measured')],
  ['Pagefind files', (s) => String(s.pagefindFiles)],
  ['"use astro:head-inject" warnings', (s) => String(s.headInjectWarnings)],
];
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, cell] of rows) console.log(`${label.padEnd(width)}  ${summary.map((s) => cell(s).padEnd(14)).join('  ')}`);
if (values.json) writeFileSync(values.json, JSON.stringify(summary, null, 1));
