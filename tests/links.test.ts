/** The link checker on small planted faults (the real site is checked in tests/dist/). */
import { describe, expect, it } from 'vitest';
import { findBrokenLinks, readPage } from '../src/checks/links';

const site = (pages: Record<string, string>) => new Map(Object.entries(pages).map(([path, html]) => [path, readPage(html)]));
const files = new Set(['/', '/avoid/', '/a.css']);
const exists = (path: string) => files.has(path);

describe('findBrokenLinks', () => {
  it('accepts good links, anchors and external addresses', () => {
    const pages = site({
      '/': '<a href="/avoid/#row-aha">x</a><a href="#top">t</a><p id="top"></p><link href="/a.css"><a href="https://example.org/x">e</a><a href="tel:+1">p</a>',
      '/avoid/': '<p id="row-aha"></p><a href="../">home</a>',
    });
    expect(findBrokenLinks(pages, exists)).toEqual([]);
  });

  it('finds a missing page and a missing anchor', () => {
    const pages = site({ '/': '<a href="/nope/">x</a><a href="/avoid/#row-zzz">y</a>', '/avoid/': '<p id="row-aha"></p>' });
    expect(findBrokenLinks(pages, exists)).toEqual([
      { page: '/', url: '/nope/', reason: 'no such page or file' },
      { page: '/', url: '/avoid/#row-zzz', reason: 'no element with id "row-zzz"' },
    ]);
  });

  it('finds links that escape a sub-path deploy', () => {
    const pages = site({ '/aftercare/': '<a href="/avoid/">x</a>' });
    expect(findBrokenLinks(pages, (p) => p.startsWith('/aftercare/'), '/aftercare/')).toEqual([
      { page: '/aftercare/', url: '/avoid/', reason: 'outside the base path /aftercare/' },
    ]);
  });
});
