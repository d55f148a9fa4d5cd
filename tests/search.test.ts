/** src/lib/search.ts: query words, section ranking, excerpts and result links. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  highlightUrl,
  kindOfAnchor,
  mergeResults,
  MAX_TERMS,
  nameMatch,
  queryWords,
  sectionNames,
  rankHits,
  searchTerms,
  sectionExcerpt,
  type PageData,
} from '../src/lib/search';

describe('searchTerms', () => {
  it('drops the small words of a question', () => {
    expect(searchTerms('When can I swim?')).toEqual(['swim']);
    expect(searchTerms('can I wear makeup after microneedling')).toEqual(['makeup', 'microneedling']);
    expect(searchTerms('is it ok to use retinol')).toEqual(['retinol']);
  });

  it('keeps the words when nothing else is left', () => {
    expect(searchTerms('when')).toEqual(['when']);
  });

  it('lower-cases, drops punctuation and repeats', () => {
    expect(searchTerms('  Red, RED skin!! ')).toEqual(['red', 'skin']);
    expect(searchTerms('What’s SPF-50?')).toEqual(['spf', '50']);
  });

  it('leaves out single letters, unless nothing else is left', () => {
    expect(searchTerms('vitamin c')).toEqual(['vitamin']);
    expect(searchTerms('A fever of 38 °C')).toEqual(['fever', '38']);
    expect(searchTerms('c')).toEqual(['c']);
  });

  it('never returns empty words, markup or more than a few words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const terms = searchTerms(query);
        expect(terms.length).toBeLessThanOrEqual(MAX_TERMS);
        for (const term of terms) {
          expect(term).not.toBe('');
          expect(term).toMatch(/^[\p{L}\p{N}']+$/u);
        }
      }),
    );
    expect(searchTerms('<script>alert(1)</script>')).toEqual(['script', 'alert']);
  });
});

describe('highlightUrl', () => {
  it('adds one highlight parameter per word, before the anchor', () => {
    expect(highlightUrl('/irritants-to-avoid/#avoid-swimming', ['swim'])).toBe('/irritants-to-avoid/?pagefind-highlight=swim#avoid-swimming');
    expect(highlightUrl('/sun-protection/', ['red', 'skin'])).toBe('/sun-protection/?pagefind-highlight=red&pagefind-highlight=skin');
    expect(highlightUrl('/a/?x=1#b', ['c d'])).toBe('/a/?x=1&pagefind-highlight=c%20d#b');
  });

  it('leaves the link alone without words', () => {
    expect(highlightUrl('/cleansing/#tips', [])).toBe('/cleansing/#tips');
  });
});

describe('kindOfAnchor', () => {
  it('knows each kind of item by its anchor', () => {
    expect(kindOfAnchor('avoid-makeup')).toBe('avoid');
    expect(kindOfAnchor('row-makeup')).toBe('avoid');
    expect(kindOfAnchor('routine-sunscreen')).toBe('routine');
    expect(kindOfAnchor('sign-fever')).toBe('warning-sign');
    expect(kindOfAnchor('prepare-wash-towels')).toBe('preparation');
    expect(kindOfAnchor('use-clean-towels')).toBeUndefined();
    expect(kindOfAnchor('avoid-makeup-search-words')).toBeUndefined();
    expect(kindOfAnchor(undefined)).toBeUndefined();
  });
});

/** A small page as Pagefind describes it: its text, the elements with ids, and the matching sections. */
function page(): PageData {
  const content = [
    'Irritants to avoid. What to skip. avoid, do not.', // 0-8: title, lede, page search words
    'The first 3 days.', // 9-12: h2
    'Swimming (pools, oceans, lakes).', // 13-16: item title
    'Avoid through day 3. Start again on day 4.', // 17-25
    'Water in pools can bring germs.', // 26-31
    'pool, swim, gym pool.', // 32-35: item search words
    'Makeup. Avoid through day 3.', // 36-40
  ].join(' ');
  return {
    url: '/irritants-to-avoid/',
    meta: { title: 'Irritants to avoid' },
    content,
    anchors: [
      { id: 'page-search-words', location: 6 },
      { id: 'the-first-3-days', location: 9, text: 'The first 3 days' },
      { id: 'avoid-swimming', location: 13, title: 'Swimming (pools, oceans, lakes)' },
      { id: 'avoid-swimming-search-words', location: 32 },
      { id: 'avoid-makeup', location: 36, title: 'Makeup' },
    ],
    sub_results: [
      {
        title: 'Swimming (pools, oceans, lakes)',
        url: '/irritants-to-avoid/#avoid-swimming',
        anchor: { id: 'avoid-swimming', location: 13, title: 'Swimming (pools, oceans, lakes)' },
        weighted_locations: [
          { location: 14, balanced_score: 5000 },
          { location: 28, balanced_score: 500 },
          { location: 32, balanced_score: 4000 },
          { location: 35, balanced_score: 4000 },
        ],
      },
      {
        title: 'Irritants to avoid',
        url: '/irritants-to-avoid/',
        weighted_locations: [{ location: 3, balanced_score: 500 }],
      },
    ],
  };
}

