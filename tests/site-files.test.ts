import { describe, expect, it } from 'vitest';
import { fileType, iconAddress, iconFile, isBareFileName, logoAddress, siteFilePath } from '../src/lib/site-files';

describe('files a clinic adds next to site.yaml', () => {
  it('are named bare, with no folder or leading slash, and their type is read from the name in any case', () => {
    expect(isBareFileName('clinic-logo.svg')).toBe(true);
    expect(isBareFileName('Clinic Logo.PNG')).toBe(true);
    for (const name of ['/clinic-logo.svg', 'logos/clinic.svg', '..\\logo.svg', '.hidden.svg']) expect(isBareFileName(name), name).toBe(false);
    expect(fileType('Clinic Logo.PNG')).toBe('png');
    expect(fileType('logo')).toBe('');
    expect(fileType('.svg')).toBe('');
  });

  it('live in the content folder, next to site.yaml', () => {
    expect(siteFilePath('./content', 'clinic-logo.svg')).toBe('./content/site/clinic-logo.svg');
    expect(siteFilePath('tests/fixtures/content-clinic', 'lakeside-logo.png')).toBe('tests/fixtures/content-clinic/site/lakeside-logo.png');
  });

  it("publish the logo at a fixed address of its own type, and the icon at the clinic's or the project's address", () => {
    expect(logoAddress('Lakeside Logo.JPEG')).toBe('/clinic-logo.jpeg');
    expect(iconAddress('lakeside-icon.svg')).toBe('/icons/site-icon.svg');
    expect(iconAddress(undefined)).toBe('/favicon.svg');
    expect(iconFile('./content', 'lakeside-icon.svg')).toBe('./content/site/lakeside-icon.svg');
    expect(iconFile('./content', undefined)).toBe('public/favicon.svg');
  });
});
