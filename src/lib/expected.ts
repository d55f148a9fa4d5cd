/**
 * What is normal on each day after the procedure: the expected effects (content/expected-effects) whose
 * usual days for the chosen procedure type include that day. Pure, so the timeline (whatever shape its day
 * list takes) and the handout ask the same question of the same data.
 */
import { dayLabel } from './days';
import { capitalize, libWords } from './words';
import type { Locale } from '../schemas/vocabulary';

/** An expected effect as these functions need it: its id, its label and its usual days per procedure type. */
export interface ExpectedEffect {
  id: string;
  label: string;
  windows: readonly { procedure: string; firstDay: number; lastDay: number }[];
}

/** The window of an effect for a procedure type, if it happens after that type. */
export function expectedWindow(effect: ExpectedEffect, procedure: string) {
  return effect.windows.find((w) => w.procedure === procedure);
}

/** The effects to expect on a day after a procedure type, in the order given (content order). */
export function expectedOn<T extends ExpectedEffect>(effects: readonly T[], procedure: string, day: number): T[] {
  return effects.filter((effect) => {
    const w = expectedWindow(effect, procedure);
    return w !== undefined && day >= w.firstDay && day <= w.lastDay;
  });
}

/** Whether the effect is still expected after today: it goes on tomorrow too. */
export function continuesAfter(effect: ExpectedEffect, procedure: string, day: number): boolean {
  const w = expectedWindow(effect, procedure);
  return w !== undefined && day < w.lastDay;
}

/** "Day 0", "Days 2 to 7": an effect's usual days, for a list that starts each line with them. */
export function expectedDaysLabel(firstDay: number, lastDay: number, lang: Locale = 'en'): string {
  if (firstDay === lastDay) return capitalize(dayLabel(firstDay, lang));
  return libWords(lang).days(firstDay, lastDay);
}


/**
 * One line per effect for a short "what is normal" block (the handout): its days, once when every
 * procedure type it happens after shares them, else once per type ("RF: days 0 to 7"), and which types
 * it is for when not all.
 */
export interface ExpectedLine {
  id: string;
  label: string;
  /** Each window, with the short names of the procedure types it is for ([] when it is for every type). */
  when: { procedures: string[]; firstDay: number; lastDay: number }[];
}

export function expectedLines(
  effects: readonly ExpectedEffect[],
  procedures: readonly { id: string; shortName: string }[],
): ExpectedLine[] {
  return effects.map((effect) => {
    const when: ExpectedLine['when'] = [];
    for (const p of procedures) {
      const w = expectedWindow(effect, p.id);
      if (!w) continue;
      const same = when.find((x) => x.firstDay === w.firstDay && x.lastDay === w.lastDay);
      if (same) same.procedures.push(p.shortName);
      else when.push({ procedures: [p.shortName], firstDay: w.firstDay, lastDay: w.lastDay });
    }
    const forAll = when.length === 1 && when[0]!.procedures.length === procedures.length;
    return { id: effect.id, label: effect.label, when: forAll ? [{ ...when[0]!, procedures: [] }] : when };
  });
}
