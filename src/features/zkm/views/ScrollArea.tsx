// A horizontally scrollable area for wide tables on narrow screens, reachable by keyboard.
import type { ComponentChildren } from 'preact';

/** A named, focusable scroll container (keyboard users can scroll it with the arrow keys). */
export function ScrollArea(props: {
  labelledBy: string;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <section
      class={`zkm-scroll ${props.class ?? ''}`}
      aria-labelledby={props.labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable, or keyboard users cannot scroll it (WCAG 2.1.1)
      tabIndex={0}
    >
      {props.children}
    </section>
  );
}
