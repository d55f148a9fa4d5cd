/**
 * Internal links and in-page anchors of a built site: every `href`/`src` that points inside the site must
 * name a file that exists, and every `#fragment` an element id on the target page.
 */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

export interface PageLinks {
  /** Element ids on the page. */
  ids: Set<string>;
  /** Links and resources the page points to: [attribute value, element tag]. */
  links: { url: string; tag: string }[];
}

/** Reads the ids and links of one HTML page. */
export function readPage(html: string): PageLinks {
  const tree = fromHtml(html);
  const ids = new Set<string>();
  const links: PageLinks['links'] = [];
  visit(tree, 'element', (node: Element) => {
    const { id, href, src } = node.properties;
    if (typeof id === 'string') ids.add(id);
    for (const url of [href, src]) if (typeof url === 'string') links.push({ url, tag: node.tagName });
  });
  return { ids, links };
}

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

/**
 * Checks every page's links. `pages` maps a page's URL path (`/avoid/`) to its links; `fileExists` tells
 * whether a URL path names a file in the build (a folder means its index.html). `base` is the deploy path.
 */
export function findBrokenLinks(
  pages: Map<string, PageLinks>,
  fileExists: (path: string) => boolean,
  base = '/',
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [page, { links }] of pages) {
    for (const { url } of links) {
      if (/^(mailto|tel|data|blob|javascript):/i.test(url)) continue;
      const resolved = new URL(url, `http://site.invalid${page}`);
      if (resolved.origin !== 'http://site.invalid') continue; // External: not ours to check here.
      if (!resolved.pathname.startsWith(base)) {
        broken.push({ page, url, reason: `outside the base path ${base}` });
        continue;
      }
      const path = decodeURIComponent(resolved.pathname);
      if (!fileExists(path)) {
        broken.push({ page, url, reason: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment) {
        const target = pages.get(path.endsWith('/') ? path : path.replace(/index\.html$/, ''));
        if (target && !target.ids.has(fragment)) broken.push({ page, url, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
