// The baseline's service worker: precaches the page and serves every navigation from it, the
// same mechanism as the app's worker (workbox precaching), so both start offline alike.
import { createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

// Typed by hand: this file is checked with the DOM library, not the webworker one.
declare const self: {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
  clients: { claim: () => Promise<void> };
  addEventListener: (
    type: 'activate',
    listener: (event: { waitUntil: (promise: Promise<unknown>) => void }) => void,
  ) => void;
};

precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
