/**
 * Guide pages in MDX without a JavaScript module per page. A guide page's components always take plain values
 * (`<Tips ids={["wash-hands"]} />`), so the page is turned into Markdown at content sync: each component
 * becomes a placeholder element holding its name and props, the Markdown pipeline renders the rest (with the
 * glossary and base-path plugins), and the page template renders the real component at each placeholder.
 * This keeps a 1,000-page library out of the bundler (faster builds, less memory: `npm run bench`).
 * Pure: used by the guide loader (src/loaders/guide.ts) and the page template (src/components/GuideBody.astro).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';

/** The components a guide page may use, without importing them (src/components/content/index.ts renders them). */
export const GUIDE_COMPONENTS = [
  'Restrictions',
  'AvoidTable',
  'RoutineSteps',
  'StepByStep',
  'CleansingSteps',
  'Window',
  'RoutineStart',
  'WarningSigns',
  'PreparationSteps',
  'SourceList',
  'ProcedureFacts',
  'DayConvention',
  'ExpectedEffects',
  'ExpectedDays',
  'Tips',
  'EvidenceTable',
] as const;
export type GuideComponentName = (typeof GUIDE_COMPONENTS)[number];
export const isGuideComponent = (name: string): name is GuideComponentName => (GUIDE_COMPONENTS as readonly string[]).includes(name);

/** A guide page's MDX that cannot be shown: the line to fix and what to do. */
export class GuideMdxError extends Error {
  constructor(
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(line === undefined ? reason : `line ${line}: ${reason}`);
  }
}

const TAG = 'aftercare-component';
/** Props travel as base64url JSON: no character the Markdown or HTML steps could change. */
const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const decode = (text: string) => JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Record<string, unknown>;

interface Position {
  start: { line: number; offset?: number };
  end: { offset?: number };
}
interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: string | { value: string } | null }[];
  children?: unknown[];
  position?: Position;
}

/** An attribute's value: a string, `true` for a bare attribute, or plain data in braces (`{["a", "b"]}`, `{3}`). */
function attributeValue(component: string, attribute: { name?: string; value?: string | { value: string } | null }, line: number | undefined): unknown {
  const { value } = attribute;
  if (value == null) return true;
  if (typeof value === 'string') return value;
  try {
    return JSON.parse(value.value);
  } catch {
    throw new GuideMdxError(line, `<${component} ${attribute.name}={${value.value}}>: write the value as plain text in quotes, a number or a list like ["a", "b"].`);
  }
}

/** An expression holding only a comment, `{/* ... *\/}`, which MDX allows for notes to the writer. */
const isComment = (source: string) => /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(source);

/** One component in a guide page: its name, its values and its line in the body. */
export interface ComponentUse {
  name: GuideComponentName;
  attributes: Record<string, unknown>;
  line: number | undefined;
}

/**
 * Reads a guide page's MDX body: the components it uses, and the page as Markdown with a placeholder for each.
 * Throws a GuideMdxError naming the line for what a guide page cannot hold: imports and exports, `{...}`
 * expressions, unknown components, components with content inside, and values that are not plain data.
 */
export function readGuideMdx(body: string): { components: ComponentUse[]; markdown: string } {
  let tree;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    throw new GuideMdxError(line ?? undefined, `${reason ?? String(error)} (in MDX, write "<" as &lt; and "{" as &#123; in text).`);
  }
  const components: ComponentUse[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  visit(tree, (node, _index, parent) => {
    const n = node as MdxNode;
    const line = n.position?.start.line;
    const start = n.position?.start.offset;
    const end = n.position?.end.offset;
    if (n.type === 'mdxjsEsm') throw new GuideMdxError(line, 'imports and exports are not needed in a guide page: its components work without them. Remove the line.');
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') {
      if (!isComment(n.value ?? '')) throw new GuideMdxError(line, `{${n.value}} is code, which a guide page cannot run. Write plain text, or use a component.`);
      if (start !== undefined && end !== undefined) edits.push({ start, end, text: '' });
      return;
    }
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return;
    const name = n.name ?? '';
    // Lowercase tags are plain HTML, which Markdown passes through as it is.
    if (!/^[A-Z]/.test(name)) return;
    if (!isGuideComponent(name)) throw new GuideMdxError(line, `<${name}> is not a guide component. Use one of: ${GUIDE_COMPONENTS.join(', ')}.`);
    if (n.children?.length) throw new GuideMdxError(line, `<${name}> takes no content: write it as <${name} ... /> and put text outside it.`);
    const attributes: Record<string, unknown> = {};
    for (const attribute of n.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) throw new GuideMdxError(line, `<${name}>: write each setting as name="value".`);
      attributes[attribute.name] = attributeValue(name, attribute, line);
    }
    components.push({ name, attributes, line });
    // Inside an HTML element (`<p class="callout"><DayConvention /></p>`) it stays where it is.
    const block = n.type === 'mdxJsxFlowElement' && parent?.type !== 'mdxJsxFlowElement';
    const placeholder = `<${TAG} data-name="${name}" data-props="${encode(attributes)}"${block ? ' data-block' : ''}></${TAG}>`;
    // A block component stands alone, so Markdown does not join it to the text around it.
    if (start !== undefined && end !== undefined) edits.push({ start, end, text: block ? `\n\n${placeholder}\n\n` : placeholder });
    return 'skip';
  });
  let markdown = body;
  for (const edit of edits.sort((x, y) => y.start - x.start)) markdown = markdown.slice(0, edit.start) + edit.text + markdown.slice(edit.end);
  return { components, markdown };
}

/** The page's MDX body as Markdown with a placeholder for each component (see readGuideMdx). */
export const mdxToMarkdown = (body: string): string => readGuideMdx(body).markdown;

/** A rendered guide page, in order: HTML, and the components to render between it. */
export type GuidePart = { html: string } | { component: GuideComponentName; props: Record<string, unknown> };

const PLACEHOLDER = new RegExp(`(<p>\\s*)?<${TAG} data-name="([A-Za-z]+)" data-props="([\\w-]*)"( data-block(?:="")?)?></${TAG}>(\\s*</p>)?`, 'g');

/** Splits a page's rendered HTML at its placeholders. A block component loses the paragraph Markdown put around it. */
export function splitGuideHtml(html: string): GuidePart[] {
  const parts: GuidePart[] = [];
  let last = 0;
  for (const match of html.matchAll(PLACEHOLDER)) {
    const [whole, open, name = '', props = '', block, close] = match;
    const unwrap = Boolean(block && open && close);
    // Keep a paragraph tag that belongs to the text around an inline component.
    const head = unwrap ? '' : (open ?? '');
    const tail = unwrap ? '' : (close ?? '');
    parts.push({ html: html.slice(last, match.index) + head });
    if (!isGuideComponent(name)) throw new Error(`Unknown guide component placeholder <${name}>`);
    parts.push({ component: name, props: decode(props) });
    last = match.index + whole.length - tail.length;
  }
  parts.push({ html: html.slice(last) });
  return parts.filter((part) => !('html' in part) || part.html !== '');
}
