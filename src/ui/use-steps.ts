// A long screen drawn in steps: each step renders in its own task after the previous one was
// painted, so the first part shows at once and input is answered between steps. Used by the
// self-investigation's results (src/features/zkm/views/result-steps.ts says what each step holds).
import { useEffect, useState } from 'preact/hooks';

/** Runs `next` in a new task after the next painted frame; returns a cancel. */
function afterPaint(next: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Without frames (a hidden tab) the steps wait until the page shows again, as painting does.
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(next, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(next, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
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
