// "When the device is idle": work that the screen on show does not need (a lazily loaded
// section, the service worker, a search index) waits for it, so the first screen becomes
// interactive first. Safari has no requestIdleCallback; a short timeout stands in for it.
import { useEffect, useState } from 'preact/hooks';

/** Runs `work` at the next idle period (at the latest after `timeout` ms); returns a cancel. */
export function whenIdle(work: () => void, timeout = 2_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, Math.min(timeout, 300));
  return () => clearTimeout(timer);
}

/** False until the first idle period after the component mounted, then true. */
export function useIdle(timeout = 2_000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true), timeout), [timeout]);
  return idle;
}
