// The end of a form: what went wrong (announced at once), the form's actions if given, and what
// was done (a polite status that stays in the page, so a screen reader hears each new message).
import type { ComponentChildren } from 'preact';

/** The error of the last attempt, if any, then `children` (the actions), then the status line. */
export function FormOutcome(props: {
  error: string;
  status: string;
  children?: ComponentChildren;
}) {
  return (
    <>
      {props.error && (
        <p role="alert" class="field-error">
          {props.error}
        </p>
      )}
      {props.children}
      <p role="status" class="muted">
        {props.status}
      </p>
    </>
  );
}
