/** Guide pages' MDX as Markdown with component placeholders, and back (src/lib/guide-mdx.ts). */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { GUIDE_COMPONENTS, GuideMdxError, mdxToMarkdown, splitGuideHtml } from '../src/lib/guide-mdx';
import { contentComponents } from '../src/components/content';

/** Markdown to HTML the way Astro's pipeline treats raw HTML (parsed, then written out again). */
const toHtml = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify).processSync(markdown));
const render = (mdx: string) => splitGuideHtml(toHtml(mdxToMarkdown(mdx)));
const errorOf = (mdx: string) => {
  try {
    mdxToMarkdown(mdx);
  } catch (error) {
    expect(error).toBeInstanceOf(GuideMdxError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('guide components', () => {
  it('every name a page may use has its component, and no other', () => {
    expect(Object.keys(contentComponents).sort()).toEqual([...GUIDE_COMPONENTS].sort());
  });
});

describe('mdxToMarkdown and splitGuideHtml', () => {
  it('a block component stands alone between the text, with its values', () => {
    expect(render('Intro.\n\n<Restrictions ids={["sun", "swimming"]} category="activities" />\n\nAfter.\n')).toEqual([
      { html: '<p>Intro.</p>\n' },
      { component: 'Restrictions', props: { ids: ['sun', 'swimming'], category: 'activities' } },
      { html: '\n<p>After.</p>' },
    ]);
  });

  it('two block components on consecutive lines stay two blocks', () => {
    const parts = render('<RoutineSteps />\n<WarningSigns level={3} />\n');
    expect(parts.filter((p) => 'component' in p)).toEqual([
      { component: 'RoutineSteps', props: {} },
      { component: 'WarningSigns', props: { level: 3 } },
    ]);
    expect(parts.filter((p) => 'html' in p).map((p) => ('html' in p ? p.html : '')).join('')).not.toContain('<p>');
  });

  it('an inline component keeps its sentence around it', () => {
    const parts = render('Skip masks <Window id="masks" wording="start" />, then start again.\n');
    expect(parts).toEqual([
      { html: '<p>Skip masks ' },
      { component: 'Window', props: { id: 'masks', wording: 'start' } },
      { html: ', then start again.</p>' },
    ]);
  });

  it('a component inside an HTML element stays inside it', () => {
    const parts = render('<p class="callout"><DayConvention lead="" /></p>\n');
    expect(parts).toEqual([{ html: '<p class="callout">' }, { component: 'DayConvention', props: { lead: '' } }, { html: '</p>' }]);
  });

  it('a bare attribute is true, and text with quotes or HTML characters survives', () => {
    const [, part] = render('Hi.\n\n<Tips kind={"ask \\"your\\" <clinician> & co"} ids={[]} />\n');
    expect(part).toEqual({ component: 'Tips', props: { kind: 'ask "your" <clinician> & co', ids: [] } });
    expect(render('<SourceList compact />\n')).toEqual([{ component: 'SourceList', props: { compact: true } }]);
  });

  it('plain Markdown and comments pass through; HTML is kept as written', () => {
    expect(mdxToMarkdown('## Title\n\n{/* a note to the writer */}\n\nText <em>here</em>.\n')).toBe('## Title\n\n\n\nText <em>here</em>.\n');
    expect(render('No components.')).toEqual([{ html: '<p>No components.</p>' }]);
  });

  it('what a guide page cannot hold is an error naming the line and what to do', () => {
    expect(errorOf('Intro.\n\nimport X from "./x.astro"\n')).toBe('line 3: imports and exports are not needed in a guide page: its components work without them. Remove the line.');
    expect(errorOf('Text\n\nAvoid it for {1 + 2} days.\n')).toBe('line 3: {1 + 2} is code, which a guide page cannot run. Write plain text, or use a component.');
    expect(errorOf('\n<Tip ids={["a"]} />\n')).toBe(`line 2: <Tip> is not a guide component. Use one of: ${GUIDE_COMPONENTS.join(', ')}.`);
    expect(errorOf('<Tips>Wash your hands.</Tips>\n')).toBe('line 1: <Tips> takes no content: write it as <Tips ... /> and put text outside it.');
    expect(errorOf('<Tips ids={list} />\n')).toBe('line 1: <Tips ids={list}>: write the value as plain text in quotes, a number or a list like ["a", "b"].');
    expect(errorOf('<Tips {...props} />\n')).toBe('line 1: <Tips>: write each setting as name="value".');
    expect(errorOf('Keep it <5 minutes.\n')).toMatch(/^line 1: .*write "<" as &lt;/);
  });
});
