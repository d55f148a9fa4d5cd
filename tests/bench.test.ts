/** The scale benchmark's parts (scripts/lib/bench.mjs), exercised cheaply so `npm run bench` does not rot. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dirBytes, generateContent, median, pageWeights, renamedCopy, runMeasured } from '../scripts/lib/bench.mjs';

const root = resolve(import.meta.dirname, '..');
const contentDir = process.env['CONTENT_DIR'] ?? join(root, 'content');
const work = mkdtempSync(join(tmpdir(), 'aftercare-bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const frontmatterOf = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as { title: string; navLabel?: string; section: string };

describe('generateContent', () => {
  const real = readdirSync(join(contentDir, 'guide')).filter((f) => /\.mdx?$/.test(f)).sort();
  const pages = real.length * 2 + 3;
  const out = join(work, 'content');
  const files = generateContent({ contentDir, outDir: out, pages });

  it('writes exactly the asked number of guide pages: the real ones, then renamed copies', () => {
    expect(files).toHaveLength(pages);
    expect(new Set(files).size).toBe(pages);
    expect(files.slice(0, real.length)).toEqual(real);
    expect(readdirSync(join(out, 'guide')).filter((f) => /\.mdx?$/.test(f))).toHaveLength(pages);
    // The rest of the content comes along unchanged.
    expect(readdirSync(join(out, 'restrictions'))).toEqual(readdirSync(join(contentDir, 'restrictions')));
  });

  it('keeps each copy’s format, section and body, and tells copies apart by title', () => {
    const copy = files[real.length]!;
    const original = real[0]!;
    expect(copy).toBe(original.replace(/(\.mdx?)$/, '-2$1'));
    const a = readFileSync(join(out, 'guide', original), 'utf8');
    const b = readFileSync(join(out, 'guide', copy), 'utf8');
    expect(frontmatterOf(b).title).toBe(`${frontmatterOf(a).title} (2)`);
    expect(frontmatterOf(b).section).toBe(frontmatterOf(a).section);
    expect(b.slice(b.indexOf('\n---', 3))).toBe(a.slice(a.indexOf('\n---', 3)));
  });

  it('uses the real content as is when asked for no more pages than it has', () => {
    expect(generateContent({ contentDir, outDir: join(work, 'small'), pages: 1 })).toEqual(real);
  });

  it('gives each translation the same copies, and can limit the languages built', () => {
    const small = join(work, 'translated-source');
    mkdirSync(join(small, 'guide'), { recursive: true });
    mkdirSync(join(small, 'translations/es/guide'), { recursive: true });
    mkdirSync(join(small, 'site'), { recursive: true });
    writeFileSync(join(small, 'guide/sun.md'), '---\ntitle: Sun\n---\nText');
    writeFileSync(join(small, 'translations/es/guide/sun.md'), '---\ntitle: Sol\n---\nTexto');
    writeFileSync(join(small, 'site/site.yaml'), 'siteName: A\nlanguages: [en, es]\n');
    const both = join(work, 'translated-both');
    expect(generateContent({ contentDir: small, outDir: both, pages: 3 })).toEqual(['sun.md', 'sun-2.md', 'sun-3.md']);
    expect(readdirSync(join(both, 'translations/es/guide')).sort()).toEqual(['sun-2.md', 'sun-3.md', 'sun.md']);
    expect(frontmatterOf(readFileSync(join(both, 'translations/es/guide/sun-3.md'), 'utf8')).title).toBe('Sol (3)');
    expect(readFileSync(join(both, 'site/site.yaml'), 'utf8')).toContain('languages: [en, es]');
    const english = join(work, 'translated-en');
    generateContent({ contentDir: small, outDir: english, pages: 2, languages: ['en'] });
    expect(parse(readFileSync(join(english, 'site/site.yaml'), 'utf8'))).toEqual({ siteName: 'A', languages: ['en'] });
  });

  it('refuses a page without frontmatter', () => {
    expect(() => renamedCopy('# No frontmatter', 2)).toThrow('frontmatter');
    expect(renamedCopy('---\ntitle: Sun\nnavLabel: "Sun"\n---\nText', 3)).toBe('---\ntitle: "Sun (3)"\nnavLabel: "Sun (3)"\n---\nText');
  });
});

describe('measuring', () => {
  it('weighs each page with the stylesheets it links, heaviest first, and a folder by its files', () => {
    const dist = join(work, 'dist');
    mkdirSync(join(dist, 'a'), { recursive: true });
    writeFileSync(join(dist, 'style.css'), 'body { color: red; }'.repeat(200));
    writeFileSync(join(dist, 'index.html'), '<link rel="stylesheet" href="/style.css"><p>Home</p>');
    writeFileSync(join(dist, 'a/index.html'), `<p>${'Long page. '.repeat(500)}</p>`);
    const weights = pageWeights(dist);
    expect(weights.map((w) => w.page)).toEqual(['index.html', 'a/index.html']);
    const [home] = weights;
    expect(home?.cssGzip).toBeGreaterThan(0);
    expect(home?.total).toBe((home?.htmlGzip ?? 0) + (home?.cssGzip ?? 0));
    expect(dirBytes(dist)).toBe(4000 + 52 + 5507);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('times a command and reads its peak memory', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'const a = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => console.log(a.length), 400)'], { cwd: work, env: process.env });
    expect(run.code).toBe(0);
    expect(run.output.trim()).toBe(String(64 * 1024 * 1024));
    expect(run.seconds).toBeGreaterThan(0.3);
    expect(run.peakProcessBytes).toBeGreaterThan(64 * 1024 * 1024);
  });

  it('the command line refuses a bad page count with its usage', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/bench.mjs'), '--pages', 'many'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run bench -- --pages 1000');
  });
});
