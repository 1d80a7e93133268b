// A small SVG line chart of one theme: feeling intensity (solid line, circles) and theme
// strength (dashed line, squares) per day on a 0-10 scale. Shape and dash tell the lines
// apart without colour; the date axis ticks calendar days a person can read and the value
// axis names its scale. The figure's table carries the same numbers.

import { type DayKey, parseDayKey } from '../../domain/dates';
import type { InsightPoint } from '../../domain/diary/insight';
import { DateAxis, dayScale, ValueAxis } from '../../ui/chart/axes';
import { ChartSvg } from '../../ui/chart/ChartFigure';
import { valueTicks } from '../../ui/chart/ticks';

const WIDTH = 320;
const HEIGHT = 180;
const LEFT = 28;
const RIGHT = 14;
const TOP = 22;
const BOTTOM = 26;
/** Above this many points markers would only clutter the lines. */
const MARKER_LIMIT = 60;
/** The 0-10 scale in steps of 2. */
const SCALE_TICKS = valueTicks(0, 10, 6);

type Key = 'feelingIntensity' | 'themeStrength';

/** The chart, labelled by its figure (`id`); `unit` names the value scale. */
export function ThemeChart(props: {
  id: string;
  title: string;
  points: readonly InsightPoint[];
  language: string;
  /** The locale that writes the dates on the axis. */
  locale: string;
  unit: string;
}) {
  const days = props.points.map((point) => parseDayKey(point.day) ?? ('1970-01-01' as DayKey));
  const first = days[0] ?? ('1970-01-01' as DayKey);
  const last = days.at(-1) ?? first;
  const x = dayScale(first, last, LEFT, WIDTH - RIGHT);
  const bottom = HEIGHT - BOTTOM;
  const y = (value: number) => TOP + (1 - value / 10) * (bottom - TOP);
  const numbers = new Intl.NumberFormat(props.language);

  const line = (key: Key) =>
    props.points
      .map((point, index) => {
        const value = point[key];
        const day = days[index];
        return value === undefined || day === undefined
          ? undefined
          : `${x(day).toFixed(1)},${y(value).toFixed(1)}`;
      })
      .filter((pair): pair is string => pair !== undefined)
      .join(' ');
  const markers = props.points.length <= MARKER_LIMIT;

  return (
    <ChartSvg id={props.id} title={props.title} width={WIDTH} height={HEIGHT} class="diary-chart">
      <ValueAxis
        ticks={SCALE_TICKS}
        y={y}
        left={LEFT}
        right={WIDTH - RIGHT}
        top={TOP}
        unit={props.unit}
        format={(value) => numbers.format(value)}
      />
      <DateAxis
        first={first}
        last={last}
        left={LEFT}
        right={WIDTH - RIGHT}
        y={bottom}
        width={WIDTH}
        locale={props.locale}
      />
      <polyline class="diary-chart-feeling" points={line('feelingIntensity')} />
      <polyline class="diary-chart-strength" points={line('themeStrength')} />
      {markers &&
        props.points.map((point, index) => {
          const day = days[index];
          if (day === undefined) return null;
          const px = x(day);
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
    </ChartSvg>
  );
}
