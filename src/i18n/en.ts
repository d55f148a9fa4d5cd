/**
 * English UI strings: every word the pages, components and the timeline island show that does not come from
 * the content. `UiStrings` is this object's type; every other language's dictionary must have every key
 * (tests/i18n.test.ts fails on a key missing or empty in either).
 */
import type { GuideSection, RestrictionCategory, WarningTier, EvidenceLevel, TipKind, AdviceKind } from '../schemas/vocabulary';

export const en = {
  /** The language's name, written in that language (the switch link). */
  languageName: 'English',
  /** The link that opens the same page in this language, as read from a page in the other language. */
  switchTo: 'Read in English',
  skipLink: 'Skip to content',
  nav: {
    label: 'Main',
    guide: 'Guide',
    avoid: 'What to avoid',
    routine: 'Daily routine',
    timeline: 'My timeline',
    handout: 'Handout',
    help: 'Get help',
  },
  footer: {
    label: 'Footer',
    notMedicalAdvice: 'Not medical advice.',
    help: 'When to get help',
    sources: 'Sources and disclaimer',
    handout: 'Print the handout',
    install: 'Use it offline',
  },
  /** The review status of the pages in this language. */
  review: {
    notYet: 'Not yet reviewed by a clinician at your clinic.',
    followClinician: "Follow your clinician's instructions first.",
    lastReviewed: 'Last reviewed',
    by: 'by',
    nextDue: 'Next review due by',
  },
  guide: {
    breadcrumb: 'Breadcrumb',
    home: 'Guide',
    onThisPage: 'On this page',
    sources: 'Sources',
    fullCitation: 'full citation',
    pager: 'Previous and next pages',
    previous: 'Previous',
    next: 'Next',
    topics: 'Guide topics',
    pages: (n: number) => (n === 1 ? '1 page' : `${n} pages`),
    allInSection: (pages: string) => `All ${pages} in this section`,
  },
  guideSections: {
    basics: 'The basics',
    aftercare: 'Caring for your skin',
    help: 'Help and sources',
  } satisfies Record<GuideSection, string>,
  restrictionCategories: {
    sun: 'Sun and heat',
    water: 'Water',
    makeup: 'Makeup',
    tools: 'Tools',
    'active-ingredients': 'Strong skin-care ingredients',
    'skincare-products': 'Other skin-care products',
    activities: 'Activities',
  } satisfies Record<RestrictionCategory, string>,
  warningTiers: {
    'contact-clinic': 'Call your clinic soon if you notice',
    urgent: 'Get urgent care now if you have',
  } satisfies Record<WarningTier, string>,
  evidenceLevels: {
    'peer-reviewed': 'Backed by research',
    'professional-body': 'Health authority advice',
    'clinic-advice': 'Common clinic advice',
  } satisfies Record<EvidenceLevel, string>,
  tipKinds: {
    habit: 'Good habits while you heal',
    'ask-clinician': 'Ask your clinician first',
  } satisfies Record<TipKind, string>,
  adviceKinds: {
    avoid: 'What to avoid',
    routine: 'Daily routine',
    'warning-sign': 'Warning sign',
    preparation: 'Getting ready',
    guide: 'Guide page',
    expected: 'What is normal',
    tip: 'Tip',
  } satisfies Record<AdviceKind, string>,
};

export type UiStrings = typeof en;
