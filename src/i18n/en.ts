/**
 * English UI strings: every word the pages, components and the timeline island show that does not come from
 * the content. `UiStrings` is this object's type; every other language's dictionary must have every key
 * (tests/i18n.test.ts fails on a key missing or empty in either).
 */
import { CHART_WORDS_EN } from '../lib/chart';
import { TIMELINE_WORDS_EN } from '../islands/timeline/words';
import {
  ADVICE_KIND_LABELS,
  EVIDENCE_LEVEL_LABELS,
  GUIDE_SECTION_LABELS,
  RESTRICTION_CATEGORY_LABELS,
  TIP_KIND_LABELS,
  WARNING_TIER_LABELS,
} from '../schemas/vocabulary';

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
  /** Dates in words (Intl locale). */
  dateLocale: 'en-US' as string,
  home: {
    whereToStart: 'Where to start',
    lede: (tagline: string, treatment: string) =>
      `${tagline}. This guide explains how to care for your skin after ${treatment}, in plain words. It is general information. Always follow your own clinician's instructions first.`,
    starts: {
      timeline: { title: 'Make my day-by-day plan', text: 'Enter the day of your procedure. See what to do and avoid on each day.' },
      avoid: { title: 'What to avoid, and until when', text: 'Sun, swimming, makeup, strong products: the days to wait for each.' },
      routine: { title: 'Your daily routine', text: 'The gentle steps to follow each morning and night.' },
      help: { title: 'When to get help', text: 'Signs that mean you should call your clinic, or get care now.' },
    },
    allPages: (count: number, section: string) => `All ${count} pages in “${section}”`,
  },
  avoid: {
    title: 'What to avoid, and until when',
    description: (treatment: string) => `Everything to avoid or pause after ${treatment}, and the last day to avoid it for each procedure type.`,
    lede: 'Your skin heals fast, but it is open and sensitive at first. Here is what to avoid, why, and the last day to avoid it.',
    wantDates: 'Want real dates?',
    makePlan: 'Make your day-by-day plan',
    clinicianFirst: "Your clinician's instructions come first.",
    chartTitle: 'Your recovery at a glance',
    chartNote: 'The table below says the same in words.',
    feelsWrong: 'Something feels wrong? See',
    whenToGetHelp: 'when to get help',
    tableCaption: 'What to avoid, and through which day',
    what: 'What to avoid',
    why: 'Why',
    doesNotApply: 'Does not apply',
    whichDateWins: 'Which date wins:',
  },
  days: {
    lead: 'How to read the days.',
    example: (through: string, count: number, days: string, resume: string) =>
      `“${through}” means you avoid it on ${count === 1 ? 'day' : 'days'} ${days}. You can start again on ${resume}.`,
  },
  facts: {
    redness: 'Redness and swelling',
    rednessSettles: (day: string) => `Usually settle by the end of ${day}.`,
    crusting: 'Crusting or flaking',
    crustingLasts: (through: string) => `Common. It can last ${through}.`,
    recovery: 'Recovery period in this guide',
    recoveryPeriod: (through: string) => `Day 0 (the day of your procedure) ${through}.`,
  },
  evidence: {
    label: 'Evidence',
    advice: 'Advice',
    sources: 'Sources',
    noSource: 'No published source; common clinic advice',
    clinicsSay: (range: string) => `clinics say ${range}`,
    kinds: { avoid: 'What to avoid', normal: 'What is normal', routine: 'Daily routine', tips: 'Tips', signs: 'Warning signs', preparation: 'Getting ready' },
  },
  yourClinic: 'Your clinic:',
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist.',
    lede: 'Sorry, we could not find that page. It may have moved.',
    start: "Go to the guide's start page",
  },
  topics: {
    titleRange: (section: string, from: number, to: number) => `${section}: pages ${from} to ${to}`,
    description: (pages: string, section: string) => `${pages} in “${section}”, a part of the aftercare guide.`,
    lede: (pages: string) => `${pages} in this part of the guide.`,
    theseAre: (from: number, to: number) => `These are pages ${from} to ${to}.`,
    more: (section: string) => `More of ${section}`,
    indexPage: (n: number) => `Index page ${n}`,
    otherParts: 'Other parts of the guide',
  },
  search: {
    label: 'Search the guide',
    button: 'Search',
    description: 'Search the aftercare guide in your own words, on your device.',
    lede: 'Type what you want to know in your own words, like “can I swim” or “red skin”. Your search stays on your device.',
    noScript: 'Search needs JavaScript, which is turned off or did not load. Find your topic in the list below.',
    allTopics: 'All topics',
    show: 'Show',
    allAdvice: 'All advice',
    tryAnother: 'Try another word, like “pool”, “makeup” or “red skin”.',
    worried: 'Worried about your skin? See',
    whenToGetHelp: 'when to get help',
    orCall: 'Or call',
    yourClinic: 'your clinic',
    afterHours: 'after hours:',
    orCallYourClinic: 'Or call your clinic.',
    couldNotLoad: 'Search could not load. Check your connection and try again, or',
    browseAll: 'browse all topics',
    seeAll: 'See all results',
    keys: 'Keys: ↓ and ↑ move through the results, Enter opens one, Esc closes.',
    one: '1 result for “{query}”.',
    many: '{count} results for “{query}”.',
    none: 'No results for “{query}”.',
    unavailable: 'Search is not available.',
  },
  timelinePage: {
    title: 'My recovery timeline',
    description: 'Enter the day of your procedure and see what to do and avoid on each day, and when you can go back to your usual routine.',
    lede: 'What to do and avoid each day after your procedure, and when you can start things again.',
    privacy: "Your date stays on this device. It is kept in the page address and in your browser, and never sent anywhere. Your clinician's instructions come first.",
    wordsUsed: 'Words used in your plan',
  },
  /** The timeline island's words (plain strings: they are island props). */
  timeline: TIMELINE_WORDS_EN,
  /** The recovery chart's words. */
  chart: CHART_WORDS_EN,
  guideSections: GUIDE_SECTION_LABELS,
  restrictionCategories: RESTRICTION_CATEGORY_LABELS,
  warningTiers: WARNING_TIER_LABELS,
  evidenceLevels: EVIDENCE_LEVEL_LABELS,
  tipKinds: TIP_KIND_LABELS,
  adviceKinds: ADVICE_KIND_LABELS,
};

export type UiStrings = typeof en;
