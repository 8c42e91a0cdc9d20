/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa in injectManifest mode, served as /sw.js): the app
 * opens, and interview mode reloads, without a network.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

import {
  API_CACHE,
  applySavedWrite,
  endsSession,
  keepsOffline,
  scorecardPath,
  scorecardWrite,
} from './offline-api';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

// The built shell: index.html and every hashed file (each screen's chunk too), replaced as a whole
// when a new build's worker takes over.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// A reload of any screen gets the shell; the API and its docs are never answered with it.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(?:\/|$)/] }),
);

const clearApiCache = () => caches.delete(API_CACHE);

// The network first, always: the copy is only for when the network fails or takes over 3 s.
registerRoute(
  ({ request, sameOrigin }) => sameOrigin && keepsOffline(request),
  new NetworkFirst({
    cacheName: API_CACHE,
    networkTimeoutSeconds: 3,
    matchOptions: { ignoreVary: true },
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      // Today's interviews: a day old is no longer worth keeping.
      new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 24 * 60 * 60 }),
      {
        // The session is gone: its copies go too (shared computers on a call-center floor).
        fetchDidSucceed: async ({ response }) => {
          if (response.status === 401) await clearApiCache();
          return response;
        },
      },
    ],
  }),
);

// Saves pass through unchanged; their responses keep the kept scorecard as current as the server.
let patching: Promise<unknown> = Promise.resolve();
async function keepScorecardCurrent(request: Request, response: Response): Promise<void> {
  const url = new URL(request.url);
  const write = scorecardWrite(request.method, url.pathname);
  if (!write || !response.ok) return;
  const saved: unknown = await response.json();
  const cache = await caches.open(API_CACHE);
  const key = new URL(scorecardPath(write.scorecardId), url.origin).href;
  const cached = await cache.match(key, { ignoreVary: true });
  if (!cached) return; // only what is already kept, never more
  const next = applySavedWrite(await cached.json(), write, saved);
  if (next === null) return;
  await cache.put(key, new Response(JSON.stringify(next), { headers: cached.headers }));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const ending = endsSession(request.method, url.pathname);
  if (!ending && !scorecardWrite(request.method, url.pathname)) return;
  event.respondWith(
    fetch(request).then((response) => {
      const after = ending
        ? startSession(url, response.clone())
        : (patching = patching.then(() =>
            keepScorecardCurrent(request, response.clone()).catch(() => undefined),
          ));
      event.waitUntil(after);
      return response;
    }),
  );
});

/**
 * Signing in or out forgets what the previous session kept. A sign-in answers with who is signed
 * in, exactly what GET /api/auth/me answers: kept as that, so the app opens offline right after.
 */
async function startSession(url: URL, response: Response): Promise<void> {
  await clearApiCache();
  if (url.pathname !== '/api/auth/login' || response.status !== 200) return;
  const cache = await caches.open(API_CACHE);
  await cache.put(new URL('/api/auth/me', url.origin).href, response);
}

// A new build waits until the user chooses to reload (the update prompt sends this).
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if (isSkipWaiting(event.data)) void self.skipWaiting();
});
const isSkipWaiting = (data: unknown) =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING';

// The first worker takes the open page at once, so it works offline without a reload.
clientsClaim();
