// Auto-lock while the lock is on and open: after the chosen idle time without input, about
// half a minute after the app is hidden (a glance at another app does not lock it), and at
// once when the page is put away (pagehide, which also covers the back-forward cache). While
// hidden, the content is covered, so the app switcher's snapshot shows none of it.
//
// Timers alone are not enough: a phone freezes a hidden page and a laptop sleeps, and neither
// runs timers meanwhile. So every way back (the page shown again, resumed from a freeze, given
// focus, or the first input) first compares the clock with the deadlines, and locks when one
// has passed instead of carrying on where the page left off.

/** How long the app may stay hidden before it locks. */
export const HIDDEN_LOCK_MS = 30_000;

const activity = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
// The ways a page comes back after its timers may have stood still.
const returns = ['focus', 'pageshow'] as const;

/** Starts the timers; `lock` is called at most once per expiry. Returns the function that stops them. */
export function startAutoLock(idleMinutes: number, lock: () => void): () => void {
  const idleMs = idleMinutes * 60_000;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  let lastActivity = Date.now();
  let hiddenSince: number | undefined;

  const expired = () => {
    const now = Date.now();
    if (now - lastActivity >= idleMs) return true;
    return hiddenSince !== undefined && now - hiddenSince >= HIDDEN_LOCK_MS;
  };
  // Locks when a deadline passed while no timer could run; tells whether it did.
  const lockIfExpired = () => {
    if (!expired()) return false;
    clearTimeout(idleTimer);
    clearTimeout(hiddenTimer);
    lock();
    return true;
  };
  const restartIdle = () => {
    clearTimeout(idleTimer);
    lastActivity = Date.now();
    idleTimer = setTimeout(lock, idleMs);
  };
  const onActivity = () => {
    if (!lockIfExpired()) restartIdle();
  };
  const onReturn = () => void lockIfExpired();
  const onVisibility = () => {
    const hidden = document.visibilityState === 'hidden';
    if (hidden) {
      document.documentElement.dataset.covered = '';
      hiddenSince = Date.now();
      clearTimeout(hiddenTimer);
      hiddenTimer = setTimeout(lock, HIDDEN_LOCK_MS);
      return;
    }
    // Still covered while deciding: a lock shows the lock screen, never the content first.
    if (lockIfExpired()) return;
    delete document.documentElement.dataset.covered;
    hiddenSince = undefined;
    clearTimeout(hiddenTimer);
    restartIdle();
  };
  for (const type of activity) addEventListener(type, onActivity, { passive: true, capture: true });
  for (const type of returns) addEventListener(type, onReturn);
  // A page the browser froze (Page Lifecycle) hears `resume` on the document when thawed.
  document.addEventListener('resume', onReturn);
  document.addEventListener('visibilitychange', onVisibility);
  addEventListener('pagehide', lock);
  restartIdle();
  return () => {
    clearTimeout(idleTimer);
    clearTimeout(hiddenTimer);
    for (const type of activity) removeEventListener(type, onActivity, { capture: true });
    for (const type of returns) removeEventListener(type, onReturn);
    document.removeEventListener('resume', onReturn);
    document.removeEventListener('visibilitychange', onVisibility);
    removeEventListener('pagehide', lock);
    delete document.documentElement.dataset.covered;
  };
}
