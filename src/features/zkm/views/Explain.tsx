// An explanation one tap away: a toggle button (aria-expanded) whose panel is rendered only
// while open, so forty cards cost no explanation text until someone asks for one. No popover:
// it works by touch, keyboard and screen reader alike, and the text stays in the page flow.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

/** A labelled toggle with its explanation below; `after` sits beside the toggle (a value). */
export function Explain(props: {
  /** What the button shows (the figure's name); also its accessible name. */
  label: ComponentChildren;
  /** Said after the label to screen readers only, e.g. "what it means". */
  hint: string;
  /** The explanation. */
  children: ComponentChildren;
  /** Shown beside the button, e.g. the figure's bar and value. */
  after?: ComponentChildren;
  class?: string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class={`zkm-explain ${props.class ?? ''}`}>
      <button
        type="button"
        class="zkm-explain-toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        <span class="zkm-explain-label">{props.label}</span>
        <span class="visually-hidden">, {props.hint}</span>
        <span class="zkm-explain-mark" aria-hidden="true">
          ?
        </span>
      </button>
      {props.after}
      {open && (
        <div id={id} class="zkm-explain-text">
          {props.children}
        </div>
      )}
    </div>
  );
}
