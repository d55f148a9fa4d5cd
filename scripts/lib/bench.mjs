// The scale benchmark's parts (used by scripts/bench.mjs; generation is also unit-tested so it cannot rot):
// make a content set of N guide pages from the real content, build it cold, and measure what was built.
// Plain Node, built-ins only, so it also measures older checkouts and other Astro projects.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const GUIDE_FILE = /\.mdx?$/;

/**
 * Copies `contentDir` to `outDir` and tops its guide pages up to `pages` with renamed copies of the real
 * ones (`cleansing-2.mdx`, title "Cleansing your skin (2)"), taken in turn, so every section grows alike.
 * Copies keep their section, order and format (.md stays .md, .mdx stays .mdx). Each translation of a page
 * (`translations/<lang>/guide/`) gets the same copies, since the build refuses an untranslated page. With
 * `languages` (e.g. `['en']`), `site/site.yaml` is rewritten to build only those. With `pages` at or below
 * the real count, the real content is used as is. Returns the guide files written, real ones first.
 * @param {{ contentDir: string, outDir: string, pages: number, languages?: string[] | undefined }} options
 * @returns {string[]}
 */
export function generateContent({ contentDir, outDir, pages, languages }) {
  cpSync(contentDir, outDir, { recursive: true });
  if (languages) setLanguages(join(outDir, 'site', 'site.yaml'), languages);
  const guideDir = join(outDir, 'guide');
  const translatedDirs = translationGuideDirs(outDir);
  const originals = readdirSync(guideDir).filter((f) => GUIDE_FILE.test(f)).sort();
  if (originals.length === 0) throw new Error(`No guide pages (*.md, *.mdx) in ${join(contentDir, 'guide')}`);
  const files = [...originals];
  for (let copy = 2; files.length < pages; copy++) {
    for (const file of originals) {
      if (files.length >= pages) break;
      const name = file.replace(GUIDE_FILE, (ext) => `-${copy}${ext}`);
      for (const dir of [guideDir, ...translatedDirs]) {
        const source = join(dir, file);
        if (existsSync(source)) writeFileSync(join(dir, name), renamedCopy(readFileSync(source, 'utf8'), copy));
      }
      files.push(name);
    }
  }
  return files;
}

/** The guide folders of every translation in a content set (`translations/<lang>/guide`). */
function translationGuideDirs(contentDir) {
  const root = join(contentDir, 'translations');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, d.name, 'guide'))
    .filter((dir) => existsSync(dir));
}

/** Rewrites the `languages:` line of a site.yaml (or adds one), so a benchmark can build one language. */
function setLanguages(siteYaml, languages) {
  const text = existsSync(siteYaml) ? readFileSync(siteYaml, 'utf8') : '';
  const line = `languages: [${languages.join(', ')}]`;
  const next = /^languages:.*$/m.test(text) ? text.replace(/^languages:.*$/m, line) : `${text.replace(/\n?$/, '\n')}${line}\n`;
  writeFileSync(siteYaml, next);
}

/** The page with " (n)" added to its title and navigation label, so copies are told apart in lists and search. */
export function renamedCopy(text, copy) {
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---\n') || end === -1) throw new Error('A guide page must start with YAML frontmatter');
  const frontmatter = text
    .slice(0, end)
    .replace(/^(title|navLabel): *(["']?)(.*?)\2 *$/gm, (_, key, quote, value) => `${key}: ${quote || '"'}${value} (${copy})${quote || '"'}`);
  return frontmatter + text.slice(end);
}

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}

/** Peak resident memory of a process and its descendants, sampled from /proc (Linux). */
function procTree(root) {
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // The process ended meanwhile.
    }
  }
  const tree = [];
  const walk = (pid) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return tree;
}

function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kib('VmRSS') * 1024, hwm: kib('VmHWM') * 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * Runs `command args` in `cwd` with `env`, and measures it: wall time, the highest peak RSS of any one process
 * of its tree (what `/usr/bin/time` reports), and the highest sum of RSS over the tree at one moment.
 */
export function runMeasured(command, args, { cwd, env, quiet = true }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; if (!quiet) process.stdout.write(d); });
    child.stderr.on('data', (d) => { output += d; if (!quiet) process.stderr.write(d); });
    const peakByPid = new Map();
    let peakTotal = 0;
    const sample = () => {
      let total = 0;
      for (const pid of procTree(child.pid)) {
        const { rss, hwm } = memoryOf(pid);
        total += rss;
        peakByPid.set(pid, Math.max(peakByPid.get(pid) ?? 0, hwm));
      }
      peakTotal = Math.max(peakTotal, total);
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        code,
        output,
        seconds: (performance.now() - started) / 1000,
        peakProcessBytes: Math.max(0, ...peakByPid.values()),
        peakTotalBytes: peakTotal,
      });
    });
  });
}

/** Size of every file under `dir`, in bytes. */
export function dirBytes(dir) {
  return listFiles(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

/**
 * Gzip (level 6, a usual server default) of each HTML page plus the stylesheets it links, the first view's
 * HTML+CSS. Returns every page's figure, heaviest first.
 */
export function pageWeights(dist) {
  const gz = new Map();
  const gzipOf = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 6 }).length);
    return gz.get(file);
  };
  const pages = listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      const css = [...html.matchAll(/<link\b[^>]*rel="?[^">]*stylesheet[^>]*>/g)]
        .map((m) => /href="?([^" >]+)/.exec(m[0])?.[1])
        .filter((href) => href && href.startsWith('/'))
        .reduce((sum, href) => sum + gzipOf(join(dist, href.split(/[?#]/)[0])), 0);
      return { page: file, htmlGzip: gzipOf(join(dist, file)), cssGzip: css, total: gzipOf(join(dist, file)) + css };
    });
  return pages.sort((a, b) => b.total - a.total);
}

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
