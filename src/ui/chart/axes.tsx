// The axes of a chart, drawn inside its SVG: a date axis with calendar-day ticks and short
// labels in the app's language, and a value axis with round ticks, grid lines and its unit.
// The tick choice is ./ticks.ts; these only place and write them.
import type { DayKey } from '../../domain/dates';
import { daysBetween, formatDay } from '../../domain/dates';
import { type AxisTitle, type NumberAxisSpec, numberAxisLayout } from './axis-layout';
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
  /** The locale that writes the dates (the I18n context's `locale`). */
  locale: string;
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
              {formatDay(day, props.locale, format)}
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

function TitleText(props: { title: AxisTitle | undefined; textClass: string | undefined }) {
  const { title } = props;
  if (!title) return null;
  return (
    <text
      class={title.class ?? props.textClass}
      x={title.x}
      y={title.y}
      text-anchor={title.anchor ?? 'middle'}
    >
      {title.text}
    </text>
  );
}

/**
 * A numeric axis along x or y, placed by `numberAxisLayout`: its line, grid lines across the
 * plot, a label per tick and a title. `class` and `textClass` carry a feature's own stroke
 * widths and text size.
 */
export function NumberAxis(
  props: NumberAxisSpec & {
    format: (value: number) => string;
    title?: AxisTitle;
    class?: string;
    textClass?: string;
  },
) {
  const layout = numberAxisLayout(props);
  const textClass = props.textClass ? `chart-tick-label ${props.textClass}` : 'chart-tick-label';
  const group = props.class ? `chart-number-axis ${props.class}` : 'chart-number-axis';
  return (
    <g class={group} data-orientation={props.orientation}>
      {layout.line && <line class="chart-axis-line" {...layout.line} />}
      {layout.grid.map((line) => (
        <line key={line.value} class="chart-grid" {...line.at} />
      ))}
      {layout.labels.map((label) => (
        <text
          key={`${label.value} ${label.x} ${label.y}`}
          class={textClass}
          x={label.x}
          y={label.y}
          text-anchor={label.anchor}
        >
          {props.format(label.value)}
        </text>
      ))}
      <TitleText title={props.title} textClass={props.textClass} />
    </g>
  );
}

/**
 * A category axis down the left of a chart: one label per row (a term), each ending at `x` on
 * its row's baseline, and a title over the column.
 */
export function CategoryAxis(props: {
  labels: readonly { key: string; text: string; y: number }[];
  /** Where the labels end (they are right-aligned, next to the plot). */
  x: number;
  title?: AxisTitle;
  /** A class for its text, for a feature's own text size. */
  textClass?: string;
}) {
  const textClass = props.textClass ? `chart-category ${props.textClass}` : 'chart-category';
  return (
    <g class="chart-category-axis">
      <TitleText title={props.title} textClass={props.textClass} />
      {props.labels.map((label) => (
        <text key={label.key} class={textClass} x={props.x} y={label.y} text-anchor="end">
          {label.text}
        </text>
      ))}
    </g>
  );
}
