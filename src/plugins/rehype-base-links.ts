/**
 * rehype plugin: content links are written from the site root (`/avoid/`); when the site is built for a
 * sub-path (BASE_PATH=/aftercare/), this prefixes them so they keep working; in a translated page
 * (content/translations/es/guide/), links also get the language's prefix (`/es/avoid/`).
 */
import { visit } from 'unist-util-visit';
import type { Root, Element } from 'hast';
import { translationLang } from './remark-glossary';

export default function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/$/, '');
  return (tree: Root, file?: { path?: string | undefined }) => {
    // A translated page keeps the English targets (`/avoid/`): its links open the same language's pages.
    const lang = translationLang(file?.path);
    const prefix = `${base}${lang ? `/${lang}` : ''}`;
    if (!prefix) return;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !(base && href.startsWith(`${base}/`))) {
        node.properties['href'] = prefix + href;
      }
    });
  };
}
