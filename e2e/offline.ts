/** Helpers for the offline specs: wait for the service worker, read what it keeps on the device. */
import { serveSite } from '../scripts/lib/static-server.mjs';
import { expect, type Page } from '@playwright/test';

/** Waits until the service worker has saved the site and controls the page. Returns its scope. */
export async function waitForOfflineReady(page: Page): Promise<string> {
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
    }
    return registration.scope;
  });
  // The worker claims open pages when it activates.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  return scope;
}

/** Every URL in the page's Cache Storage, without Workbox's revision parameter, by cache. */
export async function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const result: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      result[name] = (await cache.keys()).map((request) => {
        const url = new URL(request.url);
        url.searchParams.delete('__WB_REVISION__');
        return url.href;
      });
    }
    return result;
  });
}

/** Serves a build on a free port of 127.0.0.1 (a function picks the folder per request); returns its origin and a stop. */
export async function serveBuild(dir: string | (() => string)): Promise<{ origin: string; stop: () => void }> {
  const server = await serveSite({ dir, port: 0 });
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    stop: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
