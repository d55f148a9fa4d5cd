/**
 * Every page of the build, one by one: it answers 200, a content page shows its title and the disclaimer, it
 * fits a 320 px screen without sideways scrolling, axe finds no
 * WCAG 2.2 AA violation at phone and desktop widths in light and dark, it carries a strict CSP, and while it
 * is open nothing is requested from another origin, nothing breaks the CSP and no script fails.
 * The pages come from the build (dist/, or $E2E_DIST), so a clinic's own pages are checked too.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { builtPages } from './built-pages';
import { expectStrictCsp, watch } from './page-watch';
import { contentPages, guidePages } from './site-pages';
import { DEFAULT_LOCALE, LOCALES } from '../src/schemas/vocabulary';

/** The main heading of each page that shows content (the home page, the avoid page, every guide page). */
const titles = new Map(contentPages().map(({ path, title }) => [path, title]));
/** The guide pages' paths, without a language prefix (/cleansing/ for /es/cleansing/). */
const guidePaths = new Set(guidePages().map((p) => p.path));
const languagePrefix = new RegExp(`^/(?:${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join('|')})/`);
/**
 * A page's template: the guide pages share one; the timeline's pages (/timeline/, /timeline/rf/...) and the
 * topic pages share one each; every other page is its own. A page in another language shares its template.
 */
function templateOf(path: string): string {
  const page = path.replace(languagePrefix, '/');
  return guidePaths.has(page) ? 'guide' : `/${page.split('/')[1]}`;
}

/**
 * Each template is checked at both widths in both themes on its first page in the default language; every
 * other page in the default language at a phone width in light and a desktop width in dark. Every page's own
 * content is still checked in both themes and at both widths, and each template in all four. (Guide pages'
 * sidebar, open only on wide screens, is checked in light on the avoid page: same navigation.) A page in
 * another language has its twin's markup and styles with other words: it is checked once, at a phone width in
 * light or a desktop width in dark, page by page in turn, so that language's words are checked in both.
 */
const FULL_MATRIX = [[375, 'light'], [375, 'dark'], [1280, 'light'], [1280, 'dark']] as const;
const SHORT_MATRIX = [[375, 'light'], [1280, 'dark']] as const;
const checkedInFull = new Set<string>();
/** A width and a colour scheme to check a page in. */
type Look = readonly [width: number, colorScheme: 'light' | 'dark'];
const axeMatrix = new Map<string, readonly Look[]>(
  [...builtPages()]
    .sort((a, b) => Number(languagePrefix.test(a)) - Number(languagePrefix.test(b)) || (a < b ? -1 : 1))
    .map((path, i): [string, readonly Look[]] => {
      if (languagePrefix.test(path)) return [path, [SHORT_MATRIX[i % SHORT_MATRIX.length]!]];
      const template = templateOf(path);
      const full = template !== 'guide' && !checkedInFull.has(template);
      checkedInFull.add(template);
      return [path, full ? FULL_MATRIX : SHORT_MATRIX];
    }),
);

/**
 * The pages in groups of about the same number of axe runs. A group is one test, one browser tab going from
 * page to page: axe then loads into the tab once, not once a page (that was a second per page), and the groups
 * still share the workers.
 */
const GROUPS = 8;
const groups: [string, readonly Look[]][][] = [];
{
  const perGroup = Math.ceil([...axeMatrix.values()].reduce((n, m) => n + m.length, 0) / GROUPS);
  let runs = perGroup;
  for (const entry of axeMatrix) {
    if (runs >= perGroup) {
      groups.push([]);
      runs = 0;
    }
    groups.at(-1)!.push(entry);
    runs += entry[1].length;
  }
}

test('the build has pages to check: every guide page and the site\'s own pages, each in the sweep once', () => {
  const swept = groups.flat().map(([path]) => path).sort();
  expect(swept).toEqual(builtPages());
  for (const path of [...titles.keys(), '/timeline/', '/handout/', '/search/']) expect(swept).toContain(path);
});

for (const group of groups) {
  const paths = group.map(([path]) => path);
  test(`each page answers with its heading, fits 320 px, passes axe (WCAG 2.2 AA), has a strict CSP and asks no other origin: ${paths.join(', ')}`, async ({ page, baseURL }) => {
    // A dozen or so axe runs: more than a minute when the 2 cores are busy.
    test.setTimeout(150_000);
    const problems = await watch(page, baseURL!);
    for (const [path, matrix] of group) {
      // One load a page, at the narrowest width the site supports; then the width and the theme change under the
      // open page, as when a phone turns or the system theme switches. Soft: every page of the group is checked,
      // and each one's problems reported.
      await page.setViewportSize({ width: 320, height: 640 });
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      expect.soft(response?.status(), `status of ${path}`).toBe(200);
      const title = titles.get(path);
      if (title !== undefined) {
        await expect.soft(page.getByRole('heading', { level: 1 }), `heading of ${path}`).toHaveText(title);
        await expect.soft(page.getByRole('contentinfo'), `disclaimer on ${path}`).toContainText('Not medical advice');
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `horizontal overflow at 320 px on ${path}`).toBeLessThanOrEqual(0);
      // The header's search field shows its whole hint ("Search the guide"), not "Search the gui".
      const field = page.getByRole('banner').getByRole('searchbox');
      if ((await field.count()) === 1) {
        const spare = await field.evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room = input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
          return room - context.measureText(input.placeholder).width;
        });
        expect.soft(spare, `room left after the search field's hint at 320 px on ${path}`).toBeGreaterThanOrEqual(0);
      }
      await expectStrictCsp(page, path, { soft: true });
      for (const [width, colorScheme] of matrix) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await expectNoAxeViolations(page, `on ${path} (${width} px, ${colorScheme})`, { soft: true });
      }
    }
    // Whatever the last page starts after it loads (nothing should leave the site) is counted too.
    await page.waitForLoadState('networkidle');
    expect(problems, `on ${paths.join(' ')}`).toEqual([]);
  });
}
