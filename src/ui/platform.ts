// What the platform is and can do, for the few places that must say so plainly (installing,
// reminders). Feature detection first; the user agent only where nothing else tells.

/** True when Koers runs as an installed app (home screen, app window). */
export function isStandalone(): boolean {
  return (
    matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

/** True on iPhone and iPad, where a web app cannot notify while closed without a server. */
export function isIos(): boolean {
  // iPadOS reports itself as a Mac; touch support tells them apart.
  return (
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1)
  );
}

/** True where an installed web app can be woken now and then to show a notification. */
export function canNotifyWhenClosed(): boolean {
  return (
    typeof Notification !== 'undefined' &&
    typeof ServiceWorkerRegistration !== 'undefined' &&
    'periodicSync' in ServiceWorkerRegistration.prototype
  );
}
