/** The site's address for the sitemap, read from site.yaml before any collection loads, and robots.txt. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { robotsTxt, siteAddress } from '../src/integrations/search-engines';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A content folder whose site.yaml holds `text`. */
function contentWithSiteFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-site-file-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site/site.yaml'), text);
  return dir;
}

describe('siteAddress', () => {
  it('is siteUrl when it is a full https address, with its path', () => {
    expect(siteAddress(contentWithSiteFile('siteName: A\nsiteUrl: https://clinic.example/aftercare\n'))).toBe('https://clinic.example/aftercare');
  });

  it('is nothing for a missing, plain-http or broken siteUrl, or a file that is not YAML: the site schema names the field', () => {
    for (const text of ['siteName: A\n', 'siteUrl: http://clinic.example\n', 'siteUrl: clinic.example\n', 'siteUrl: [1, 2]\n', 'siteUrl: "https://\n  :', '- a list\n']) {
      expect(siteAddress(contentWithSiteFile(text)), text).toBeUndefined();
    }
    expect(siteAddress(join(tmpdir(), 'aftercare-no-such-content'))).toBeUndefined();
  });
});

describe('robotsTxt', () => {
  it('lets every page be read and names the sitemap', () => {
    expect(robotsTxt('https://clinic.example/aftercare/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://clinic.example/aftercare/sitemap-index.xml\n',
    );
  });
});
