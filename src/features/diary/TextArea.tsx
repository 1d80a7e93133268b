// A labelled multi-line text field of the diary form, with its hint, its error beside it and
// a character count once the text nears the limit.
import { MAX_TEXT } from '../../domain/records/base';
import { Field } from '../../ui/Field';

/** Shows the count from this many characters on, so long texts see the limit coming. */
const COUNT_FROM = MAX_TEXT - 2_000;

/** A textarea bound to one text field of the form. */
export function TextArea(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  value: string;
  rows?: number | undefined;
  countLabel: (count: number) => string;
  onInput: (value: string) => void;
}) {
  return (
    <Field
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      required={props.required}
    >
      {(control) => (
        <>
          <textarea
            {...control}
            rows={props.rows ?? 3}
            value={props.value}
            required={props.required}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
          {props.value.length >= COUNT_FROM && (
            <p class="hint" aria-live="polite">
              {props.countLabel(props.value.length)}
            </p>
          )}
        </>
      )}
    </Field>
  );
}
