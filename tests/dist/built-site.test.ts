/**
 * Checks over the built site: no broken internal link or in-page anchor, and valid HTML on every page.
 * Runs over dist/ and the sub-path build in dist-subpath/ (built with BASE_PATH=/aftercare/), and the handout
 * PDFs (npm run pdf). A missing build or PDF fails with the command that makes it; nothing is skipped.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { transform } from 'esbuild';
import { findBrokenLinks, readPage, type PageLinks } from '../../src/checks/links';
import { withBase } from '../../src/lib/paths';
import { ARTICLE_CHECKS, CONTENT_DIR, guidePages, procedures, site } from '../helpers/content';

const root = join(import.meta.dirname, '../..');
const builds = [
  { dir: join(root, process.env['E2E_DIST'] ?? 'dist'), base: '/', command: 'npm run build' },
  { dir: join(root, 'dist-subpath'), base: '/aftercare/', command: 'npm run build:subpath' },
];

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** `/aftercare/avoid/` for dist/avoid/index.html. */
function urlPath(dir: string, file: string, base: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return base + rel.replace(/index\.html$/, '').replace(/^404\.html$/, '404.html');
}

for (const { dir, base, command } of builds) {
  describe(`${relative(root, dir)} (base ${base})`, () => {
    const files = htmlFiles(dir);
    const pages = new Map<string, PageLinks>(files.map((f) => [urlPath(dir, f, base), readPage(readFileSync(f, 'utf8'))]));

    it('exists: a home page, the fixed pages and a page for every guide page of the content', () => {
      expect(existsSync(join(dir, 'index.html')), `${relative(root, dir)}/index.html is missing: run \`${command}\` first`).toBe(true);
      const expected = ['/', '/avoid/', '/timeline/', '/handout/', '/search/', ...guidePages().map((p) => p.path)].map((p) => withBase(base, p));
      expect(expected.filter((path) => !pages.has(path)), 'pages missing from the build').toEqual([]);
    });

    it('has no broken internal link or anchor', () => {
      const exists = (path: string) => {
        if (!path.startsWith(base)) return false;
        const onDisk = join(dir, path.slice(base.length));
        return existsSync(onDisk) && (statSync(onDisk).isFile() || existsSync(join(onDisk, 'index.html')));
      };
      const broken = findBrokenLinks(pages, exists, base);
      const linkCount = [...pages.values()].reduce((n, p) => n + p.links.length, 0);
      console.log(`${relative(root, dir)}: ${pages.size} pages, ${linkCount} links and resources checked`);
      expect(broken).toEqual([]);
    });

    it('names the treatment only in the content\'s own words: no word for one the content never mentions', () => {
      const contentText = readdirSync(CONTENT_DIR, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ya?ml|json|mdx?)$/.test(f))
        .map((f) => readFileSync(join(CONTENT_DIR, f), 'utf8'))
        .join('\n')
        .toLowerCase();
      for (const word of ['microneedling', 'chemical peel']) {
        if (contentText.includes(word)) continue;
        expect(files.filter((f) => readFileSync(f, 'utf8').toLowerCase().includes(word)).map((f) => relative(root, f)), word).toEqual([]);
      }
    });

    it("allows in each page's CSP exactly the inline scripts and styles that page holds", () => {
      const problems: string[] = [];
      for (const file of files) {
        const html = readFileSync(file, 'utf8');
        const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
        if (!csp) {
          problems.push(`${relative(root, file)}: no CSP <meta>`);
          continue;
        }
        for (const kind of ['script', 'style'] as const) {
          const directive = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === `${kind}-src`) ?? [];
          const allowed = directive.filter((s) => s.startsWith("'sha256-")).sort();
          const inline = [...html.matchAll(new RegExp(`<${kind}(\\s[^>]*)?>([\\s\\S]*?)</${kind}>`, 'g'))]
            .filter(([, attributes = '']) => !/\ssrc=/.test(attributes))
            .map(([, , text = '']) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
          const own = [...new Set(inline)].sort();
          if (JSON.stringify(allowed) !== JSON.stringify(own)) problems.push(`${relative(root, file)}: ${kind}-src allows ${allowed.length} hashes, the page holds ${own.length} inline ${kind}s`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('publishes the timeline\'s data once per language, for the timeline and the handout to fetch', () => {
      for (const file of files.filter((f) => /timeline[\\/]index\.html$/.test(f) && !/timeline[\\/][^\\/]+[\\/]index/.test(f))) {
        const src = /data-timeline-root data-src="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
        expect(src, `${relative(root, file)} names its data file`).toBeDefined();
        const json = join(dir, src!.slice(base.length));
        expect(existsSync(json), `${src} is in the build`).toBe(true);
        const data = JSON.parse(readFileSync(json, 'utf8')) as { data: { procedures: { id: string }[] }; lang: string };
        expect(data.data.procedures.map((p) => p.id)).toEqual(procedures().map((p) => p.id));
        expect(src).toContain(data.lang === 'en' ? `${base}timeline/` : `${base}${data.lang}/timeline/`);
      }
    });

    // The shipped guide's budget (issue 14): every page's HTML and CSS fit 14 KB gzip, so a page arrives in
    // the first round trips. A clinic's own content may be longer, so this checks the shipped content only.
    it.skipIf(!ARTICLE_CHECKS)('keeps every page of the shipped guide at 14 KB gzip of HTML and CSS or less', () => {
      const over: string[] = [];
      for (const file of files) {
        const html = readFileSync(file, 'utf8');
        const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href = '']) => readFileSync(join(dir, href.slice(base.length))));
        const bytes = gzipSync(html, { level: 6 }).length + css.reduce((n, c) => n + gzipSync(c, { level: 6 }).length, 0);
        if (bytes > 14 * 1024) over.push(`${relative(root, file)}: ${(bytes / 1024).toFixed(1)} KB`);
      }
      expect(over).toEqual([]);
    });

    it('lists every page for search engines at the site\'s address, in a sitemap that robots.txt names', () => {
      const address = (path: string) => new URL(path, site().siteUrl).href;
      expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${address(`${base}sitemap-index.xml`)}`);
      const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      const fileOf = (url: string) => join(dir, new URL(url).pathname.slice(base.length));
      const sitemaps = locs(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')).map((url) => readFileSync(fileOf(url), 'utf8'));
      const entries = sitemaps.flatMap((xml) => [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!));
      const listed = entries.map((entry) => locs(entry)[0]!);
      // Every page a reader can land on, and nothing else: not the "page not found" pages.
      const readable = [...pages.keys()].filter((path) => !/\/404(\.html|\/)$/.test(path)).map(address);
      expect([...listed].sort()).toEqual(readable.sort());
      // Each page's versions in other languages, as the page's own <head> links them.
      for (const [i, entry] of entries.entries()) {
        const inSitemap = [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
        const html = readFileSync(fileOf(listed[i]!).replace(/\/?$/, '/index.html'), 'utf8');
        const inPage = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].filter((m) => m[1] !== 'x-default').map((m) => `${m[1]} ${m[2]}`);
        expect(inSitemap.sort(), listed[i]).toEqual(inPage.sort());
      }
    });

    it('ships the search script every search loads minified (Pagefind writes it with its long names)', async () => {
      const file = join(dir, 'pagefind', 'pagefind.js');
      const shipped = readFileSync(file, 'utf8');
      const { code } = await transform(shipped, { minify: true, format: 'esm', target: 'es2022' });
      // Minifying again finds almost nothing left to take out (Pagefind's own file loses 2 kB of 13).
      expect(gzipSync(shipped).length - gzipSync(code).length).toBeLessThan(50);
    });

    it('is valid HTML on every page', async () => {
      const validator = new HtmlValidate(new FileSystemConfigLoader());
      const problems: string[] = [];
      for (const file of files) {
        const report = await validator.validateFile(file);
        for (const result of report.results) {
          for (const m of result.messages) {
            problems.push(`${relative(root, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });
}

describe('ready-made handout PDFs (npm run pdf)', () => {
  const dist = join(root, process.env['E2E_DIST'] ?? 'dist');
  // Each other language the site publishes has its own pair (handout-es-letter.pdf ...).
  const others = existsSync(dist) ? readdirSync(dist).filter((d) => /^[a-z]{2}$/.test(d) && existsSync(join(dist, d, 'handout', 'index.html'))) : [];
  for (const file of ['handout-letter.pdf', 'handout-a4.pdf', ...others.flatMap((l) => [`handout-${l}-letter.pdf`, `handout-${l}-a4.pdf`])]) {
    it(`${file} has at most 2 pages and is under 300 KB`, () => {
      expect(existsSync(join(dist, file)), `${file} is missing: run \`npm run pdf\` after the build`).toBe(true);
      const info = execFileSync('pdfinfo', [join(dist, file)], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      const bytes = statSync(join(dist, file)).size;
      console.log(`${file}: ${pages} pages, ${(bytes / 1024).toFixed(0)} KB`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      expect(bytes).toBeLessThan(300 * 1024);
    });
  }
});