describe('sectionExcerpt', () => {
  it('shows an item’s own words from its start, without its title or its search words', () => {
    const data = page();
    const text = sectionExcerpt(data, data.sub_results[0]!, 40, true).map((p) => p.text).join('');
    expect(text).toBe('Avoid through day 3. Start again on day 4. Water in pools can bring germs.');
  });

  it('marks the matching words', () => {
    const data = page();
    const parts = sectionExcerpt(data, data.sub_results[0]!, 40, true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['pools']);
  });

  it('cuts long sections with an ellipsis and starts near a match that is far in', () => {
    const data = page();
    const short = sectionExcerpt(data, data.sub_results[0]!, 5, true).map((p) => p.text).join('');
    expect(short).toBe('Avoid through day 3. Start …');
    const nearMatch = sectionExcerpt(data, data.sub_results[0]!, 5, false).map((p) => p.text).join('');
    expect(nearMatch).toMatch(/^… .*pools/);
  });

  it('shows the top of a page without its title or search words', () => {
    const data = page();
    expect(sectionExcerpt(data, data.sub_results[1]!).map((p) => p.text).join('')).toBe('What to skip.');
  });
});

describe('rankHits', () => {
  it('ranks sections by their own match and links to them with the words to highlight', () => {
    const hits = rankHits([page()], { highlight: ['pool'] });
    expect(hits.map((h) => h.url)).toEqual(['/irritants-to-avoid/?pagefind-highlight=pool#avoid-swimming']);
    expect(hits[0]).toMatchObject({ title: 'Swimming (pools, oceans, lakes)', pageTitle: 'Irritants to avoid', kind: 'avoid' });
  });

  it('puts the best section first even when it is on a page Pagefind ranked lower', () => {
    const weak: PageData = {
      url: '/sun-protection/',
      meta: { title: 'Protecting your skin from the sun' },
      content: 'Protecting your skin from the sun. Pools are fun.',
      anchors: [],
      sub_results: [{ title: 'Protecting your skin from the sun', url: '/sun-protection/', weighted_locations: [{ location: 7, balanced_score: 600 }] }],
    };
    expect(rankHits([weak, page()]).map((h) => h.url)).toEqual(['/irritants-to-avoid/#avoid-swimming', '/sun-protection/']);
  });

  it('shows an item found on two pages once', () => {
    const copy = { ...page(), url: '/sun-protection/', meta: { title: 'Sun' } };
    copy.sub_results = copy.sub_results.map((s) => ({ ...s, url: s.url.replace('/irritants-to-avoid/', '/sun-protection/') }));
    const swimming = rankHits([page(), copy]).filter((h) => h.title.startsWith('Swimming'));
    expect(swimming.map((h) => h.url)).toEqual(['/irritants-to-avoid/#avoid-swimming']);
  });

  it('puts the section the query names first, ahead of a better-scoring one', () => {
    const data = page();
    data.anchors.push({ id: 'avoid-makeup-search-words', location: 41 });
    data.content += ' mineral makeup, cover up.';
    data.sub_results.push({
      title: 'Makeup',
      url: '/irritants-to-avoid/#avoid-makeup',
      anchor: { id: 'avoid-makeup', location: 36, title: 'Makeup' },
      weighted_locations: [{ location: 42, balanced_score: 300 }],
    });
    expect(rankHits([data], { query: 'pool' })[0]?.title).toMatch(/^Swimming/);
    const named = rankHits([data], { query: 'mineral makeup after' });
    expect(named.map((h) => h.title)).toEqual(['Makeup', 'Swimming (pools, oceans, lakes)']);
  });

  it('puts a warning sign first when the query names it and another item alike, and only then', () => {
    /** A page with one item, `title` at word `at`, and where Pagefind matched the query, with this score. */
    const onePage = (url: string, content: string, id: string, title: string, at: number, matches: number[], score: number): PageData => ({
      url,
      meta: { title: content.split('.')[0]! },
      content,
      anchors: [{ id, location: at, title }],
      sub_results: [{ title, url: `${url}#${id}`, anchor: { id, location: at, title }, weighted_locations: matches.map((location) => ({ location, balanced_score: score })) }],
    });
    const prepare = onePage('/preparing/', 'Preparing. Tell your clinician if you get a cold sore. Treatment can wake up the cold sore virus.', 'prepare-cold-sores', 'Tell your clinician if you get a cold sore', 1, [8, 9, 15, 16], 3000);
    const help = onePage('/help/', 'When to get help. Blisters, or tingling like a cold sore starting. Call your clinic today.', 'sign-blisters', 'Blisters, or tingling like a cold sore starting', 4, [9, 10], 1000);
    // Both named by "cold sore", both with both words: the warning sign, though Pagefind scored it lower.
    expect(rankHits([prepare, help], { query: 'cold sore' }).map((h) => h.kind)).toEqual(['warning-sign', 'preparation']);
    // One word names nothing: Pagefind's score decides.
    expect(rankHits([prepare, help], { query: 'sore' }).map((h) => h.kind)).toEqual(['preparation', 'warning-sign']);
  });

  it('keeps only items of the kind asked for', () => {
    expect(rankHits([page()], { kind: 'routine' })).toEqual([]);
    expect(rankHits([page()], { kind: 'avoid' }).map((h) => h.kind)).toEqual(['avoid']);
  });
});

