/** What a page must never do while a test uses it: ask another origin, break its CSP, throw, or open a dialog. */
import { expect, type Page } from '@playwright/test';

/**
 * Records requests to other origins, CSP violations, script errors and dialogs on a page, from now until the
 * test ends (across navigations). Returns the list it fills; the test expects it empty.
 */
export async function watch(page: Page, baseURL: string): Promise<string[]> {
  const origin = new URL(baseURL).origin;
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.push(`third-party request: ${url}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

/** The open page carries a strict CSP: only its own origin, no inline script allowed by a blanket rule. */
export async function expectStrictCsp(page: Page, path: string, { soft = false } = {}) {
  const check = soft ? expect.soft : expect;
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  check(csp, `CSP meta on ${path}`).toBeTruthy();
  check(csp, `CSP on ${path}`).toMatch(/script-src [^;]*'self'/);
  check(csp, `CSP on ${path}`).not.toContain('unsafe-inline');
  check(csp, `CSP on ${path}`).toContain("default-src 'self'");
}
