/**
 * The web app manifest: what a phone shows once the guide is added to its home screen (name, icon, colors),
 * and which addresses belong to the installed guide (`scope`, the deploy's base path).
 */
import { withBase } from './paths';

/** The home-screen icons, made from the site's icon at build time (src/pages/icons/[icon].png.ts). */
export const APP_ICONS = [
  /** Icons a browser may show as they are (round, on a clear background). */
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  /** Full-bleed icon that a phone may crop to its own shape (circle, squircle): the drawing sits in the safe middle. */
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
  /** iPhone and iPad home screens (not listed in the manifest; linked from every page). */
  { file: 'apple-touch-icon.png', size: 180, purpose: 'apple' },
] as const;
export type AppIcon = (typeof APP_ICONS)[number];

/**
 * Colors of the browser bar and the installed app's title bar and splash screen: the light theme's
 * `--color-accent` and `--color-bg`, and the dark theme's `--color-bg` for the bar when the system is dark.
 */
export const APP_COLORS = { theme: '#0b6b6b', themeDark: '#14171a', background: '#fbfaf8' } as const;

export interface WebManifestInput {
  /** The site's name (site.yaml `siteName`). */
  siteName: string;
  /** The name under the icon (site.yaml `shortName`); the site's name if unset. */
  shortName?: string | undefined;
  /** One line about the site (site.yaml `tagline`). */
  description: string;
  /** The deploy's base path: `/` or `/aftercare/`. */
  base: string;
  /** The clinic's color for the phone's title bar (site.yaml `themeColor`); the site's accent if unset. */
  themeColor?: string | undefined;
}

/** The manifest's JSON for these settings. */
export function webManifest({ siteName, shortName, description, base, themeColor }: WebManifestInput) {
  const scope = withBase(base, '/');
  return {
    id: scope,
    name: siteName,
    short_name: shortName ?? siteName,
    description,
    lang: 'en',
    dir: 'ltr',
    start_url: scope,
    scope,
    display: 'standalone',
    theme_color: themeColor ?? APP_COLORS.theme,
    background_color: APP_COLORS.background,
    icons: APP_ICONS.filter((icon) => icon.purpose !== 'apple').map((icon) => ({
      src: withBase(base, `/icons/${icon.file}`),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
