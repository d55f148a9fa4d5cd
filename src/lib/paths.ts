/**
 * Joins the site's base path (`/` or `/aftercare/` for a sub-path deploy) and a root-relative page path,
 * so every link keeps working wherever the site is deployed.
 */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

/** Removes the base path from a pathname, to compare the current page with a link. */
export function withoutBase(base: string, pathname: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return trimmedBase && pathname.startsWith(trimmedBase) ? pathname.slice(trimmedBase.length) || '/' : pathname;
}
