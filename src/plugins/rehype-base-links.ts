/**
 * rehype plugin: content links are written from the site root (`/avoid/`); when the site is built for a
 * sub-path (BASE_PATH=/aftercare/), this prefixes them so they keep working.
 */
import { visit } from 'unist-util-visit';
import type { Root, Element } from 'hast';

export default function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/$/, '');
  return (tree: Root) => {
    if (!base) return;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${base}/`)) {
        node.properties['href'] = base + href;
      }
    });
  };
}