describe('queryWords', () => {
  it('keeps every word, small ones and single letters too, in order', () => {
    expect(queryWords('Vitamin A cream?')).toEqual(['vitamin', 'a', 'cream']);
    expect(queryWords('can I go to the gym')).toEqual(['can', 'i', 'go', 'to', 'the', 'gym']);
  });
});

describe('sectionNames', () => {
  it('are the section’s title and each of its search words', () => {
    const data = page();
    expect(sectionNames(data, data.sub_results[0]!)).toEqual([
      ['swimming', 'pools', 'oceans', 'lakes'],
      ['pool'],
      ['swim'],
      ['gym', 'pool'],
    ]);
  });

  it('are the page title and the page’s search words for the top of a page', () => {
    const data = page();
    expect(sectionNames(data, data.sub_results[1]!)).toEqual([['irritants', 'to', 'avoid'], ['avoid'], ['do', 'not']]);
  });
});

describe('nameMatch', () => {
  const retinoids = [queryWords('Retinol and other retinoids (vitamin A)'), ['retinol'], ['vitamin', 'a']];
  const vitaminC = [queryWords('Vitamin C scrubs and serums'), ['vitamin', 'c', 'serum']];

  it('counts the longest run of words a query shares with one of the names', () => {
    expect(nameMatch(queryWords('vitamin a cream'), retinoids)).toBe(2);
    expect(nameMatch(queryWords('vitamin a cream'), vitaminC)).toBe(0);
    expect(nameMatch(queryWords('my vitamin c serum'), vitaminC)).toBe(3);
  });

  it('leaves single words and runs of small words to Pagefind’s scores', () => {
    expect(nameMatch(queryWords('retinol'), retinoids)).toBe(0);
    expect(nameMatch(queryWords('go to the gym'), [['walk', 'to', 'the', 'shop']])).toBe(0);
    expect(nameMatch(queryWords('why is my face so itchy'), [queryWords('touch my face')])).toBe(0);
    expect(nameMatch(queryWords('can i hit the gym'), [queryWords('hit the gym')])).toBe(2);
  });
});

describe('mergeResults', () => {
  it('puts pages with more of the words first, then by score', () => {
    const merged = mergeResults([
      [{ id: 'a', score: 1 }, { id: 'b', score: 5 }],
      [{ id: 'a', score: 1 }],
      [{ id: 'c', score: 9 }],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });
});
