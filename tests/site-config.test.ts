/**
 * The clinic config (content/site/site.yaml) is checked when the site is built: a missing required field, or a
 * logo or icon that is not a file of the right type next to site.yaml, fails the build with a message naming the
 * file and the field, so a clinic never ships a handout with a wrong or empty header. Each case is a real `astro build` over a fixture copy of content/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { contentFixture, removeFixtures, runAstro } from './helpers/fixture-build';
import { entryFile } from './helpers/content';

afterAll(removeFixtures);

/** The site settings file of the content under test. */
const siteFile = entryFile('site', 'site');

describe('the site config fails the build, naming the field', () => {
  it('a missing required field (siteUrl, which the QR code needs)', () => {
    const dir = contentFixture(siteFile, (t) => t.replace(/^siteUrl:.*\n/m, ''));
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/${siteFile} has a mistake to fix:\n  siteUrl: siteUrl is missing: add the public address of the site, e.g. https://aftercare.example.org`);
  });

  it('a clinic logo that is not next to site.yaml: a path into public/, a missing file, a file of another type', () => {
    const dir = contentFixture(siteFile, (t) => stringify({ ...parse(t), clinic: { phone: '555 0100', logo: '/clinic-logo.svg' } }));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${dir}/${siteFile} has a mistake to fix:\n  clinic.logo: clinic.logo must be the name of a file in content/site/, next to site.yaml, like clinic-logo.svg (no folder, no leading /)`,
    );
    const missing = contentFixture(siteFile, (t) => stringify({ ...parse(t), clinic: { logo: 'no-such-logo.png' } }));
    expect(runAstro('sync', missing).output).toContain(`clinic.logo: clinic.logo names "no-such-logo.png", which is not in ${missing}/site/: add the file next to site.yaml, or remove clinic.logo`);
    const wrongType = contentFixture(siteFile, (t) => stringify({ ...parse(t), icon: 'icon.png' }));
    expect(runAstro('sync', wrongType).output).toContain(`${wrongType}/${siteFile} has a mistake to fix:\n  icon: icon must be a file of type: svg`);
  });
});
