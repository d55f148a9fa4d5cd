/** Messages between the page and the service worker (both import this, so the two never drift apart). */

/** Sent by the page's "Reload" button to the waiting worker of a new build: take over now. */
export const SKIP_WAITING = 'SKIP_WAITING';
