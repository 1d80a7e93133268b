// A legend: per series a small sample (its colour, line dash and marker shape) and its name,
// so the series are told apart by shape and dash as well as colour.

/** A marker shape of a series. */
export type LegendShape = 'circle' | 'square' | 'none';

/** One series in a legend. */
export interface LegendItem {
  name: string;
  /** The series' line class; its marker class is the same with `-dot` appended. */
  className: string;
  shape: LegendShape;
  dashed?: boolean;
}

/** The legend as a list; the samples are decoration, the names are text. */
export function Legend(props: { items: readonly LegendItem[] }) {
  return (
    <ul class="chart-legend">
      {props.items.map((item) => (
        <li key={item.name}>
          <svg viewBox="0 0 32 16" aria-hidden="true" focusable="false">
            <line
              class={item.className}
              x1={2}
              x2={30}
              y1={8}
              y2={8}
              fill="none"
              stroke-dasharray={item.dashed ? '5 3' : undefined}
            />
            {item.shape === 'circle' && (
              <circle class={`${item.className}-dot`} cx={16} cy={8} r={3.5} />
            )}
            {item.shape === 'square' && (
              <rect class={`${item.className}-dot`} x={12.5} y={4.5} width={7} height={7} />
            )}
          </svg>
          <span>{item.name}</span>
        </li>
      ))}
    </ul>
  );
}
