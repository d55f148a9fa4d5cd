/**
 * The words of another language for the content (`content/translations/<lang>/<folder>/<id>.yaml`, the same
 * file name as the English entry). A translation carries only text: every fact (days, windows, ids, order,
 * sources, evidence) stays in the English entry, so a fact key here is an unknown key and fails the build.
 * Fields marked "when the English has it" are checked against the English entry when the two are merged
 * (src/lib/translate.ts): a missing or empty one stops the build, naming the file and the field.
 */
import { z } from 'astro/zod';
import { keywords, strictObject, text } from './common';

/** Words for a restriction. */
export const restrictionWordsSchema = strictObject({
  /** What to avoid, as a patient says it. */
  label: text,
  /** Why, in one or two plain sentences. */
  reason: text,
  /** The caution shown next to it (when the English has one). */
  note: text.optional(),
  /** What clinics advise, as a range in words (when the English has one). */
  clinicRange: text.optional(),
  /** For each English overlap (same `with`, same order), which of this row's products belong to the wider row. */
  overlaps: z.array(strictObject({
    /** The id of the wider row, exactly as in the English entry. */
    with: text,
    /** Which products, as a plural noun phrase without an article. */
    which: text,
  })).optional(),
  /** Search words patients type in this language. */
  keywords,
});

/** Words for a routine step. */
export const routineWordsSchema = strictObject({
  /** The step's short name. */
  label: text,
  /** The kind of product, never a brand. */
  productKind: text,
  /** What to do, in plain sentences. */
  instruction: text,
  /** The numbered steps, as many and in the same order as the English (when the English has them). */
  steps: z.array(text).optional(),
  /** A caution (when the English has one). */
  note: text.optional(),
  /** What clinics advise, as a range in words (when the English has one). */
  clinicRange: text.optional(),
  /** Search words patients type in this language. */
  keywords,
});

/** Words for a warning sign. */
export const warningSignWordsSchema = strictObject({
  /** The sign, as a patient notices it. */
  sign: text,
  /** What to do about it. */
  action: text,
  /** What clinics advise, as a range in words (when the English has one). */
  clinicRange: text.optional(),
  /** Search words patients type in this language. */
  keywords,
});

/** Words for a preparation step or a tip. */
export const stepWordsSchema = strictObject({
  /** The step's short name. */
  label: text,
  /** What to do. */
  instruction: text,
  /** What clinics advise, as a range in words (when the English has one). */
  clinicRange: text.optional(),
  /** Search words patients type in this language. */
  keywords,
});

/** Words for an expected effect. */
export const expectedEffectWordsSchema = strictObject({
  /** The effect, as a patient notices it. */
  label: text,
  /** What it is and why it happens. */
  description: text,
  /** A caution (when the English has one). */
  note: text.optional(),
  /** What clinics advise, as a range in words (when the English has one). */
  clinicRange: text.optional(),
  /** Search words patients type in this language. */
  keywords,
});

/** Words for a procedure type. */
export const procedureWordsSchema = strictObject({
  /** Full name. */
  name: text,
  /** Short name for buttons and tables. */
  shortName: text,
  /** One or two plain sentences: what it is. */
  summary: text,
  /** Search words patients type in this language. */
  keywords,
});

/** Words for a glossary term. */
export const glossaryWordsSchema = strictObject({
  /** The term as written in this language's text (FPS for SPF). */
  term: text,
  /** What it stands for or means, in plain words. */
  expansion: text,
  /** Other forms of the word that count as the term. */
  forms: z.array(text).default([]),
});

/** Words for the site settings (never phone numbers, addresses or the clinic's name: those stay once). */
export const siteWordsSchema = strictObject({
  /** The site's name. */
  siteName: text,
  /** The name under a home-screen icon (when the English has one). */
  shortName: text.max(15, 'shortName must be 15 characters or fewer, so it fits under a home-screen icon').optional(),
  /** One line under the name. */
  tagline: text,
  /** The treatment, as a patient says it in a sentence. */
  treatment: text,
  /** The disclaimer in every footer and on the handout. */
  disclaimer: text,
});

/** Words for a source: its short label (the full citation stays as published, in its own language). */
export const sourceWordsSchema = strictObject({
  /** The label in lists of sources ("Chu y otros: la seguridad del tratamiento con microagujas (2021)"). */
  short: text,
});

/** Frontmatter of a translated guide page; its body is the page in this language. */
export const guideWordsSchema = strictObject({
  /** Page title. */
  title: text,
  /** One or two sentences under the title. */
  description: text,
  /** Title in navigation (when the English has one). */
  navLabel: text.optional(),
  /** Search words patients type in this language. */
  keywords,
});

/** Each translated folder and the schema of its files. */
export const TRANSLATION_FOLDERS = {
  restrictions: restrictionWordsSchema,
  routine: routineWordsSchema,
  'warning-signs': warningSignWordsSchema,
  preparation: stepWordsSchema,
  'expected-effects': expectedEffectWordsSchema,
  tips: stepWordsSchema,
  procedures: procedureWordsSchema,
  glossary: glossaryWordsSchema,
  site: siteWordsSchema,
  sources: sourceWordsSchema,
} as const;
export type TranslationFolder = keyof typeof TRANSLATION_FOLDERS;
