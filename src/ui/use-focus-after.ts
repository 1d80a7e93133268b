// Moving focus after a render: after adding, moving or removing an item, or after a step
// changes, the keyboard user lands on the right control instead of at the top of the page or
// on a control that no longer exists. The target is looked up after the render that shows it,
// so it may be an element the change itself creates.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * What to focus: an element's id, the first id in a list that is on the page (a fallback for an
 * element the change may have removed), or a ref to the element.
 */
export type FocusTarget = string | readonly string[] | RefObject<HTMLElement | null>;

function elementOf(target: FocusTarget): HTMLElement | null {
  if (typeof target === 'string') return document.getElementById(target);
  if ('current' in target) return target.current;
  for (const id of target) {
    const found = document.getElementById(id);
    if (found) return found;
  }
  return null;
}

function focusTarget(target: FocusTarget, centre = false): void {
  const element = elementOf(target);
  // Brought to the middle of the screen first, for a target far from what was pressed.
  if (centre) element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

/**
 * Returns `focusAfter(target)`: the target is focused after the next render of this component.
 * Asking for it also causes that render, so it works when nothing else changed.
 */
export function useFocusAfter(): (target: FocusTarget) => void {
  // The request is state, not a ref: Preact runs a render's pending effects early when the
  // component renders again before paint, and an effect reading a ref would then see a request
  // made after its own render and look for an element not on the page yet.
  const [request, setRequest] = useState<{ target: FocusTarget } | null>(null);
  useEffect(() => {
    if (request) focusTarget(request.target);
  }, [request]);
  return (target: FocusTarget) => setRequest({ target });
}

/**
 * Focuses `target` after each render in which `trigger` changed, not after the first one: for a
 * change that does not come from this component's own handlers (a step or an address).
 * `centre` scrolls it to the middle of the screen first (a form far below the button pressed).
 */
export function useFocusOnChange(
  target: FocusTarget,
  trigger: unknown,
  options: { centre?: boolean } = {},
): void {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `trigger` is the reason to run; the target is read when it runs.
  useEffect(() => {
    if (first.current) first.current = false;
    else focusTarget(target, options.centre);
  }, [trigger]);
}

/** How `useFocusOnShow` moves focus. */
export interface FocusOnShowOptions {
  /**
   * Wait one animation frame: for a screen shown by navigation, whose own effect runs before
   * the shell's, which would otherwise move focus on to the screen's content.
   */
  afterShell?: boolean;
}

/**
 * Focuses `target` after the first render and after each render in which `trigger` changed:
 * for a part that takes focus as soon as it appears and again for each new thing it shows (a
 * result, an item).
 */
export function useFocusOnShow(
  target: FocusTarget,
  trigger: unknown,
  options: FocusOnShowOptions = {},
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `trigger` is the reason to run; the target is read when it runs.
  useEffect(() => {
    if (!options.afterShell) {
      focusTarget(target);
      return;
    }
    const frame = requestAnimationFrame(() => focusTarget(target));
    return () => cancelAnimationFrame(frame);
  }, [trigger]);
}
