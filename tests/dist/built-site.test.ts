/**
 * Checks over the built site: no broken internal link or in-page anchor, and valid HTML on every page.
 * Runs over dist/ and, when present, the sub-path build in dist-subpath/ (built with BASE_PATH=/aftercare/).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { findBrokenLinks, readPage, type PageLinks } from '../../src/checks/links';

const root = join(import.meta.dirname, '../..');
const builds = [
  { dir: join(root, process.env['E2E_DIST'] ?? 'dist'), base: '/' },
  { dir: join(root, 'dist-subpath'), base: '/aftercare/' },
].filter((b) => existsSync(b.dir));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** `/aftercare/avoid/` for dist/avoid/index.html. */
function urlPath(dir: string, file: string, base: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return base + rel.replace(/index\.html$/, '').replace(/^404\.html$/, '404.html');
}

it('has a build to check', () => {
  expect(builds.length, 'run `npm run build` first').toBeGreaterThan(0);
});

for (const { dir, base } of builds) {
  describe(`${relative(root, dir)} (base ${base})`, () => {
    const files = htmlFiles(dir);
    const pages = new Map<string, PageLinks>(files.map((f) => [urlPath(dir, f, base), readPage(readFileSync(f, 'utf8'))]));

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

    it('is valid HTML on every page', async () => {
      const validator = new HtmlValidate(new FileSystemConfigLoader());
      const problems: string[] = [];
      for (const file of files) {
        const report = await validator.validateFile(file);
        for (const result of report.results) {
          for (const m of result.messages) {
            // Astro puts one `<style>` for its island wrappers before the first island, wherever that is.
            if (m.ruleId === 'element-permitted-content' && m.message.startsWith('<style> element is not permitted')) continue;
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
  for (const file of ['handout-letter.pdf', 'handout-a4.pdf']) {
    it.runIf(existsSync(join(dist, file)))(`${file} has at most 2 pages and is under 300 KB`, () => {
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
