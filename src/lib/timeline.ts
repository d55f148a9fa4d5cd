/**
 * What the timeline island says, as pure functions of the plan (no DOM, no Preact): the days grouped by
 * phase, the headline about today, and the short lines the day list shows. The island only renders these.
 */
import { addCalendarDays, type IsoDate } from './days';
import { joinList, libWords } from './words';
import type { Locale } from '../schemas/vocabulary';
import type { Plan, PlanDay, PlanPhase, PlanText } from './plan';

/** The plan's days under their phases, in order; a phase with no days in the plan is left out. */
export function daysByPhase(plan: Plan): { phase: PlanPhase; days: PlanDay[] }[] {
  return plan.phases
    .map((phase) => ({ phase, days: plan.days.filter((d) => d.phase === phase.id) }))
    .filter((group) => group.days.length > 0);
}

/** The line that opens a phase the reader is past (a dated plan folds it away): "Over: show 4 days". */
export function overPhaseSummary(dayCount: number, lang: Locale = 'en'): string {
  return libWords(lang).overShow(dayCount);
}

/** The first sentence about today, for a dated plan: where the reader is in their recovery. */
export function headline(plan: Plan, formatDate: (date: IsoDate) => string, lang: Locale = 'en'): string | undefined {
  const s = plan.summary;
  const words = libWords(lang).headline;
  if (!s || !plan.procedureDate) return undefined;
  switch (s.stage) {
    case 'before':
      return words.before(-s.day, formatDate(plan.procedureDate));
    case 'procedure-day':
      return words.procedureDay;
    case 'recovery':
      return words.recovery(s.day);
    case 'after': {
      const lastDay = plan.recoveryEnd.day - 1;
      return words.after(formatDate(addCalendarDays(plan.procedureDate, lastDay)), lastDay);
    }
  }
}

/** The label of an item by id, from the content's words (the id itself if it has none). */
export function labelOf(id: string, items: readonly { id: string; label: string }[]): string {
  return items.find((x) => x.id === id)?.label ?? id;
}

/**
 * The notes of the things a day lists, each said once: a note several of them share (word for word) goes
 * under the list with their names, so a reader does not read the same paragraph three times; a note of one
 * stays with it (`inline`).
 */
export function notesOf(
  ids: readonly string[],
  items: readonly { id: string; label: string; note?: string | undefined }[],
): { inline: Map<string, string>; shared: { labels: string[]; note: string }[] } {
  const byNote = new Map<string, string[]>();
  for (const id of ids) {
    const note = items.find((x) => x.id === id)?.note;
    if (note) byNote.set(note, [...(byNote.get(note) ?? []), id]);
  }
  const inline = new Map<string, string>();
  const shared: { labels: string[]; note: string }[] = [];
  for (const [note, withIt] of byNote) {
    if (withIt.length === 1) inline.set(withIt[0]!, note);
    else shared.push({ labels: withIt.map((id) => labelOf(id, items)), note });
  }
  return { inline, shared };
}

/** A day's routine in one line: "Cleanse, Sunscreen (morning only), Repair serum". */
export function routineLine(ids: readonly string[], text: Pick<PlanText, 'routine'>, lang: Locale = 'en'): string {
  return ids
    .map((id) => {
      const step = text.routine.find((r) => r.id === id);
      return step ? `${step.label}${step.times.length === 1 ? ` (${libWords(lang).timeOnly(step.times[0]!)})` : ''}` : id;
    })
    .join(', ');
}

/** "A, B and C": items joined for a sentence. */
export function listInWords(items: readonly string[], lang: Locale = 'en'): string {
  return joinList(items, lang);
}
