// A group of radio buttons shown as large buttons: one choice, keyboard arrows move between
// options (native radio behaviour), every option at least 44 px.
import type { ComponentChildren } from 'preact';

/** One option of a ChoiceGroup. */
export interface Choice<V extends string> {
  value: V;
  label: ComponentChildren;
  lang?: string;
}

/** A fieldset of radio options with a legend and an optional error. */
export function ChoiceGroup<V extends string>(props: {
  legend: string;
  name: string;
  value: V | undefined;
  options: readonly Choice<V>[];
  onChange: (value: V) => void;
  error?: string | undefined;
  large?: boolean;
}) {
  const errorId = props.error ? `${props.name}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId}>
      <legend>{props.legend}</legend>
      <div class={props.large ? 'choice-row large' : 'choice-row'}>
        {props.options.map((option) => (
          <label class="choice" key={option.value}>
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
      {props.error && (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
