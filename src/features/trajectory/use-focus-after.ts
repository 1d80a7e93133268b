// Moves focus to an element after the next render: after adding, moving or removing a list
// item the keyboard user lands on the right control instead of at the top of the page.
import { useEffect, useRef } from 'preact/hooks';

/** Returns `focusAfter(selector)`; the element matching it is focused after the next render. */
export function useFocusAfter(): (selector: string) => void {
  const pending = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!pending.current) return;
    const target = document.querySelector<HTMLElement>(pending.current);
    pending.current = undefined;
    target?.focus();
  });
  return (selector: string) => {
    pending.current = selector;
  };
}
