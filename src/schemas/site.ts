import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { strictObject, text } from './common';
import { DEFAULT_LOCALE, LOCALES } from './vocabulary';
import { isDialable } from '../lib/contact';
import { APP_COLORS } from '../lib/web-manifest';
import { fileType, ICON_TYPES, isBareFileName, LOGO_TYPES, SITE_FILES_FOLDER, siteFilePath } from '../lib/site-files';
import { contentDir } from './references';

/** The name of an image file next to site.yaml (content/site/), of one of `types`, that is there. */
const siteFile = (field: string, types: readonly string[], example: string) =>
  text
    .refine(isBareFileName, {
      error: `${field} must be the name of a file in content/${SITE_FILES_FOLDER}/, next to site.yaml, like ${example} (no folder, no leading /)`,
      abort: true,
    })
    .refine((name) => types.includes(fileType(name)), { error: `${field} must be ${types.length > 1 ? 'one of these file types' : 'a file of type'}: ${types.join(', ')}`, abort: true })
    .refine((name) => existsSync(siteFilePath(contentDir(), name)), {
      error: (issue) => `${field} names "${String(issue.input)}", which is not in ${siteFilePath(contentDir(), '')}: add the file next to site.yaml, or remove ${field}`,
    });

/** A phone number that becomes a working `tel:` link on every page and the handout. */
const phoneNumber = (field: string) =>
  text.refine(isDialable, `${field} must be a phone number: digits, with spaces or + ( ) - . between them, e.g. +1 555-010-4477 (no letters or extensions)`);

/** Contact details of the clinic that publishes the site. Unset fields print as blank lines to write on. */
export const clinicSchema = strictObject({
  /** The clinic's name. */
  name: text.optional(),
  /** Phone number during opening hours. */
  phone: phoneNumber('clinic.phone').optional(),
  /** Phone number outside opening hours. */
  afterHoursPhone: phoneNumber('clinic.afterHoursPhone').optional(),
  /** Street address, one line or several. */
  address: text.optional(),
  /** The clinic's website. */
  website: z.url({ error: 'clinic.website must be a full web address starting with https://' }).optional(),
  /** Email address for non-urgent questions. */
  email: z.email({ error: 'clinic.email must be an email address' }).optional(),
  /** The clinic's logo for the handout: an image file next to site.yaml, e.g. `clinic-logo.svg`. */
  logo: siteFile('clinic.logo', LOGO_TYPES, 'clinic-logo.svg').optional(),
});
export type ClinicData = z.infer<typeof clinicSchema>;

/** Site-wide settings (content/site/site.yaml): one entry. */
export const siteSchema = strictObject({
  /** The site's name, shown in the header and the handout. */
  siteName: text,
  /** The name under the icon once the guide is added to a home screen (the full name if unset). */
  shortName: text.max(15, 'shortName must be 15 characters or fewer, so it fits under a home-screen icon').optional(),
  /** One line under the name. */
  tagline: text,
  /** The treatment the guide is about, as a patient says it in a sentence ("microneedling", "a chemical peel"). */
  treatment: text,
  /** The public address of the site, used for the handout's QR code (e.g. https://aftercare.example.org). */
  siteUrl: z.url({
    error: (issue) =>
      issue.input === undefined
        ? 'siteUrl is missing: add the public address of the site, e.g. https://aftercare.example.org'
        : 'siteUrl must be a full web address starting with https://',
  }),
  /**
   * The site's icon, in browser tabs and on home screens: a square SVG drawing next to site.yaml, e.g.
   * `icon.svg` (the project's own icon, public/favicon.svg, if unset).
   */
  icon: siteFile('icon', ICON_TYPES, 'icon.svg').optional(),
  /**
   * The clinic's color, as `#rrggbb`: the phone's title bar in light mode, and the square behind the icon on home
   * screens that crop icons to their own shape. The site's own teal (its accent color) if unset.
   */
  themeColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'themeColor must be a color written as # and six hex digits, like #1f4e8c')
    .default(APP_COLORS.theme),
  /** The clinic's contact details. */
  clinic: clinicSchema.default({}),
  /** The disclaimer shown in every footer and on the handout. */
  disclaimer: text,
  /**
   * The languages the site is published in, English first (at the site root; the others under `/<lang>/`).
   * Each other language needs every entry's words in `content/translations/<lang>/`.
   */
  languages: z
    .array(z.enum(LOCALES))
    .min(1)
    .refine((langs) => langs[0] === DEFAULT_LOCALE, `languages must start with ${DEFAULT_LOCALE}, the language at the site root`)
    .refine((langs) => new Set(langs).size === langs.length, 'languages lists a language twice')
    .default([DEFAULT_LOCALE]),
});
export type SiteData = z.infer<typeof siteSchema>;
