// The axes of a chart, drawn inside its SVG: a date axis with calendar-day ticks and short
// labels in the app's language, and a value axis with round ticks, grid lines and its unit.
// The tick choice is ./ticks.ts; these only place and write them.
import type { DayKey } from '../../domain/dates';
import { daysBetween, formatDay } from '../../domain/dates';
import { dateTickFormat, dateTicks, ticksThatFit } from './ticks';

/** About the width of a short date label ("23 Mar", "Mar 23") in SVG units at 11 px. */
export const DATE_LABEL_WIDTH = 44;

/** Maps a day to x between `left` and `right`, by whole calendar days (no DST hour). */
export function dayScale(
  first: DayKey,
  last: DayKey,
  left: number,
  right: number,
): (day: DayKey) => number {
  const span = daysBetween(first, last);
  if (span <= 0) return () => (left + right) / 2;
  return (day) => left + (daysBetween(first, day) / span) * (right - left);
}

/**
 * A date axis along `y` from `left` to `right`: a line, a tick per chosen day and its label
 * below. As many labels as fit side by side; the end labels are anchored inwards so none is cut.
 */
export function DateAxis(props: {
  first: DayKey;
  last: DayKey;
  left: number;
  right: number;
  y: number;
  language: string;
  /** SVG width, to keep the end labels inside. */
  width: number;
}) {
  const ticks = dateTicks(
    props.first,
    props.last,
    ticksThatFit(props.right - props.left, DATE_LABEL_WIDTH),
  );
  const format = dateTickFormat(ticks);
  const x = dayScale(props.first, props.last, props.left, props.right);
  const half = DATE_LABEL_WIDTH / 2;
  return (
    <g class="chart-date-axis">
      <line class="chart-axis-line" x1={props.left} x2={props.right} y1={props.y} y2={props.y} />
      {ticks.days.map((day) => {
        const at = x(day);
        const anchor = at - half < 0 ? 'start' : at + half > props.width ? 'end' : 'middle';
        const labelX =
          anchor === 'start' ? Math.max(0, at - 4) : anchor === 'end' ? props.width : at;
        return (
          <g key={day} class="chart-date-tick" data-day={day}>
            <line class="chart-tick" x1={at} x2={at} y1={props.y} y2={props.y + 4} />
            <text x={labelX} y={props.y + 15} text-anchor={anchor}>
              {formatDay(day, props.language, format)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * A value axis at `left`: round ticks with grid lines to `right`, labels beside them, and the
 * unit written above the axis ("%", "forms", "0–10"), so a reader never guesses the scale.
 */
export function ValueAxis(props: {
  ticks: readonly number[];
  y: (value: number) => number;
  left: number;
  right: number;
  unit: string;
  /** The topmost y of the plot; the unit sits just above it. */
  top: number;
  format: (value: number) => string;
}) {
  return (
    <g class="chart-value-axis">
      <text class="chart-unit" x={0} y={props.top - 6}>
        {props.unit}
      </text>
      {props.ticks.map((value) => (
        <g key={value}>
          <line
            class="chart-grid"
            x1={props.left}
            x2={props.right}
            y1={props.y(value)}
            y2={props.y(value)}
          />
          <text x={props.left - 4} y={props.y(value) + 4} text-anchor="end">
            {props.format(value)}
          </text>
        </g>
      ))}
    </g>
  );
}
