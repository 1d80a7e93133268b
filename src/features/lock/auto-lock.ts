// Auto-lock while the lock is on and open: after the chosen idle time without input, about
// half a minute after the app is hidden (a glance at another app does not lock it), and at
// once when the page is put away (pagehide, which also covers the back-forward cache). While
// hidden, the content is covered, so the app switcher's snapshot shows none of it.

/** How long the app may stay hidden before it locks. */
export const HIDDEN_LOCK_MS = 30_000;

const activity = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/** Starts the timers; `lock` is called at most once per expiry. Returns the function that stops them. */
export function startAutoLock(idleMinutes: number, lock: () => void): () => void {
  const idleMs = idleMinutes * 60_000;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  const restartIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(lock, idleMs);
  };
  const onVisibility = () => {
    const hidden = document.visibilityState === 'hidden';
    if (hidden) document.documentElement.dataset.covered = '';
    else delete document.documentElement.dataset.covered;
    clearTimeout(hiddenTimer);
    if (hidden) hiddenTimer = setTimeout(lock, HIDDEN_LOCK_MS);
    else restartIdle();
  };
  for (const type of activity)
    addEventListener(type, restartIdle, { passive: true, capture: true });
  document.addEventListener('visibilitychange', onVisibility);
  addEventListener('pagehide', lock);
  restartIdle();
  return () => {
    clearTimeout(idleTimer);
    clearTimeout(hiddenTimer);
    for (const type of activity) removeEventListener(type, restartIdle, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
    removeEventListener('pagehide', lock);
    delete document.documentElement.dataset.covered;
  };
}
