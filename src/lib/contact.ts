/** Contact links: the one way a phone number becomes a link, used by every page and the handout. */

/**
 * Whether a phone number can become a working `tel:` link: digits, with only + ( ) - . / and spaces
 * between them, and at least 3 digits. Letters ("555-CALL-NOW", "ext. 12") would be dropped from the link
 * and dial a different number.
 */
export function isDialable(phone: string): boolean {
  return /^\+?[\d\s().\-/]+$/.test(phone.trim()) && (phone.match(/\d/g)?.length ?? 0) >= 3;
}

/**
 * A phone number as a `tel:` link target: digits and a leading +. An international number's optional
 * trunk zero, written "(0)" as in "+44 (0)20 ...", is not dialled from abroad, so it is left out.
 */
export function telHref(phone: string): string {
  const international = phone.trim().startsWith('+');
  return `tel:${(international ? phone.replace(/\(0\)/g, '') : phone).replace(/[^+\d]/g, '')}`;
}
