/**
 * The few words the pure wording functions (days, windows, overlaps, evidence, routine times) put around the
 * content's facts, per language. Small on purpose: the timeline island imports these functions, and the page
 * passes it its language. Page and component words live in the UI dictionaries (src/i18n/).
 */
import type { EvidenceLevel, Locale } from '../schemas/vocabulary';

const listFormats = new Map<string, Intl.ListFormat>();

/** "A, B and C" (conjunction) or "A, B or C" (disjunction) in a language; each formatter made once and reused. */
export function joinList(items: readonly string[], lang: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${lang} ${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(lang, { type });
    listFormats.set(key, format);
  }
  return format.format(items);
}

/** "through day 3" -> "Through day 3": the start of a sentence, heading or table cell. */
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface LibWords {
  /** "day 3" */
  day: (n: number) => string;
  /** "Day 3" (capitalized, as a heading or table cell) */
  Day: (n: number) => string;
  /** "through day 3" */
  through: (day: string) => string;
  /** "from day 2 through day 5" */
  fromThrough: (first: string, last: string) => string;
  /** "Days 4 to 7" */
  days: (first: number, last: number) => string;
  /** "3 days before" */
  daysBefore: (n: number) => string;
  /** "13 to 9 days before" */
  daysBeforeRange: (first: number, last: number) => string;
  /** "The day before", "On the day" */
  dayBefore: string;
  onTheDay: string;
  /** "Day 0: procedure day" */
  procedureDayTitle: string;
  /** "day 0 (the day of your procedure)" */
  procedureDayNote: string;
  /** The day convention, in two sentences. */
  convention: string;
  /** "and", joining two or more names. */
  and: string;
  /** "Avoid through day 3. Start again on day 4." (who: "RF", or empty when it is for every type) */
  avoid: (span: string, resume: string, who: string) => string;
  /** " for RF" */
  forWho: (who: string) => string;
  /** Overlap notes ("which date wins"). */
  overlapWider: (which: string, wider: string, when: string) => string;
  overlapNarrower: (which: string, when: string) => string;
  overlapWhen: (through: string, resume: string) => string;
  /** Evidence levels in one sentence each, and the clinic-advice sentence with its range. */
  evidence: Record<EvidenceLevel, string>;
  clinicRange: (range: string, dated: boolean) => string;
  /** A tip's range, short, after its instruction (the timeline's note on the day a restriction ends). */
  clinicsSay: (range: string) => string;
  /** Routine times. */
  morningAndNight: string;
  morningOnly: string;
  nightOnly: string;
  /** "Not for RF microneedling." */
  notFor: (names: string) => string;
  /** "morning", "night" inside a sentence ("(night only)"). */
  timeOnly: (time: string) => string;
  /** The timeline's headline for a dated plan. */
  headline: {
    before: (days: number, date: string) => string;
    procedureDay: string;
    recovery: (day: number) => string;
    after: (date: string, day: number) => string;
  };
  /** "Already past: show 12 days" (a folded phase). */
  overShow: (days: number) => string;
  /** Plan phases. */
  beforeProcedure: string;
  backToNormal: string;
  fromDayBackToNormal: (day: number) => string;
  /** Messages about a bad date or type (the value comes quoted). */
  params: {
    notRealDate: (value: string) => string;
    cannotReadDate: (value: string) => string;
    tooFar: string;
    unknownType: (value: string) => string;
    storedDate: string;
    storedType: string;
    storedPlan: string;
    missingDate: string;
  };
  /** Overlap sentences on the handout ("A and B are also chemical exfoliators: follow the date for ..."). */
  overlapSummary: (wider: string, rule: string) => string;
  followDateFor: (label: string) => string;
  laterWins: string;
  /** Clinic details' labels. */
  clinic: { name: string; phone: string; afterHoursPhone: string; address: string; website: string; email: string };
  /** The calendar file's events. */
  calendar: {
    heading: (procedure: string, day: number) => string;
    startAgain: (heading: string, labels: string) => string;
    recoveryEnded: (day: number) => string;
    startToday: string;
    yourPlan: (url: string) => string;
  };
}

