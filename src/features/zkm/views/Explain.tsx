// An explanation one tap away: a toggle button (aria-expanded) whose panel is rendered only
// while open, so forty cards cost no explanation text until someone asks for one. No popover:
// it works by touch, keyboard and screen reader alike, and the text stays in the page flow.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

/** What an explanation shows: its toggle's label, hint and neighbour, and the panel. */
interface ExplainParts {
  /** What the button shows (the figure's name); also its accessible name. */
  label: ComponentChildren;
  /** Said after the label to screen readers only, e.g. "what it means". */
  hint: string;
  /** The explanation. */
  children: ComponentChildren;
  /** Shown beside the button, e.g. the figure's bar and value. */
  after?: ComponentChildren;
  class?: string;
}

/**
 * The markup of an explanation whose open state someone else keeps (a card keeps one state
 * for all its figures, so forty cards are forty stateful components, not four hundred).
 */
export function ExplainView(
  props: ExplainParts & { open: boolean; id: string; onToggle: () => void },
) {
  return (
    <div class={`zkm-explain ${props.class ?? ''}`}>
      <button
        type="button"
        class="zkm-explain-toggle"
        aria-expanded={props.open}
        aria-controls={props.open ? props.id : undefined}
        onClick={props.onToggle}
      >
        <span class="zkm-explain-label">{props.label}</span>
        <span class="visually-hidden">, {props.hint}</span>
        <span class="zkm-explain-mark" aria-hidden="true">
          ?
        </span>
      </button>
      {props.after}
      {props.open && (
        <div id={props.id} class="zkm-explain-text">
          {props.children}
        </div>
      )}
    </div>
  );
}

/** A labelled toggle with its explanation below, keeping its own open state. */
export function Explain(props: ExplainParts) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return <ExplainView {...props} open={open} id={id} onToggle={() => setOpen(!open)} />;
}
