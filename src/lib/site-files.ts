/**
 * Image files a clinic adds next to site.yaml (`content/site/`), so a clinic changes only `content/`: its logo
 * on the handout and its icon in browser tabs and on home screens. Each is published at a fixed address
 * (src/pages/clinic-logo.[type].ts, src/pages/icons/[name].svg.ts).
 */

/** File types a logo may be, with the media type it is served as: the handout shows it as it is. */
export const LOGO_MEDIA_TYPES = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' } as const;
export const LOGO_TYPES = Object.keys(LOGO_MEDIA_TYPES) as (keyof typeof LOGO_MEDIA_TYPES)[];
/** The icon must be a drawing, so it stays sharp from a 16 px tab to a 512 px home-screen icon. */
export const ICON_TYPES = ['svg'] as const;

/** The folder these files live in, under the content folder. */
export const SITE_FILES_FOLDER = 'site';

/** Where a file that site.yaml names lives: next to it. */
export const siteFilePath = (contentDir: string, name: string): string => `${contentDir}/${SITE_FILES_FOLDER}/${name}`;

/** The project's own icon, in public/, used when site.yaml names none. */
const DEFAULT_ICON_ADDRESS = '/favicon.svg';

/** The drawing the site's icons are made from: the clinic's own, or the project's default. */
export const iconFile = (contentDir: string, icon: string | undefined): string => (icon ? siteFilePath(contentDir, icon) : `public${DEFAULT_ICON_ADDRESS}`);

/** `png` for `Clinic Logo.PNG`; '' for a name without a type. */
export function fileType(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Whether `name` is a bare file name (no folder, no leading slash or dot), as site.yaml names these files. */
export const isBareFileName = (name: string): boolean => !/[/\\]/.test(name) && !name.startsWith('.');

/** The address the clinic's logo is published at (before the site's base path): `/clinic-logo.png`. */
export const logoAddress = (name: string): string => `/clinic-logo.${fileType(name)}`;

/** The file name (without `.svg`) the clinic's own icon is published under, in /icons/. */
export const SITE_ICON_NAME = 'site-icon';

/** The icon's address: the clinic's own icon when site.yaml names one, else the project's default. */
export const iconAddress = (icon: string | undefined): string => (icon ? `/icons/${SITE_ICON_NAME}.svg` : DEFAULT_ICON_ADDRESS);
