/**
 * The search panel, loaded only when the reader reaches for search (see SearchForm.astro, which adds this
 * script as one self-contained file; it runs on load and enhances the page's search form). Type to search;
 * results are a list of links under the field: ↓/↑ move through them, Enter opens one, Esc closes the list.
 * Pagefind (runtime, wasm, index) loads from this site's /pagefind/ folder; the query never leaves the device.
 * Results are built from text nodes only; the panel's wording and links come from the page's <template>.
 */
import {
  mergeResults,
  rankHits,
  searchTerms,
  MAX_QUERY_LENGTH,
  type PageData,
  type SearchHit,
} from '../lib/search';
import { ADVICE_KINDS, isOneOf, type AdviceKind } from '../schemas/vocabulary';

/** The panel's words, in the page's language (SearchForm.astro writes them into `data-words`). */
interface PanelWords {
  one: string;
  many: string;
  none: string;
  unavailable: string;
  kinds: Record<AdviceKind, string>;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PageData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

/** How many pages' data to load for one query (each is a small file): enough to rank their sections. */
const PAGES_PER_QUERY = { header: 4, page: 10 } as const;
/** How many results to show. */
const HITS_SHOWN = { header: 6, page: 12 } as const;
/** Wait this long after the last key press before searching. */
const DEBOUNCE_MS = 60;

let pagefindLoad: Promise<Pagefind> | undefined;

/** Loads Pagefind once, from this site, on the main thread (no extra worker download for a small index). */
function loadPagefind(): Promise<Pagefind> {
  pagefindLoad ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ noWorker: true, excerptLength: 22 });
    await pagefind.init();
    return pagefind;
  })();
  pagefindLoad.catch(() => {
    pagefindLoad = undefined;
  });
  return pagefindLoad;
}

