/**
 * The build error for a content mistake: what is wrong and in which file, and what to do, printed by Astro
 * without a stack trace into the code (the code is not what the clinic needs to fix).
 */
import { AstroError } from 'astro/errors';

export function contentError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.name = 'ContentError';
  error.stack = '';
  // Astro swaps the hint for one about browser APIs when an error's text contains "window" (as in
  // `windows.0.lastDay`); the short name keeps this error's own hint.
  error.toString = () => error.name;
  return error;
}
