/**
 * The content the tests run on, read straight from its files with no app code in between: `CONTENT_DIR`
 * (default `content/`), the same folder the build reads. Generic tests (unit, dist and e2e) take every
 * expectation from here (counts, ids, windows, names, day numbers), so they hold for any valid content.
 * What the shipped guidance itself must say lives in the article suite (`article-*` files), which
 * `ARTICLE_CHECKS=off` leaves out.
 *
 * Plain Node (node:fs and yaml only): used by vitest and Playwright alike.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The content folder under test (absolute). */
export const CONTENT_DIR = resolve(ROOT, process.env['CONTENT_DIR'] ?? 'content');

/** The content folder as the build sees it (relative to the project root, as CONTENT_DIR is given). */
export const CONTENT_DIR_NAME = relative(ROOT, CONTENT_DIR) || '.';

/** Whether the article suite (what the shipped guidance says) runs: off with ARTICLE_CHECKS=off. */
export const ARTICLE_CHECKS = process.env['ARTICLE_CHECKS'] !== 'off';

/** Files a data collection may hold. */
const DATA_FILE = /\.(ya?ml|json)$/;

/** The default `order` of entries that set none (as in the schemas). */
const DEFAULT_ORDER = 100;

/** Frontmatter and body of an MDX or Markdown file (a BOM and Windows line endings are fine). */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalized);
  if (!match) return { data: {}, body: normalized };
  return { data: (parse(match[1]!) ?? {}) as Record<string, unknown>, body: normalized.slice(match[0].length) };
}

/** Every entry of a data folder (`restrictions`, `routine`...): `id` is the file name. Sorted by file name. */
export function readFolder<T>(folder: string): (T & { id: string })[] {
  const dir = join(CONTENT_DIR, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => DATA_FILE.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const data = (extname(f) === '.json' ? JSON.parse(text) : parse(text)) as T;
      return { ...data, id: basename(f, extname(f)) };
    });
}

/** The file of an entry, relative to the content folder (`restrictions/makeup.yaml`). */
export function entryFile(folder: string, id: string): string {
  const file = readdirSync(join(CONTENT_DIR, folder)).find((f) => basename(f, extname(f)) === id);
  if (!file) throw new Error(`no entry ${id} in ${CONTENT_DIR_NAME}/${folder}`);
  return `${folder}/${file}`;
}

const byOrder = <T extends { order?: number }>(a: T, b: T) => (a.order ?? DEFAULT_ORDER) - (b.order ?? DEFAULT_ORDER);

export interface ContentWindow {
  procedure: string;
  firstDay: number;
  lastDay: number;
}
export interface ContentRestriction {
  id: string;
  label: string;
  reason: string;
  category: string;
  windows: ContentWindow[];
  note?: string;
  /** Tips that still apply once it ends. */
  afterwards?: string[];
  order?: number;
  keywords?: string[];
}
export interface ContentTip {
  id: string;
  label: string;
  instruction: string;
  clinicRange?: string;
}
export interface ContentProcedure {
  id: string;
  name: string;
  shortName: string;
  summary: string;
  usualRednessThroughDay: number;
  crustingThroughDay?: number;
  recoveryThroughDay: number;
  order?: number;
  keywords?: string[];
}
export interface ContentRoutineStep {
  id: string;
  order: number;
  label: string;
  productKind: string;
  instruction: string;
  steps?: string[];
  times: string[];
  fromDay?: number;
  note?: string;
  keywords?: string[];
}
export interface ContentWarningSign {
  id: string;
  tier: string;
  sign: string;
  action: string;
  order?: number;
  keywords?: string[];
}
export interface ContentPreparationStep {
  id: string;
  day: number;
  label: string;
  instruction: string;
  order?: number;
  keywords?: string[];
}
export interface ContentSite {
  siteName: string;
  tagline: string;
  siteUrl: string;
  disclaimer: string;
  clinic?: { name?: string; phone?: string; afterHoursPhone?: string; address?: string; website?: string; email?: string; logo?: string };
  icon?: string;
  themeColor?: string;
}
export interface GuidePageInfo {
  slug: string;
  path: string;
  title: string;
  /** The guide section it is in, and its order there (navigation). */
  section: string;
  order: number;
  data: Record<string, unknown>;
  body: string;
}

/** Restrictions in the site's order (by `order`). */
export const restrictions = () => readFolder<Omit<ContentRestriction, 'id'>>('restrictions').sort(byOrder);
/** Procedure types in the site's order; the first is the timeline's default. */
export const procedures = () => readFolder<Omit<ContentProcedure, 'id'>>('procedures').sort(byOrder);
/** Tips (habits and questions for the clinician), by id. */
export const tips = () => readFolder<Omit<ContentTip, 'id'>>('tips');
/** Routine steps in order. */
export const routine = () => readFolder<Omit<ContentRoutineStep, 'id'>>('routine').sort(byOrder);
/** Warning signs in order. */
export const warningSigns = () => readFolder<Omit<ContentWarningSign, 'id'>>('warning-signs').sort(byOrder);
/** Preparation steps, earliest day first. */
export const preparation = () =>
  readFolder<Omit<ContentPreparationStep, 'id'>>('preparation').sort((a, b) => a.day - b.day || byOrder(a, b));

/** The site settings (the one entry in site/). */
export function site(): ContentSite {
  const [entry, ...more] = readFolder<ContentSite>('site');
  if (!entry || more.length) throw new Error(`${CONTENT_DIR_NAME}/site/ must hold exactly one settings file`);
  return entry;
}

/** Every guide page, with its path, title, frontmatter and body. */
export function guidePages(): GuidePageInfo[] {
  const dir = join(CONTENT_DIR, 'guide');
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const { data, body } = splitFrontmatter(readFileSync(join(dir, f), 'utf8'));
      const slug = basename(f, extname(f));
      return { slug, path: `/${slug}/`, title: String(data['title']), section: String(data['section']), order: Number(data['order']), data, body };
    });
}

/** The window of a restriction for a procedure type, if it applies to that type. */
export const windowOf = (r: Pick<ContentRestriction, 'windows'>, type: string) => r.windows.find((w) => w.procedure === type);

/** Labels of the restrictions in force on a day for a type, in the site's order. */
export function avoidOn(type: string, day: number, list = restrictions()): string[] {
  return list
    .filter((r) => r.windows.some((w) => w.procedure === type && w.firstDay <= day && day <= w.lastDay))
    .map((r) => r.label);
}

/** Calendar arithmetic done independently of the app (UTC dates). */
export function plusDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Calendar days from `a` to `b`, independently of the app. */
export const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

/** A RegExp that matches `text` literally. */
export const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