/** The last search handed to Pagefind; the next one waits for it (`oneAtATime`). */
let lastSearch: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` once the searches before it have finished: Pagefind gets one search at a time, and a search
 * whose query has changed while it waited can give up before it loads anything (`task` checks).
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const next = lastSearch.then(task, task);
  lastSearch = next.catch(() => undefined);
  return next;
}

/** Pagefind results for the words: all of them on one page, or failing that, pages with some of them. */
async function findPages(pagefind: Pagefind, terms: string[], kind: AdviceKind | undefined) {
  const options = kind ? { filters: { kind } } : {};
  const { results } = await pagefind.search(terms.join(' '), options);
  if (results.length > 0 || terms.length < 2) return results;
  const perTerm = await Promise.all(terms.map(async (term) => (await pagefind.search(term, options)).results));
  return mergeResults(perTerm);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Turns the search form into the search panel (once). */
function enhance(form: HTMLFormElement, input: HTMLInputElement): void {
  if (form.dataset.enhanced !== undefined) return;
  const template = form.querySelector<HTMLTemplateElement>('template[data-search-panel]');
  const panel = template?.content.firstElementChild?.cloneNode(true);
  if (!(panel instanceof HTMLElement)) return;
  form.dataset.enhanced = '';
  const variant = form.dataset.searchForm === 'page' ? 'page' : 'header';
  const words = JSON.parse(form.dataset.words ?? '{}') as PanelWords;
  const lang = document.documentElement.lang;
  const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  const part = <T extends Element>(selector: string) => panel.querySelector<T>(selector)!;
  const status = part<HTMLElement>('[data-search-status]');
  const list = part<HTMLOListElement>('[data-search-results]');
  const empty = part<HTMLElement>('[data-search-empty]');
  const error = part<HTMLElement>('[data-search-error]');
  const more = panel.querySelector<HTMLAnchorElement>('[data-search-more]');
  const kindSelect = form.querySelector<HTMLSelectElement>('select[name="kind"]');
  const searchPage = form.action;
  panel.hidden = variant === 'header';
  form.append(panel);
  input.setAttribute('aria-controls', list.id);

  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const setOpen = (open: boolean) => {
    if (variant === 'header') panel.hidden = !open;
  };
  const show = (parts: { status: string; hits?: SearchHit[]; empty?: boolean; error?: boolean }) => {
    const hits = parts.hits ?? [];
    list.replaceChildren(
      ...hits.map((hit) => {
        const link = element('a', 'search-hit');
        link.href = hit.url;
        const where = hit.kind
          ? `${words.kinds[hit.kind]} · ${hit.pageTitle}`
          : hit.title === hit.pageTitle ? words.kinds.guide : hit.pageTitle;
        const excerpt = element('span', 'search-hit__excerpt');
        hit.excerpt.forEach(({ text, mark }) => excerpt.append(mark ? element('mark', '', text) : document.createTextNode(text)));
        link.append(element('span', 'search-hit__title', hit.title), element('span', 'search-hit__where', where), excerpt);
        const item = element('li', '');
        item.append(link);
        return item;
      }),
    );
    status.textContent = parts.status;
    empty.hidden = !parts.empty;
    error.hidden = !parts.error;
    if (more) more.hidden = hits.length === 0;
    setOpen(parts.status !== '');
  };

  const search = async () => {
    const query = input.value.trim().slice(0, MAX_QUERY_LENGTH);
    const kind = kindSelect && isOneOf(ADVICE_KINDS, kindSelect.value) ? kindSelect.value : undefined;
    if (variant === 'page') {
      const url = new URL(location.href);
      url.search = '';
      if (query) url.searchParams.set('q', query);
      if (kind) url.searchParams.set('kind', kind);
      history.replaceState(null, '', url);
    }
    if (more) more.href = `${searchPage}?${new URLSearchParams({ q: query })}`;
    const terms = searchTerms(query, lang);
    const thisRun = ++run;
    if (query.length < 2 || terms.length === 0) {
      show({ status: '' });
      return;
    }
    try {
      const pagefind = await loadPagefind();
      // Typing starts a search at each pause: one whose query has changed by its turn is skipped, and loads
      // no pages.
      const data = await oneAtATime(async () => {
        if (thisRun !== run) return undefined;
        const pages = await findPages(pagefind, terms, kind);
        if (thisRun !== run) return undefined;
        return Promise.all(pages.slice(0, PAGES_PER_QUERY[variant]).map((page) => page.data()));
      });
      if (!data || thisRun !== run) return;
      const hits = rankHits(data, {
        kind,
        query,
        highlight: terms,
        limit: HITS_SHOWN[variant],
        excerptWords: variant === 'page' ? 30 : 20,
      });
      const values = { count: String(hits.length), query };
      show(hits.length ? { status: fill(hits.length === 1 ? words.one : words.many, values), hits } : { status: fill(words.none, values), empty: true });
    } catch {
      if (thisRun === run) show({ status: words.unavailable, error: true });
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  };

  input.addEventListener('input', schedule);
  kindSelect?.addEventListener('change', schedule);
  // Keys: ↓ from the field goes to the first result, ↑/↓ move through the results, Esc closes the list and
  // returns to the field; Enter on a result opens it (it is a link). Enter in the field submits the form:
  // the header form opens the /search/ page with all results.
  form.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const onField = event.target === input;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown' && (onField || at >= 0)) next = all[at + 1] ?? all[0];
    else if (event.key === 'ArrowUp' && onField) next = all.at(-1);
    else if (event.key === 'ArrowUp' && at >= 0) next = at === 0 ? input : all[at - 1];
    else if (event.key === 'Escape' && (onField || at >= 0) && (variant === 'page' ? at >= 0 : !panel.hidden)) {
      event.preventDefault();
      setOpen(false);
      input.focus();
      return;
    }
    if (next) {
      event.preventDefault();
      setOpen(true);
      next.focus();
    }
  });
  input.addEventListener('focus', () => {
    if (status.textContent) setOpen(true);
  });
  form.addEventListener('submit', (event) => {
    if (variant === 'page') {
      event.preventDefault();
      clearTimeout(timer);
      void search();
    }
  });
  // Close the header's list when focus or a tap goes elsewhere.
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) setOpen(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node && form.contains(event.target))) setOpen(false);
  });

  // Start loading Pagefind now, so the first results come fast.
  void loadPagefind().catch(() => {});
  if (variant === 'page') {
    const params = new URLSearchParams(location.search);
    const kind = params.get('kind');
    if (kindSelect && isOneOf(ADVICE_KINDS, kind)) kindSelect.value = kind;
    input.value = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
    if (input.value.trim()) void search();
  } else if (input.value.trim()) schedule();
}

const searchForm = document.querySelector<HTMLFormElement>('form[data-search-form]');
const searchInput = searchForm?.querySelector('input');
if (searchForm && searchInput) enhance(searchForm, searchInput);
