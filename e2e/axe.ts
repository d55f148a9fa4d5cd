/** Accessibility checks with axe, against WCAG 2.0, 2.1 and 2.2 levels A and AA. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails the test with a readable list of violations, if any. `soft` records the failure and lets the test go
 * on (to check more pages).
 */
export async function expectNoAxeViolations(page: Page, context = '', { soft = false } = {}) {
  // Legacy mode runs axe in the page itself; the default opens a blank page for every run to merge the results of
  // cross-origin frames, which the site has none of (and which cost a third of each run's time).
  // Only violations are reported in full: passes and the rest would be gathered node by node for nothing.
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  (soft ? expect.soft : expect)(summary, `axe violations ${context}`).toEqual([]);
}
