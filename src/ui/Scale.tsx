// A rating scale (0-5, 0-10) as a row of large radio buttons: tap or use arrow keys and
// digits; an empty value means "not rated" and can be cleared.
import type { JSX } from 'preact';

/** A numeric scale from `min` to `max` with optional words for the ends or for each step. */
export function Scale(props: {
  legend: string;
  name: string;
  min?: number;
  max: number;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  /** Words per step (e.g. ZKM anchors), shown under the digits. */
  anchors?: readonly string[];
  /** Words for the two ends when there are no per-step anchors. */
  ends?: readonly [string, string];
  clearLabel?: string | undefined;
  error?: string | undefined;
}) {
  const min = props.min ?? 0;
  const steps = Array.from({ length: props.max - min + 1 }, (_, index) => min + index);
  const errorId = props.error ? `${props.name}-error` : undefined;
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLFieldSetElement>) => {
    // Digits pick a step directly (0-9; 10 is reached with the arrows).
    if (/^[0-9]$/.test(event.key)) {
      const digit = Number(event.key);
      if (digit >= min && digit <= props.max) {
        event.preventDefault();
        props.onChange(digit);
        event.currentTarget.querySelector<HTMLInputElement>(`input[value="${digit}"]`)?.focus();
      }
    }
  };
  return (
    <fieldset class="scale" aria-describedby={errorId} onKeyDown={onKeyDown}>
      <legend>{props.legend}</legend>
      <div class="scale-steps">
        {steps.map((step) => (
          <label class="scale-step" key={step}>
            <input
              type="radio"
              name={props.name}
              value={step}
              checked={props.value === step}
              onChange={() => props.onChange(step)}
            />
            <span class="scale-digit">{step}</span>
            {props.anchors?.[step - min] && (
              <span class="scale-anchor">{props.anchors[step - min]}</span>
            )}
          </label>
        ))}
      </div>
      {props.ends && !props.anchors && (
        <div class="scale-ends" aria-hidden="true">
          <span>{props.ends[0]}</span>
          <span>{props.ends[1]}</span>
        </div>
      )}
      {props.clearLabel && props.value !== undefined && (
        <button type="button" class="button quiet" onClick={() => props.onChange(undefined)}>
          {props.clearLabel}
        </button>
      )}
      {props.error && (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
