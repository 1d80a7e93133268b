// What the rating screen does between taps: bring the next unrated term into view when it is
// below the fold (never moving what is on screen otherwise), and remember whether the person
// uses the keyboard, so the keyboard hint is only shown to keyboard users.
import { useEffect, useState } from 'preact/hooks';

/**
 * Scrolls `target` into view only when its bottom is below the visible part of the page
 * (`window.innerHeight`), by the least amount (block "nearest", its scroll-margin included);
 * smoothly unless the person asked for reduced motion. A row already in view is left alone.
 */
export function revealIfBelowFold(target: Element | null | undefined): void {
  if (!target) return;
  const rect = target.getBoundingClientRect();
  const margin = Number.parseFloat(getComputedStyle(target).scrollMarginBottom) || 0;
  if (rect.bottom + margin <= window.innerHeight) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}

// Kept for the session: once a key moved focus, the hint stays for every later item.
let keyboardSeen = false;

/** Keys that mean keyboard use (not typing text: the rating screen has no text field). */
const keyboardKeys = /^(Tab|Arrow(Up|Down|Left|Right)|[0-5])$/;

/**
 * True once the person has used the keyboard on this page (Tab, an arrow or a digit), so
 * the keyboard hint never shows on a touch screen.
 */
export function useKeyboardSeen(): boolean {
  const [seen, setSeen] = useState(keyboardSeen);
  useEffect(() => {
    if (seen) return;
    const onKey = (event: KeyboardEvent) => {
      if (!keyboardKeys.test(event.key)) return;
      keyboardSeen = true;
      setSeen(true);
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [seen]);
  return seen;
}
