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

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
