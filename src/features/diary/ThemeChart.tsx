// A small SVG line chart of one theme: feeling intensity (solid line, circles) and theme
// strength (dashed line, squares) per day on a 0-10 scale. Shape and dash tell the lines
// apart without colour; the table beside it carries the same numbers for screen readers.
import type { InsightPoint } from '../../domain/diary/insight';

const WIDTH = 320;
const HEIGHT = 160;
const LEFT = 24;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 20;
/** Above this many points markers would only clutter the lines. */
const MARKER_LIMIT = 60;

type Key = 'feelingIntensity' | 'themeStrength';

function dayTime(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, date ?? 1).getTime();
}

/** The chart; `label` names it for assistive technology. */
export function ThemeChart(props: {
  points: readonly InsightPoint[];
  label: string;
  firstDay: string;
  lastDay: string;
}) {
  const times = props.points.map((point) => dayTime(point.day));
  const start = times[0] ?? 0;
  const end = times.at(-1) ?? start;
  const span = Math.max(end - start, 1);
  const x = (time: number) =>
    times.length === 1
      ? LEFT + (WIDTH - LEFT - RIGHT) / 2
      : LEFT + ((time - start) / span) * (WIDTH - LEFT - RIGHT);
  const y = (value: number) => TOP + (1 - value / 10) * (HEIGHT - TOP - BOTTOM);

  const line = (key: Key) =>
    props.points
      .map((point, index) => {
        const value = point[key];
        return value === undefined
          ? undefined
          : `${x(times[index] ?? 0).toFixed(1)},${y(value).toFixed(1)}`;
      })
      .filter((pair): pair is string => pair !== undefined)
      .join(' ');
  const markers = props.points.length <= MARKER_LIMIT;

  return (
    <svg
      class="diary-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={props.label}
      preserveAspectRatio="none"
    >
      {[0, 5, 10].map((value) => (
        <g key={value}>
          <line class="diary-chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(value)} y2={y(value)} />
          <text class="diary-chart-axis" x={LEFT - 4} y={y(value) + 4} text-anchor="end">
            {value}
          </text>
        </g>
      ))}
      <text class="diary-chart-axis" x={LEFT} y={HEIGHT - 4}>
        {props.firstDay}
      </text>
      <text class="diary-chart-axis" x={WIDTH - RIGHT} y={HEIGHT - 4} text-anchor="end">
        {props.lastDay}
      </text>
      <polyline class="diary-chart-feeling" points={line('feelingIntensity')} />
      <polyline class="diary-chart-strength" points={line('themeStrength')} />
      {markers &&
        props.points.map((point, index) => {
          const px = x(times[index] ?? 0);
          return (
            <g key={point.day}>
              {point.feelingIntensity !== undefined && (
                <circle
                  class="diary-chart-feeling-dot"
                  cx={px}
                  cy={y(point.feelingIntensity)}
                  r={3}
                />
              )}
              {point.themeStrength !== undefined && (
                <rect
                  class="diary-chart-strength-dot"
                  x={px - 3}
                  y={y(point.themeStrength) - 3}
                  width={6}
                  height={6}
                />
              )}
            </g>
          );
        })}
    </svg>
  );
}
