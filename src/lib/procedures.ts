import { joinList, libWords } from './words';
import type { Locale } from '../schemas/vocabulary';
/** Wording about procedure types. Pure. */

/** "Not for RF microneedling." for an entry that leaves types out on purpose (`notFor`); empty otherwise. */
export function notForLabel(notFor: readonly string[], procedures: readonly { id: string; name: string }[], lang: Locale = 'en'): string {
  const names = procedures.filter((p) => notFor.includes(p.id)).map((p) => p.name);
  return names.length > 0 ? libWords(lang).notFor(joinList(names, lang, 'disjunction')) : '';
}
