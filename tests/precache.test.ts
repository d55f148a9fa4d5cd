/** What the offline copy keeps up front (src/integrations/service-worker/precache.ts). */
import { describe, expect, it } from 'vitest';
import { choosePrecache, precacheRank } from '../src/integrations/service-worker/precache';
import { precacheBudget } from '../src/integrations/service-worker/index';

const guide = new Set(['cleansing', 'sun-protection']);

describe('precacheRank', () => {
  it('keeps page assets, then the other pages and search itself, then guide pages, the index and the PDFs', () => {
    expect(precacheRank('_astro/Timeline.abc.js', guide)).toBe(0);
    expect(precacheRank('index.html', guide)).toBe(0);
    expect(precacheRank('timeline/rf/index.html', guide)).toBe(0);
    expect(precacheRank('avoid/index.html', guide)).toBe(1);
    expect(precacheRank('es/avoid/index.html', guide)).toBe(1);
    expect(precacheRank('pagefind/wasm.en.pagefind', guide)).toBe(1);
    expect(precacheRank('cleansing/index.html', guide)).toBe(2);
    expect(precacheRank('es/sun-protection/index.html', guide)).toBe(2);
    expect(precacheRank('pagefind/index/en_1a2b.pf_index', guide)).toBe(3);
    expect(precacheRank('pagefind/fragment/es_1a2b.pf_fragment', guide)).toBe(3);
    expect(precacheRank('handout-letter.pdf', guide)).toBe(4);
  });
});

describe('choosePrecache', () => {
  const files = [
    { url: '_astro/app.js', size: 100 },
    { url: 'index.html', size: 100 },
    { url: 'avoid/index.html', size: 100 },
    { url: 'pagefind/pagefind.js', size: 100 },
    { url: 'cleansing/index.html', size: 100 },
    { url: 'sun-protection/index.html', size: 100 },
    { url: 'pagefind/index/en_1.pf_index', size: 100 },
    { url: 'handout-letter.pdf', size: 100 },
    { url: 'es/index.html', size: 100 },
    { url: 'es/cleansing/index.html', size: 100 },
    { url: 'es/sun-protection/index.html', size: 100 },
  ];

  it('keeps everything when each language fits the budget', () => {
    expect(choosePrecache(files, guide, 800).size).toBe(files.length);
  });

  it('over the budget, keeps what every reader needs, then guide pages while they fit, per language', () => {
    const kept = choosePrecache(files, guide, 600);
    // English: shared 200 (app.js, pagefind.js) + home, avoid + 2 guide pages = 600; the index and PDF wait.
    expect([...kept].filter((url) => !url.startsWith('es/')).sort()).toEqual(
      ['_astro/app.js', 'avoid/index.html', 'cleansing/index.html', 'index.html', 'pagefind/pagefind.js', 'sun-protection/index.html'],
    );
    // Spanish has its own budget: shared 200 + its home and both guide pages.
    expect([...kept].filter((url) => url.startsWith('es/')).sort()).toEqual(['es/cleansing/index.html', 'es/index.html', 'es/sun-protection/index.html']);
  });

  it('keeps the pages every reader needs even past a tiny budget', () => {
    expect([...choosePrecache(files, guide, 1)].sort()).toEqual(['_astro/app.js', 'avoid/index.html', 'es/index.html', 'index.html', 'pagefind/pagefind.js']);
  });
});

describe('precacheBudget (PRECACHE_BUDGET_KB)', () => {
  it('reads kilobytes, defaults when unset, and refuses anything else clearly', () => {
    expect(precacheBudget('512')).toBe(512 * 1024);
    expect(precacheBudget(undefined)).toBeUndefined();
    expect(() => precacheBudget('lots')).toThrow('PRECACHE_BUDGET_KB must be a number of kilobytes, not "lots"');
  });
});
