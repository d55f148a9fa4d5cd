// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import remarkGlossary from './src/plugins/remark-glossary.ts';
import rehypeBaseLinks from './src/plugins/rehype-base-links.ts';

/** Deploy under a sub-path with BASE_PATH=/aftercare/ (default: the site root). */
const base = process.env.BASE_PATH ?? '/';
const contentDir = process.env.CONTENT_DIR ?? './content';

export default defineConfig({
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [mdx(), preact()],
  markdown: {
    remarkPlugins: [[remarkGlossary, { dir: `${contentDir}/glossary` }]],
    rehypePlugins: [[rehypeBaseLinks, { base }]],
  },
  build: { inlineStylesheets: 'always' },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
