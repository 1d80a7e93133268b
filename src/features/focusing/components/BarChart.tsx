// A small SVG bar chart without a chart library: one bar per item, values 0..max. It is an
// image to screen readers (with a label naming what it shows); a table beside it gives the
// numbers. Empty values (no data) draw no bar, and a faint mark keeps their place visible.

/** One bar: its label (for the ends under the chart) and its value, or null for no data. */
export interface Bar {
  label: string;
  value: number | null;
}

const BAR = 18;
const GAP = 6;
const HEIGHT = 100;

/** A vertical bar chart from `bars`, with `max` as the top of the scale. */
export function BarChart(props: { label: string; bars: readonly Bar[]; max: number }) {
  const width = Math.max(props.bars.length * (BAR + GAP) + GAP, 120);
  const first = props.bars[0]?.label;
  const last = props.bars.at(-1)?.label;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT + 2}`}
        role="img"
        aria-label={props.label}
        preserveAspectRatio="xMinYMax meet"
      >
        <line class="chart-axis" x1="0" x2={width} y1={HEIGHT + 1} y2={HEIGHT + 1} />
        {props.bars.map((bar, index) => {
          const x = GAP + index * (BAR + GAP);
          if (bar.value === null) {
            return (
              <rect
                key={bar.label}
                class="chart-empty"
                x={x}
                y={HEIGHT - 2}
                width={BAR}
                height={2}
              />
            );
          }
          const height = props.max === 0 ? 0 : Math.max(2, (bar.value / props.max) * HEIGHT);
          return (
            <rect
              key={bar.label}
              class="chart-bar"
              x={x}
              y={HEIGHT - height}
              width={BAR}
              height={height}
            />
          );
        })}
      </svg>
      {first && (
        <figcaption class="chart-ends" aria-hidden="true">
          <span>{first}</span>
          {last !== first && <span>{last}</span>}
        </figcaption>
      )}
    </figure>
  );
}
