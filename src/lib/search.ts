/**
 * Search logic, kept apart from the DOM and from Pagefind's loader so it can be tested: turning what a patient
 * types into search terms, picking the best section of each page Pagefind found (each restriction, routine
 * step and warning sign is its own section, with its own anchor), and building the link that highlights the
 * match on the page it opens. Nothing here touches the network: all of it runs on the device.
 */
import { ADVICE_KINDS, type AdviceKind } from '../schemas/vocabulary';

/** The query string parameter Pagefind's highlight script reads on the page a result opens. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/** The longest query read (longer input is cut, so a pasted page cannot slow the device down). */
export const MAX_QUERY_LENGTH = 100;
/** At most this many words are searched. */
export const MAX_TERMS = 6;

/**
 * Small words that carry no topic ("when can I …", "is it ok to …"). Pagefind needs every word of a query to
 * be on a page, so "when can I swim" would only find pages that say "when", "can" and "I" too; without these
 * words it searches for "swim".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so than then to of in on at by for from with about into after before during until ' +
    'i im me my mine we our you your yours it its is am are was were be been being do does did doing done ' +
    'can could should would will shall may might must need ok okay fine safe allowed ' +
    'when what whats how why which who where while long soon much many more most often ' +
    'this that these those there here just still again also too very really get got go going use using ' +
    'have has had having put wear start restart stop'
  ).split(' '),
);

/** Spanish small words ("¿puedo ir a la piscina?" searches for "piscina"). */
export const STOP_WORDS_ES: ReadonlySet<string> = new Set(
  (
    'a al el la lo los las un una unos unas y o u e ni pero si no que de del en con sin por para sobre entre hasta desde ' +
    'yo me mi mis mío tu tus usted ustedes su sus se le les nos es son era ser estar esta está estoy están fue ' +
    'puedo puede pueden podría debo debe deben tengo tiene hay hacer hago voy va ir uso usar ponerme poner ' +
    'cuando cuándo cuanto cuánto cuántos qué que como cómo por qué porque cual cuál quien dónde donde ' +
    'este esta estos estas ese esa eso ya aún todavía muy más mucho bien mal ok normal'
  ).split(' '),
);

/**
 * Every word of a query, in order, as search compares them: lower case, letters and digits only, small words
 * and single letters kept ("vitamin a cream" is ["vitamin", "a", "cream"]), so a name can be matched whole.
 */
export function queryWords(query: string): string[] {
  return query
    .slice(0, MAX_QUERY_LENGTH)
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, '').replace(/'s$/, ''))
    .filter((w) => w.length > 0);
}

/**
 * The words to search for: lower case, letters and digits only, small words and single letters left out
 * (unless nothing else is left: "vitamin c" searches for "vitamin"), no repeats, at most MAX_TERMS.
 */
