import { withBase } from '../lib/paths';

/** A root-relative site path (`/avoid/`) with the deploy's base path in front. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
