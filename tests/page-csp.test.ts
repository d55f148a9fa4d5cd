import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSource, inlineBlocks, narrowPageCsp } from '../src/lib/page-csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;
const directive = (html: string, name: string) => policyOf(html).split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));

describe('narrowPageCsp', () => {
  const script = 'console.log(1)';
  const style = 'body{color:red}';
  const siteWide = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha(script)} ${sha('other page')} ${sha('island runtime')}; style-src 'self' ${sha(style)} ${sha('a{}')};`;

  it("keeps only the hashes of the page's own inline scripts and styles, and every other source", () => {
    const html = narrowPageCsp(page(siteWide, `<script type="module">${script}</script><style>${style}</style>`));
    expect(directive(html, 'script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha(script)}`);
    expect(directive(html, 'style-src')).toBe(`style-src 'self' ${sha(style)}`);
    expect(directive(html, 'default-src')).toBe("default-src 'self'");
  });

  it('allows no inline script on a page that has none: a script file is allowed by its origin', () => {
    const html = narrowPageCsp(page(siteWide, `<script type="module" src="/_astro/page.js"></script>`));
    expect(directive(html, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(html, 'style-src')).toBe("style-src 'self'");
  });

  it('adds the hash of an inline block the site-wide policy missed, in the policy\'s algorithm', () => {
    const html = narrowPageCsp(page("script-src 'self' 'sha384-AAAA'", `<script>${script}</script>`));
    expect(directive(html, 'script-src')).toBe(`script-src 'self' ${hashSource(script, 'sha384')}`);
  });

  it('leaves a page without a CSP <meta> as it is', () => {
    const html = `<html><head><script>${script}</script></head></html>`;
    expect(narrowPageCsp(html)).toBe(html);
  });
});

describe('inlineBlocks', () => {
  it('finds inline scripts and styles, not script files', () => {
    const html = `<script src="/a.js"></script><script type="module">a()</script><style media="print">p{}</style><script data-x="src=">b()</script>`;
    expect(inlineBlocks(html)).toEqual({ script: ['a()', 'b()'], style: ['p{}'] });
  });
});
