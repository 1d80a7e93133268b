// Keeps the screen awake during a guided session where the browser offers the Screen Wake
// Lock API. The lock is dropped by the browser when the page is hidden, so it is asked for
// again when the page becomes visible; it is released when the session ends or the screen
// is left. Where the API is missing or refused, the session simply goes on.
import { useEffect } from 'preact/hooks';

interface WakeLockSentinelLike {
  released: boolean;
  release: () => Promise<void>;
}

interface WakeLockLike {
  request: (type: 'screen') => Promise<WakeLockSentinelLike>;
}

/** Holds a screen wake lock while `active` is true. */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
    if (!active || !wakeLock) return;
    let sentinel: WakeLockSentinelLike | undefined;
    let live = true;
    const acquire = async () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const next = await wakeLock.request('screen');
        if (live) sentinel = next;
        else void next.release();
      } catch {
        // Refused (battery saver, not allowed): the session works without it.
      }
    };
    const onVisibility = () => void acquire();
    void acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
}
