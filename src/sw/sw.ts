/// <reference lib="webworker" />
// The service worker: precaches the whole app so it starts offline, serves index.html for
// every navigation, receives shared bundle files, and activates a new version only when the
// page asks (after it has saved its drafts).
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { listenForReminders } from './reminder';
import { handleShareTarget, SHARE_TARGET_PATH } from './share-target';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every in-app address opens the shell; the router shows the right screen, offline too.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [new RegExp(`^${SHARE_TARGET_PATH}`)],
  }),
);

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
