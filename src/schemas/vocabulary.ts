/**
 * Allowed values, defined once. Schemas (`z.enum`), components and type guards all read these arrays,
 * so adding a value here is the only change needed to allow it.
 */

/** Languages the site can be published in; English is always the default, at the site root. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
/** The default language: its pages live at the site root, the others under `/<lang>/`. */
export const DEFAULT_LOCALE: Locale = 'en';
/** Whether a value is one of LOCALES. */
export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** Groups of things to avoid, used to sort the avoid table and to filter search. */
export const RESTRICTION_CATEGORIES = [
  'sun',
  'water',
  'makeup',
  'tools',
  'active-ingredients',
  'skincare-products',
  'activities',
] as const;
export type RestrictionCategory = (typeof RESTRICTION_CATEGORIES)[number];

/** Plain-language headings for each restriction category. */
export const RESTRICTION_CATEGORY_LABELS: Record<RestrictionCategory, string> = {
  sun: 'Sun and heat',
  water: 'Water',
  makeup: 'Makeup',
  tools: 'Tools',
  'active-ingredients': 'Strong skin-care ingredients',
  'skincare-products': 'Other skin-care products',
  activities: 'Activities',
};

/** When a routine step is done. */
export const ROUTINE_TIMES = ['morning', 'night'] as const;
export type RoutineTime = (typeof ROUTINE_TIMES)[number];

/**
 * How urgent a warning sign is: get urgent care now, or call your clinic soon. Listed urgent first, the
 * order every list of warning signs uses: it is what a worried reader needs to see first.
 */
export const WARNING_TIERS = ['urgent', 'contact-clinic'] as const;
export type WarningTier = (typeof WARNING_TIERS)[number];

/** Headings for each warning tier, shown on the site and the handout. */
export const WARNING_TIER_LABELS: Record<WarningTier, string> = {
  'contact-clinic': 'Call your clinic soon if you notice',
  urgent: 'Get urgent care now if you have',
};

/** Sections of the guide, in the order the navigation shows them. */
export const GUIDE_SECTIONS = ['basics', 'aftercare', 'help'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** Headings for each guide section. */
export const GUIDE_SECTION_LABELS: Record<GuideSection, string> = {
  basics: 'The basics',
  aftercare: 'Caring for your skin',
  help: 'Help and sources',
};

/**
 * How strong the support for a fact is: published research, a professional or government health body, or
 * advice that many clinics give but that has little or no research behind it (clinic handouts disagree).
 */
export const EVIDENCE_LEVELS = ['peer-reviewed', 'professional-body', 'clinic-advice'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** Short plain-language names of each evidence level, for tables and badges. */
export const EVIDENCE_LEVEL_LABELS: Record<EvidenceLevel, string> = {
  'peer-reviewed': 'Backed by research',
  'professional-body': 'Health authority advice',
  'clinic-advice': 'Common clinic advice',
};

/** Kinds of tips: a good habit, or a question to ask your clinician first (when sources disagree or are missing). */
export const TIP_KINDS = ['habit', 'ask-clinician'] as const;
export type TipKind = (typeof TIP_KINDS)[number];

/** Headings for each kind of tip. */
export const TIP_KIND_LABELS: Record<TipKind, string> = {
  habit: 'Good habits while you heal',
  'ask-clinician': 'Ask your clinician first',
};

/** Kinds of advice, used as a search filter. */
export const ADVICE_KINDS = ['avoid', 'routine', 'warning-sign', 'preparation', 'guide', 'expected', 'tip'] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];

/** Plain-language names of each kind of advice, for the search filter and result labels. */
export const ADVICE_KIND_LABELS: Record<AdviceKind, string> = {
  avoid: 'What to avoid',
  routine: 'Daily routine',
  'warning-sign': 'Warning sign',
  preparation: 'Getting ready',
  guide: 'Guide page',
  expected: 'What is normal',
  tip: 'Tip',
};

/** Type guard for values read from outside (URL, storage). */
export function isOneOf<const T extends readonly string[]>(values: T, value: unknown): value is T[number] {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