export function searchTerms(query: string, lang: string = 'en'): string[] {
  const words = queryWords(query);
  const stop = lang === 'es' ? STOP_WORDS_ES : STOP_WORDS;
  const topical = words.filter((w) => w.length > 1 && !stop.has(w.replace(/'/g, '')));
  return [...new Set(topical.length > 0 ? topical : words)].slice(0, MAX_TERMS);
}

/**
 * The id ending of the (empty) element that carries an item's or page's search words (SearchWords.astro).
 * Pagefind lists every element with an id among a page's anchors, so the excerpt can stop where the search
 * words start: they are indexed, but a result never shows them.
 */
export const SEARCH_WORDS_ID_SUFFIX = '-search-words';

/** Where an element with an id starts in a page's content (a subset of PagefindSearchAnchor). */
export interface AnchorData {
  id: string;
  location: number;
  text?: string;
  title?: string;
}

/** The parts of Pagefind's data for one page that this module reads (a subset of PagefindSearchFragment). */
export interface PageData {
  url: string;
  meta: { title?: string };
  /** The page's indexed text; word n (split on white space) is location n. */
  content: string;
  anchors: AnchorData[];
  sub_results: SubResultData[];
}

/** One section of a page that matched (a subset of PagefindSubResult). */
export interface SubResultData {
  title: string;
  url: string;
  weighted_locations: { balanced_score: number; location: number }[];
  anchor?: AnchorData;
}

/** A piece of an excerpt: plain text, or a match to show marked. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One result as the search panel shows it. */
export interface SearchHit {
  /** Link to the section, with the highlight parameters. */
  url: string;
  /** The section's title (an item's name or a heading), or the page title for the top of a page. */
  title: string;
  /** The title of the page the section is on. */
  pageTitle: string;
  /** The start of the section's own text (never its search words), matches marked. Build DOM from text. */
  excerpt: ExcerptPart[];
  /** How well it matched: the sum of Pagefind's scores for each matching word in the section. */
  score: number;
  /** The kind of advice, for items (restrictions, routine steps, warning signs, preparation). */
  kind: AdviceKind | undefined;
}

/**
 * The id prefix of each kind of advice item, as the content components render them (`avoid-makeup`,
 * `routine-sunscreen`, `sign-fever`, `prepare-wash-towels`, `expect-redness`, `tip-pillowcase`; `row-…` are the avoid table's rows).
 */
export const ITEM_ID_PREFIXES: Readonly<Record<Exclude<AdviceKind, 'guide'>, readonly string[]>> = {
  avoid: ['avoid-', 'row-'],
  routine: ['routine-'],
  'warning-sign': ['sign-'],
  preparation: ['prepare-'],
  expected: ['expect-'],
  tip: ['tip-'],
};

/** The kind of advice an anchor id belongs to, if it is an item. */
export function kindOfAnchor(id: string | undefined): AdviceKind | undefined {
  if (!id || id.endsWith(SEARCH_WORDS_ID_SUFFIX)) return undefined;
  return ADVICE_KINDS.find((kind) =>
    kind === 'guide' ? false : ITEM_ID_PREFIXES[kind].some((prefix) => id.startsWith(prefix)),
  );
}

export interface RankOptions {
  /** At most this many sections per page. */
  perPage?: number;
  /** A page's second-best section is shown only if it scores at least this share of its best one. */
  minShare?: number;
  /** At most this many results. */
  limit?: number;
  /** Only sections that are items of this kind. */
  kind?: AdviceKind | undefined;
  /** Words to highlight on the page a result opens. */
  highlight?: readonly string[];
  /** What the reader typed: a section one of whose names it contains (see nameMatch) comes first. */
  query?: string;
  /** Longest excerpt, in words. */
  excerptWords?: number;
}

/**
 * The names a section goes by: its title, and each of its search words (the `keywords` of its content
 * entry, which SearchWords.astro writes comma-separated and Pagefind ends with a full stop). Each name is a
 * list of words as queryWords() makes them.
 */
export function sectionNames(page: PageData, sub: SubResultData): string[][] {
  const all = page.content.split(/\s+/);
  const ownerId = sub.anchor?.id ?? 'page';
  const wordsAnchor = page.anchors.find((a) => a.id === `${ownerId}${SEARCH_WORDS_ID_SUFFIX}`);
  const names = [sub.anchor ? (sub.anchor.title ?? sub.anchor.text ?? sub.title) : (page.meta.title ?? '')];
  if (wordsAnchor) {
    const end = Math.min(all.length, ...page.anchors.map((a) => a.location).filter((l) => l > wordsAnchor.location));
    const text = all.slice(wordsAnchor.location, end).join(' ').replace(/\.$/, '');
    names.push(...text.split(','));
  }
  return names.map(queryWords).filter((name) => name.length > 0);
}

/**
 * How fully the query names a section: of the longest run of words that the query and one of the section's
 * names share, in order, how many words carry meaning ("vitamin a cream" and "Retinol and other retinoids
 * (vitamin A)" share "vitamin a": 2). Small words ("my", "the") do not count, single letters do ("vitamin
 * c"). A run counts from two such words up, else 0: one word is Pagefind's job, its scores already weigh it.
 */
export function nameMatch(query: readonly string[], names: readonly (readonly string[])[]): number {
  const meaningful = (w: string) => w.length === 1 || !STOP_WORDS.has(w.replace(/'/g, ''));
  let best = 0;
  for (const name of names) {
    for (let i = 0; i < query.length; i += 1) {
      for (let j = 0; j < name.length; j += 1) {
        let n = 0;
        while (i + n < query.length && j + n < name.length && query[i + n] === name[j + n]) n += 1;
        const weight = query.slice(i, i + n).filter(meaningful).length;
        if (weight >= 2 && weight > best) best = weight;
      }
    }
  }
  return best;
}

/**
 * How many of the searched words a section matched ("how long will my face be red": "face" and "red"): a
 * section that has more of what was asked comes before one that has one word many times. Each matching
 * place in the text is counted for the searched word it starts like (Pagefind matches word stems).
 */
export function termsCovered(page: PageData, sub: SubResultData, terms: readonly string[]): number {
  if (terms.length < 2) return terms.length;
  const all = page.content.split(/\s+/);
  const covered = new Set<string>();
  for (const { location } of sub.weighted_locations) {
    const word = bare(all[location] ?? '');
    const term = terms.find((t) => sharedStart(t, word) >= Math.min(4, t.length, word.length));
    if (term) covered.add(term);
  }
  return covered.size;
}

const sharedStart = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
};

const sectionScore = (sub: SubResultData) => sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The excerpt of a section: its own words (from its anchor to the next element with an id, so never the
 * search words), without its title, matches marked. An item's excerpt starts at its beginning, where it says
 * how long to avoid something or what to do; other sections start near the first match.
 */
export function sectionExcerpt(page: PageData, sub: SubResultData, maxWords = 24, fromStart = false): ExcerptPart[] {
  const all = page.content.split(/\s+/);
  const start = sub.anchor?.location ?? 0;
  const end = Math.min(all.length, ...page.anchors.map((a) => a.location).filter((l) => l > start));
  const title = words(sub.anchor ? (sub.anchor.title ?? sub.anchor.text ?? sub.title) : (page.meta.title ?? ''));
  let from = start;
  if (title.length && title.every((w, i) => bare(all[start + i] ?? '') === bare(w))) from = start + title.length;
  const textStart = from;
  const matches = new Set(sub.weighted_locations.map((l) => l.location).filter((l) => l >= from && l < end));
  const firstMatch = Math.min(...matches);
  if (!fromStart && Number.isFinite(firstMatch) && firstMatch >= from + maxWords - 3) from = Math.max(from, firstMatch - Math.floor(maxWords / 4));
  const to = Math.min(end, from + maxWords);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (from > textStart) push('… ', false);
  for (let i = from; i < to; i += 1) {
    if (i > from) push(' ', false);
    push(all[i] ?? '', matches.has(i));
  }
  if (to < end) push(' …', false);
  return parts;
}

/**
 * Results at the level of sections: each page's best matching sections, all ranked by how well the section
 * itself matched. So "makeup" opens the makeup item on the page about irritants, not a page that mentions
 * makeup in passing, and a long page with the right item is not pushed down by its length. An item shown on
 * two pages (direct sun, on the sun page and the irritants page) is one result: the better match.
 */
export function rankHits(pages: readonly PageData[], options: RankOptions = {}): SearchHit[] {
  const { perPage = 2, minShare = 0.3, limit = 8, kind, highlight = [], excerptWords = 24, query = '' } = options;
  const asked = queryWords(query);
  const terms = searchTerms(query);
  const hits: (SearchHit & { order: number; named: number; covered: number })[] = [];
  pages.forEach((page) => {
    const pageTitle = page.meta.title ?? page.url;
    const sections = page.sub_results
      .map((sub) => {
        const itemKind = kindOfAnchor(sub.anchor?.id);
        return {
          sub,
          score: sectionScore(sub),
          kind: itemKind,
          // Names are an item's: a heading that happens to share words with the query is not named by it.
          named: itemKind && asked.length > 1 ? nameMatch(asked, sectionNames(page, sub)) : 0,
          covered: termsCovered(page, sub, terms),
        };
      })
      .filter((s) => s.score > 0 && (kind === undefined || kind === 'guide' || s.kind === kind))
      .sort(byRank);
    const best = Math.max(0, ...sections.map((s) => s.score));
    const mostCovered = Math.max(0, ...sections.map((s) => s.covered));
    sections
      .filter((s) => s.named > 0 || (terms.length > 1 && s.covered === mostCovered) || s.score >= best * minShare)
      .slice(0, perPage)
      .forEach(({ sub, score, kind: itemKind, named, covered }) => {
        hits.push({
          named,
          covered,
          url: highlightUrl(sub.url, highlight),
          title: sub.anchor ? sub.title : pageTitle,
          pageTitle,
          excerpt: sectionExcerpt(page, sub, excerptWords, itemKind !== undefined),
          score,
          kind: itemKind,
          order: hits.length,
        });
      });
  });
  const seen = new Set<string>();
  return hits
    .sort((a, b) => byRank(a, b) || a.order - b.order)
    .filter((hit) => {
      const key = hit.kind ? `${hit.kind}:${hit.title}` : hit.url;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit)
    .map(({ order: _order, named: _named, covered: _covered, ...hit }) => hit);
}

type Ranked = { named: number; covered: number; score: number; kind: AdviceKind | undefined };

/**
 * Best first: the item the query names, then the section with more of the searched words, then Pagefind's
 * score. When the query names a warning sign and another item alike ("cold sore": the sign, and the step that
 * says to tell your clinician), the warning sign comes first: missing it costs more.
 */
const byRank = (a: Ranked, b: Ranked) =>
  b.named - a.named || b.covered - a.covered || (a.named > 0 ? signFirst(a) - signFirst(b) : 0) || b.score - a.score;
const signFirst = (item: Ranked) => (item.kind === 'warning-sign' ? 0 : 1);

/**
 * A result's link with one highlight parameter per search word (Pagefind's highlight script marks each
 * one on the page), placed before the #anchor so the browser still scrolls to the item.
 */
export function highlightUrl(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const params = terms.map((t) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(t)}`).join('&');
  return `${path}${path.includes('?') ? '&' : '?'}${params}${hash}`;
}

/** Pagefind's page results, as far as merging needs them. */
export interface PageResult {
  id: string;
  score: number;
}

/**
 * When no page has every word ("red itchy skin"), the pages that have some of them, best first: each page's
 * scores summed over the words it has, so pages with more of the words come first.
 */
export function mergeResults<T extends PageResult>(perTerm: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { result: T; score: number; terms: number }>();
  perTerm.forEach((results) =>
    results.forEach((result) => {
      const entry = merged.get(result.id);
      if (entry) {
        entry.score += result.score;
        entry.terms += 1;
      } else merged.set(result.id, { result, score: result.score, terms: 1 });
    }),
  );
  return [...merged.values()].sort((a, b) => b.terms - a.terms || b.score - a.score).map((e) => e.result);
}
