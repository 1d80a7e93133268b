/// <reference lib="webworker" />
// The service worker: precaches the whole app so it starts offline, serves index.html for
// every navigation, receives shared bundle files, and activates a new version only when the
// page asks (after it has saved its drafts).
import {
  addRoute,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  getCacheKeyForURL,
  precache,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { withPolicyHeader } from './page-policy';
import { listenForReminders } from './reminder';
import { handleShareTarget, SHARE_TARGET_PATH } from './share-target';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every in-app address opens the shell, with its policy as a header (page-policy.ts); the
// router shows the right screen, offline too. Registered before the precache's own route,
// which would serve "/" and "/index.html" as stored; a file of the app opened in a tab (the
// manifest, an icon) is still that file, from the precache.
const shell = createHandlerBoundToURL('/index.html');
const SHELL_PATHS = new Set(['/', '/index.html']);
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' &&
    !url.pathname.startsWith(SHARE_TARGET_PATH) &&
    (SHELL_PATHS.has(url.pathname) ||
      getCacheKeyForURL(`${url.origin}${url.pathname}`) === undefined),
  async (options) => withPolicyHeader(await shell(options)),
);
addRoute();

registerRoute(
  ({ url, request }) => request.method === 'POST' && url.pathname === SHARE_TARGET_PATH,
  ({ request }) => handleShareTarget(request),
  'POST',
);

// Take control of pages opened before the first install, so the app works offline from the
// first visit. An update never activates by itself: only on the page's SKIP_WAITING message.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

listenForReminders();

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
