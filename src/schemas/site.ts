import { z } from 'astro/zod';
import { strictObject, text } from './common';
import { DEFAULT_LOCALE, LOCALES } from './vocabulary';
import { isDialable } from '../lib/contact';

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
  /** Logo file in `public/`, e.g. `/logo.svg`. */
  logo: z.string().startsWith('/', 'clinic.logo must be a path in public/, starting with /').optional(),
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
