/// <reference lib="webworker" />
/**
 * The service worker (bundled and given its precache list by ./build.ts after Pagefind has indexed the site).
 * It keeps the files of one build on the device (all of them, unless the guide is too large: ./precache.ts),
 * answers from that copy first, and falls back to the network for anything missing or damaged. It never caches another origin or anything outside its scope, and sends nothing.
 */
import { addPlugins, cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { PrecacheEntry } from 'workbox-precaching';
import { SKIP_WAITING } from './messages.ts';
import { keptFor } from './languages.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };


// A copy that is not a complete, successful response counts as missing: the precache then fetches the network.
addPlugins([
  {
    cachedResponseWillBeUsed: async ({ cachedResponse }) => {
      if (!cachedResponse?.ok) return null;
      const body = await cachedResponse.clone().arrayBuffer().catch(() => undefined);
      return body?.byteLength ? cachedResponse : null;
    },
  },
]);

// Every page, script, style, icon, PDF and search file of this build. Pages are asked for as /avoid/ or
// /timeline/?date=…: the query never changes the file, so it is ignored when looking the copy up.
// Only the reader's language (the page registers `sw.js?lang=es`): the other language's pages stay online.
const lang = new URL(self.location.href).searchParams.get('lang') ?? 'en';
const manifest = self.__WB_MANIFEST.filter((entry) => keptFor(typeof entry === 'string' ? entry : entry.url, lang));
precacheAndRoute(manifest, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });

// Caches of older Workbox versions; entries of older builds are removed by the precache itself on activate.
cleanupOutdatedCaches();

// A guide too large to keep whole up front (./precache.ts) keeps its other pages and search files the first
// time they are read: pages from the network first (so they stay current), search files (named by their
// content) from the copy first. Only this site's own files, within the worker's scope.
const scope = new URL(self.registration.scope);
const inScope = (url: URL) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
registerRoute(({ request, url }) => request.mode === 'navigate' && inScope(url), new NetworkFirst({ cacheName: `aftercare-pages-${lang}` }));
registerRoute(
  ({ url }) => inScope(url) && url.pathname.startsWith(`${scope.pathname}pagefind/`),
  new CacheFirst({
    cacheName: 'aftercare-search',
    // Pagefind adds a time stamp to some requests; the file is the same.
    plugins: [{ cacheKeyWillBeUsed: async ({ request }) => request.url.split('?')[0]! }],
  }),
);

// Offline, and no copy of the page (a page this build does not have, or a damaged copy): a short page that
// says so and links home, never the browser's error page. Other requests fail as they would without a worker.
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  return new Response(
    lang === 'es'
      ? '<!doctype html><html lang="es"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
          '<title>No guardada en este dispositivo</title><h1>Esta página todavía no está guardada en este dispositivo</h1>' +
          `<p>Conéctese a internet e intente de nuevo, o <a href="${self.registration.scope}es/">abra la página de inicio de la guía</a>.</p>`
      : '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
          '<title>Not saved on this device</title><h1>This page is not saved on this device yet</h1>' +
          `<p>Connect to the internet and try again, or <a href="${self.registration.scope}">open the guide's home page</a>.</p>`,
    { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'" } },
  );
});

// A new build waits until the reader chooses "Reload" (so a page never changes under them), then takes over.
self.addEventListener('message', (event) => {
  if (event.data?.type === SKIP_WAITING) void self.skipWaiting();
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
