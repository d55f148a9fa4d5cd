/**
 * Overlapping rows: some products of one restriction also belong to a wider one (AHA peels are chemical
 * exfoliators; a vitamin C scrub is a scrub). The wider row lists the narrower under `includes`; the narrower
 * declares the overlap (`overlaps: [{ with, which }]`) and names which of its products fall under the wider row.
 * For those products the later date of the two wins. This module checks the declarations (the build fails on
 * an undeclared overlap, naming the files) and words the "which date wins" note every place shows. Pure.
 */
import { dayLabel, resumeDay, throughDayLabel } from './days';
import type { PlanProcedure, PlanRestriction } from './plan';
import { describeGroups, groupWindows } from './windows';
import { libWords } from './words';
import type { Locale } from '../schemas/vocabulary';

type OverlapRow = PlanRestriction;
type OverlapWindow = PlanRestriction['windows'][number];
const includesOf = (r: OverlapRow) => r.includes ?? [];
const overlapsOf = (r: OverlapRow) => r.overlaps ?? [];

/** The file a row comes from, for messages, when the caller does not say. */
const defaultFileOf = (id: string) => `content/restrictions/${id}.yaml`;

/** True when two rows end on a different day for some procedure type they share. */
export function datesDiffer(a: OverlapRow, b: OverlapRow): boolean {
  return a.windows.some((wa) => {
    const wb = b.windows.find((w) => w.procedure === wa.procedure);
    return wb !== undefined && (wb.lastDay !== wa.lastDay || wb.firstDay !== wa.firstDay);
  });
}

/** Every problem with the overlap declarations, as build-error lines naming the files; empty when all is well. */
export function overlapProblems(rows: readonly OverlapRow[], fileOf: (id: string) => string = defaultFileOf): string[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const known = [...byId.keys()].join(', ');
  const problems: string[] = [];
  for (const wide of rows) {
    for (const id of includesOf(wide)) {
      const narrow = byId.get(id);
      if (!narrow) {
        problems.push(`${fileOf(wide.id)}: includes "${id}", which is not a restriction. Known: ${known}`);
        continue;
      }
      const declared = overlapsOf(narrow).some((o) => o.with === wide.id);
      if (!declared && datesDiffer(narrow, wide)) {
        problems.push(
          `${fileOf(wide.id)} includes "${id}" and their dates differ, but ${fileOf(id)} does not say which date wins. ` +
            `Add to ${fileOf(id)}: overlaps: [{ with: ${wide.id}, which: "<which of its products are also ${lowerFirst(wide.label)}>" }]`,
        );
      }
    }
  }
  for (const narrow of rows) {
    for (const o of overlapsOf(narrow)) {
      const wide = byId.get(o.with);
      if (!wide) problems.push(`${fileOf(narrow.id)}: overlaps.with "${o.with}" is not a restriction. Known: ${known}`);
      else if (!includesOf(wide).includes(narrow.id)) {
        problems.push(`${fileOf(narrow.id)} declares an overlap with "${o.with}", but ${fileOf(o.with)} does not list "${narrow.id}" under includes.`);
      }
    }
  }
  return problems;
}

/** "Chemical exfoliators" -> "chemical exfoliators"; "AHA peels" stays as it is. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** For each procedure type both rows apply to, the later of the two windows. */
function laterWindows(a: OverlapRow, b: OverlapRow): OverlapWindow[] {
  return a.windows.flatMap((wa) => {
    const wb = b.windows.find((w) => w.procedure === wa.procedure);
    if (!wb) return [];
    return [wb.lastDay > wa.lastDay ? wb : wa];
  });
}

/** One "which date wins" sentence. */
export interface OverlapNote {
  /** The other row of the pair. */
  other: string;
  text: string;
}

/**
 * The "which date wins" sentences for one row: one per declared overlap it is part of, from either side.
 * Only overlaps whose dates differ need a note.
 */
export function overlapNotes(rows: readonly OverlapRow[], procedures: readonly PlanProcedure[], id: string, lang: Locale = 'en'): OverlapNote[] {
  const words = libWords(lang);
  const row = rows.find((r) => r.id === id);
  if (!row) return [];
  const when = (a: OverlapRow, b: OverlapRow) =>
    describeGroups(
      groupWindows({ id: a.id, label: a.label, windows: laterWindows(a, b) }, procedures, lang),
      (g) => words.overlapWhen(throughDayLabel(g.lastDay, lang), dayLabel(resumeDay(g.lastDay), lang)),
      false,
      lang,
    );
  const notes: OverlapNote[] = [];
  for (const o of overlapsOf(row)) {
    const wide = rows.find((r) => r.id === o.with);
    if (!wide || !datesDiffer(row, wide)) continue;
    notes.push({ other: wide.id, text: words.overlapWider(o.which, lowerFirst(wide.label), when(row, wide)) });
  }
  for (const narrow of rows) {
    const o = overlapsOf(narrow).find((x) => x.with === row.id);
    if (!o || !datesDiffer(narrow, row)) continue;
    notes.push({ other: narrow.id, text: words.overlapNarrower(lowerFirst(o.which), when(narrow, row)) });
  }
  return notes;
}

/** The row whose date is later for every procedure type both apply to, if one is. */
function laterRow(a: OverlapRow, b: OverlapRow): OverlapRow | undefined {
  const shared = a.windows.flatMap((wa) => {
    const wb = b.windows.find((w) => w.procedure === wa.procedure);
    return wb ? [wb.lastDay - wa.lastDay] : [];
  });
  if (shared.every((d) => d > 0)) return b;
  if (shared.every((d) => d < 0)) return a;
  return undefined;
}

/**
 * One date-free sentence per declared overlap whose dates differ, for places that show both rows together
 * with their own dates (the handout's table, with day numbers or the reader's dates).
 */
export function overlapSummary(rows: readonly OverlapRow[], lang: Locale = 'en'): string[] {
  const words = libWords(lang);
  // Overlaps with the same wider row and the same rule share one sentence ("A and B are also ...").
  const sentences = new Map<string, string[]>();
  for (const narrow of rows) {
    for (const o of overlapsOf(narrow)) {
      const wide = rows.find((r) => r.id === o.with);
      if (!wide || !datesDiffer(narrow, wide)) continue;
      const later = laterRow(narrow, wide);
      const rule = later ? words.followDateFor(lowerFirst(later.label)) : words.laterWins;
      const tail = words.overlapSummary(lowerFirst(wide.label), rule);
      sentences.set(tail, [...(sentences.get(tail) ?? []), o.which]);
    }
  }
  return [...sentences].map(([tail, which]) => `${which.map((w, i) => (i === 0 ? w : lowerFirst(w))).join(` ${words.and} `)}${tail}`);
}