const en: LibWords = {
  day: (n) => `day ${n}`,
  Day: (n) => `Day ${n}`,
  through: (day) => `through ${day}`,
  fromThrough: (first, last) => `from ${first} through ${last}`,
  days: (first, last) => `Days ${first} to ${last}`,
  daysBefore: (n) => `${n} day${n === 1 ? '' : 's'} before`,
  daysBeforeRange: (first, last) => `${first} to ${last} day${last === 1 ? '' : 's'} before`,
  dayBefore: 'The day before',
  onTheDay: 'On the day',
  procedureDayTitle: 'Day 0: procedure day',
  procedureDayNote: ' (the day of your procedure)',
  convention: 'Day 0 is the day of your procedure. Day 1 is the next day.',
  and: 'and',
  avoid: (span, resume, who) => `${who ? `${who}: avoid` : 'Avoid'} ${span}. Start again on ${resume}.`,
  forWho: (who) => ` for ${who}`,
  overlapWider: (which, wider, when) => `${which} are also ${wider}, so the later date wins: ${when}.`,
  overlapNarrower: (which, when) => `This includes ${which}, so the later date wins for them: ${when}.`,
  overlapWhen: (through, resume) => `avoid them ${through} and start again on ${resume}`,
  evidence: {
    'peer-reviewed': 'Published medical research supports this.',
    'professional-body': 'A health authority or professional body gives this advice.',
    'clinic-advice': 'Many clinics advise this, but there is little research on it. Follow your clinician.',
  },
  clinicRange: (range, dated) =>
    `Many clinics advise this, but there is little research on it. Clinics say ${range}${dated ? '; this guide uses the longer end' : ''}. Follow your clinician.`,
  clinicsSay: (range) => `Clinics say ${range}; follow your clinician.`,
  morningAndNight: 'Morning and night',
  morningOnly: 'Morning only',
  nightOnly: 'Night only',
  notFor: (names) => `Not for ${names}.`,
  timeOnly: (time) => `${time} only`,
  headline: {
    before: (days, date) => `Your procedure is in ${days} day${days === 1 ? '' : 's'}, on ${date}.`,
    procedureDay: 'Today is the day of your procedure (day 0).',
    recovery: (day) => `Today is day ${day} of your recovery.`,
    after: (date, day) => `Your recovery period ended on ${date} (day ${day}).`,
  },
  overShow: (days) => `Already past: show ${days} day${days === 1 ? '' : 's'}`,
  beforeProcedure: 'Before your procedure',
  backToNormal: 'Back to your usual routine',
  fromDayBackToNormal: (day) => `From day ${day}: back to your usual routine`,
  params: {
    notRealDate: (value) => `${value} is not a real date. Please choose the date of your procedure.`,
    cannotReadDate: (value) => `We could not read the date ${value}. Please choose the date of your procedure.`,
    tooFar: 'That date is more than a year from today. Please check the date of your procedure.',
    unknownType: (value) => `We do not know the procedure type ${value}. Please choose one from the list.`,
    storedDate: 'We could not read the saved date. Please choose the date of your procedure.',
    storedType: 'We could not read the saved procedure type. Please choose one from the list.',
    storedPlan: 'Your saved plan could not be read, so we started a new one.',
    missingDate: 'Please choose the date of your procedure.',
  },
  overlapSummary: (wider, rule) => ` are also ${wider}: ${rule}.`,
  followDateFor: (label) => `follow the date for ${label}`,
  laterWins: 'the later of the two dates wins',
  clinic: { name: 'Name', phone: 'Phone', afterHoursPhone: 'After hours', address: 'Address', website: 'Website', email: 'Email' },
  calendar: {
    heading: (procedure, day) => `${procedure}, day ${day}`,
    startAgain: (heading, labels) => `${heading}: you can start again: ${labels}`,
    recoveryEnded: (day) => `The recovery period in this guide ended yesterday (day ${day}).`,
    startToday: 'You can start these again today:',
    yourPlan: (url) => `Your plan: ${url}`,
  },
};

