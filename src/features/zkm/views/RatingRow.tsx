// One term of the rating screen as one compact row: the term, then its six values 0-5 as large
// radio buttons that fit 320 px. Only the digit shows; the anchor word is part of each value's
// accessible name (the words themselves stand in the scale key above the rows, where they fit).
// Tapping the chosen value again clears it, so nothing is ever inserted on rating.
/** A term's row of values; `onRate` gets undefined when the chosen value is tapped again. */
export function RatingRow(props: {
  termId: string;
  term: string;
  value: number | undefined;
  /** The word for each value 0-5, in the value's accessible name. */
  anchors: readonly string[];
  onRate: (value: number | undefined) => void;
}) {
  const labelId = `rate-term-${props.termId}`;
  const onClick = (step: number) => () => props.onRate(props.value === step ? undefined : step);
  return (
    <div
      class="zkm-row"
      role="radiogroup"
      aria-labelledby={labelId}
      data-term={props.termId}
      data-rated={props.value === undefined ? 'false' : 'true'}
    >
      <span class="zkm-row-term" id={labelId}>
        {props.term}
      </span>
      <span class="zkm-row-values">
        {props.anchors.map((anchor, step) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the scale value itself (0 to 5), a fixed list.
          <label class="zkm-value" key={step}>
            <input
              type="radio"
              name={`rate-${props.termId}`}
              value={step}
              checked={props.value === step}
              onClick={onClick(step)}
            />
            <span class="zkm-value-digit">{step}</span>
            <span class="visually-hidden">{`, ${anchor}`}</span>
          </label>
        ))}
      </span>
    </div>
  );
}
