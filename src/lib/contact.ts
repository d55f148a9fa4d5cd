/** Contact links: the one way a phone number becomes a link, used by every page and the handout. */

/** A phone number as a `tel:` link target: digits and a leading +. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}