const es: LibWords = {
  day: (n) => `día ${n}`,
  Day: (n) => `Día ${n}`,
  through: (day) => `hasta el ${day}`,
  fromThrough: (first, last) => `del ${first} al ${last}`,
  days: (first, last) => `Días ${first} a ${last}`,
  daysBefore: (n) => `${n} día${n === 1 ? '' : 's'} antes`,
  daysBeforeRange: (first, last) => `De ${first} a ${last} día${last === 1 ? '' : 's'} antes`,
  dayBefore: 'El día antes',
  onTheDay: 'El mismo día',
  procedureDayTitle: 'Día 0: día del tratamiento',
  procedureDayNote: ' (el día del tratamiento)',
  convention: 'El día 0 es el día de su tratamiento. El día 1 es el día siguiente.',
  and: 'y',
  avoid: (span, resume, who) => `${who ? `${who}: evítelo` : 'Evítelo'} ${span}. Puede volver a empezar el ${resume}.`,
  forWho: (who) => ` para ${who}`,
  overlapWider: (which, wider, when) => `${which} también son ${wider}, así que vale la fecha más tardía: ${when}.`,
  overlapNarrower: (which, when) => `Esto incluye ${which}, así que para ellos vale la fecha más tardía: ${when}.`,
  overlapWhen: (through, resume) => `evítelos ${through} y vuelva a usarlos el ${resume}`,
  evidence: {
    'peer-reviewed': 'Hay estudios médicos publicados que lo respaldan.',
    'professional-body': 'Lo aconseja una autoridad de salud o una asociación profesional.',
    'clinic-advice': 'Muchas clínicas aconsejan esto, pero hay pocos estudios. Siga las indicaciones de su profesional de salud.',
  },
  clinicRange: (range, dated) =>
    `Muchas clínicas aconsejan esto, pero hay pocos estudios. Las clínicas dicen ${range}${dated ? '; esta guía usa el plazo más largo' : ''}. Siga las indicaciones de su profesional de salud.`,
  clinicsSay: (range) => `Las clínicas dicen ${range}; siga las indicaciones de su profesional de salud.`,
  morningAndNight: 'Mañana y noche',
  morningOnly: 'Solo en la mañana',
  nightOnly: 'Solo en la noche',
  notFor: (names) => `No es para ${names}.`,
  timeOnly: (time) => `solo en la ${time === 'morning' ? 'mañana' : time === 'night' ? 'noche' : time}`,
  headline: {
    before: (days, date) => `Su tratamiento es en ${days} día${days === 1 ? '' : 's'}, el ${date}.`,
    procedureDay: 'Hoy es el día de su tratamiento (día 0).',
    recovery: (day) => `Hoy es el día ${day} de su recuperación.`,
    after: (date, day) => `Su período de recuperación terminó el ${date} (día ${day}).`,
  },
  overShow: (days) => `Ya pasó: mostrar ${days} día${days === 1 ? '' : 's'}`,
  beforeProcedure: 'Antes de su tratamiento',
  backToNormal: 'Vuelve a su rutina de siempre',
  fromDayBackToNormal: (day) => `Desde el día ${day}: vuelve a su rutina de siempre`,
  params: {
    notRealDate: (value) => `${value} no es una fecha real. Elija la fecha de su tratamiento.`,
    cannotReadDate: (value) => `No pudimos leer la fecha ${value}. Elija la fecha de su tratamiento.`,
    tooFar: 'Esa fecha está a más de un año de hoy. Revise la fecha de su tratamiento.',
    unknownType: (value) => `No conocemos el tipo de tratamiento ${value}. Elija uno de la lista.`,
    storedDate: 'No pudimos leer la fecha guardada. Elija la fecha de su tratamiento.',
    storedType: 'No pudimos leer el tipo de tratamiento guardado. Elija uno de la lista.',
    storedPlan: 'No pudimos leer su plan guardado, así que empezamos uno nuevo.',
    missingDate: 'Elija la fecha de su tratamiento.',
  },
  overlapSummary: (wider, rule) => ` también son ${wider}: ${rule}.`,
  followDateFor: (label) => `siga la fecha de ${label}`,
  laterWins: 'vale la fecha más tardía de las dos',
  clinic: { name: 'Nombre', phone: 'Teléfono', afterHoursPhone: 'Fuera de horario', address: 'Dirección', website: 'Sitio web', email: 'Correo electrónico' },
  calendar: {
    heading: (procedure, day) => `${procedure}, día ${day}`,
    startAgain: (heading, labels) => `${heading}: puede volver a empezar: ${labels}`,
    recoveryEnded: (day) => `El período de recuperación de esta guía terminó ayer (día ${day}).`,
    startToday: 'Desde hoy puede volver a empezar con esto:',
    yourPlan: (url) => `Su plan: ${url}`,
  },
};

/** Fills `{name}` places in a dictionary string ("{count} results for “{query}”."). */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

export const LIB_WORDS: Record<Locale, LibWords> = { en, es };

/** The words for a language. */
export const libWords = (lang: Locale = 'en'): LibWords => LIB_WORDS[lang];
