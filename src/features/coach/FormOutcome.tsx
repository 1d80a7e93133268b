// The end of a coach form: what went wrong (announced at once) and what was done (a polite
// status that stays in the page, so a screen reader hears each new message).

/** The error of the last attempt, if any, and the status line. */
export function FormOutcome(props: { error: string; status: string }) {
  return (
    <>
      {props.error && (
        <p role="alert" class="field-error">
          {props.error}
        </p>
      )}
      <p role="status" class="muted">
        {props.status}
      </p>
    </>
  );
}
