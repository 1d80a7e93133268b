// A long screen drawn in steps: each step renders after the previous one was painted, in the
// browser's next idle period, so the first part shows at once and a tap or a scroll is always
// answered before the next step. Used by the self-investigation's results
// (src/features/zkm/views/result-steps.ts says what each step holds).
import { useEffect, useState } from 'preact/hooks';

/** The longest a step waits for an idle period when the page is never idle, ms. */
const STEP_TIMEOUT = 200;

/**
 * Runs `next` after the next painted frame, in an idle period (a new task otherwise, where the
 * browser has no idle callbacks); returns a cancel.
 */
function afterPaint(next: () => void): () => void {
  let cancelLater: (() => void) | undefined;
  const later = () => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(next, { timeout: STEP_TIMEOUT });
      cancelLater = () => cancelIdleCallback(handle);
    } else {
      const timer = setTimeout(next, 0);
      cancelLater = () => clearTimeout(timer);
    }
  };
  // Without frames (a hidden tab) the steps wait until the page shows again, as painting does.
  if (typeof requestAnimationFrame !== 'function') {
    later();
    return () => cancelLater?.();
  }
  const frame = requestAnimationFrame(later);
  return () => {
    cancelAnimationFrame(frame);
    cancelLater?.();
  };
}

/** The number of steps shown so far, from 1 up to `total`, one more after each paint. */
export function useSteps(total: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= total) return;
    return afterPaint(() => setShown((step) => step + 1));
  }, [shown, total]);
  return Math.min(shown, Math.max(1, total));
}
