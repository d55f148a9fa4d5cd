/** The web app manifest's values come from the site settings and the deploy's base path. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_COLORS, APP_ICONS, webManifest } from '../src/lib/web-manifest';
import { siteSchema } from '../src/schemas/site';
import { contentFixture, removeFixtures, runAstro } from './helpers/fixture-build';

const settings = { siteName: 'Riverside Skin Clinic Aftercare', shortName: 'Aftercare', description: 'Care after your visit', base: '/' };

describe('webManifest', () => {
  it('names the app from the settings', () => {
    const manifest = webManifest(settings);
    expect(manifest.name).toBe('Riverside Skin Clinic Aftercare');
    expect(manifest.short_name).toBe('Aftercare');
    expect(manifest.description).toBe('Care after your visit');
  });

  it('uses the full name under the icon when there is no short name', () => {
    expect(webManifest({ ...settings, shortName: undefined }).short_name).toBe('Riverside Skin Clinic Aftercare');
  });

  it('starts and stays within the site root', () => {
    expect(webManifest(settings)).toMatchObject({ id: '/', start_url: '/', scope: '/', display: 'standalone' });
  });

  it('starts and stays within a sub-path, with or without its trailing slash', () => {
    for (const base of ['/aftercare/', '/aftercare']) {
      const manifest = webManifest({ ...settings, base });
      expect(manifest).toMatchObject({ id: '/aftercare/', start_url: '/aftercare/', scope: '/aftercare/' });
      expect(manifest.icons.map((icon) => icon.src)).toEqual([
        '/aftercare/icons/icon-192.png',
        '/aftercare/icons/icon-512.png',
        '/aftercare/icons/icon-maskable-512.png',
      ]);
    }
  });

  it('lists icons at 192 and 512 px and a maskable one, but not the Apple icon', () => {
    const icons = webManifest(settings).icons;
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    expect(icons.every((icon) => icon.type === 'image/png')).toBe(true);
    expect(APP_ICONS.some((icon) => icon.purpose === 'apple' && icon.size === 180)).toBe(true);
  });

  it('takes its colors from the stylesheet: light theme for the app, the dark background for a dark browser bar', () => {
    const css = readFileSync(join(import.meta.dirname, '../src/styles/global.css'), 'utf8');
    const lightValue = (token: string) => new RegExp(`${token}:\\s*light-dark\\((#[0-9a-f]{6})`, 'i').exec(css)?.[1];
    const darkValue = (token: string) => new RegExp(`${token}:\\s*light-dark\\(#[0-9a-f]{6},\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];
    expect(darkValue('--color-bg')).toBe(APP_COLORS.themeDark);
    expect(webManifest(settings)).toMatchObject({ theme_color: APP_COLORS.theme, background_color: APP_COLORS.background });
    expect(lightValue('--color-accent')).toBe(APP_COLORS.theme);
    expect(lightValue('--color-bg')).toBe(APP_COLORS.background);
  });

  it("takes the clinic's color for the title bar when site.yaml gives one", () => {
    expect(webManifest({ ...settings, themeColor: '#1f4e8c' }).theme_color).toBe('#1f4e8c');
  });
});

describe('themeColor in site.yaml', () => {
  const site = { siteName: 'Aftercare', tagline: 'Care after your visit', treatment: 'microneedling', siteUrl: 'https://aftercare.example.org', disclaimer: 'Not medical advice.' };

  it('is a color written as # and six hex digits, or left out', () => {
    expect(siteSchema.safeParse({ ...site, themeColor: '#1F4E8C' }).success).toBe(true);
    expect(siteSchema.safeParse(site).success).toBe(true);
    for (const themeColor of ['blue', '#14f', '1f4e8c', '#1f4e8cff']) {
      const result = siteSchema.safeParse({ ...site, themeColor });
      expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`), themeColor).toEqual([
        'themeColor: themeColor must be a color written as # and six hex digits, like #1f4e8c',
      ]);
    }
  });
});

describe('shortName in site.yaml', () => {
  afterAll(removeFixtures);

  it('fails the build when it is too long for a home-screen icon, naming the file and the field', () => {
    const dir = contentFixture('site/site.yaml', (t) => t.replace(/^siteName: .*$/m, (line) => `${line}\nshortName: "Riverside Skin Clinic Aftercare"`).replace(/^shortName: (?!"Riverside).*\n/m, ''));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('shortName: shortName must be 15 characters or fewer, so it fits under a home-screen icon');
    expect(output).toContain(`${dir}/site/site.yaml`);
  });
});
