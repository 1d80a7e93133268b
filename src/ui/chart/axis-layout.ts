// Where a numeric axis puts its line, grid lines and tick labels. Pure, so the positions are
// unit-tested; NumberAxis in ./axes.tsx only draws them.

/** A title written beside an axis, where the chart has room for it. */
export interface AxisTitle {
  text: string;
  x: number;
  y: number;
  anchor?: 'start' | 'middle' | 'end';
  /** Its own class (a bold title); the axis text class otherwise. */
  class?: string;
}

/** What a numeric axis shows and where, in SVG units. */
export interface NumberAxisSpec {
  orientation: 'x' | 'y';
  ticks: readonly number[];
  /** A value's position along the axis: x for an x axis, y for a y axis. */
  scale: (value: number) => number;
  /** Where the axis line is across: its y for an x axis, its x for a y axis. */
  at: number;
  /** Where the axis line starts and ends along the axis; no line without it. */
  line?: readonly [number, number];
  /** Where grid lines start and end across the axis; no grid without it. */
  grid?: readonly [number, number];
  /**
   * Tick label rows of an x axis (the y of each row's baseline: under and over the plot), or
   * the label column of a y axis (the x where the labels end).
   */
  labelsAt?: readonly number[];
}

/** A line segment in SVG units. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The placed parts of a numeric axis. */
export interface NumberAxisLayout {
  line: Segment | null;
  grid: { value: number; at: Segment }[];
  labels: { value: number; x: number; y: number; anchor: 'middle' | 'end' }[];
}

/** Moves a y-axis label's baseline this far below its tick, so the text sits centred on it. */
export const Y_LABEL_BASELINE = 5;

/**
 * Places a numeric axis: x-axis labels are centred on their tick in each row; y-axis labels end
 * at the column's x with the baseline `Y_LABEL_BASELINE` below the tick.
 */
export function numberAxisLayout(spec: NumberAxisSpec): NumberAxisLayout {
  const horizontal = spec.orientation === 'x';
  const segment = (along: readonly [number, number], across: number): Segment =>
    horizontal
      ? { x1: along[0], y1: across, x2: along[1], y2: across }
      : { x1: across, y1: along[0], x2: across, y2: along[1] };
  const grid = spec.grid;
  return {
    line: spec.line ? segment(spec.line, spec.at) : null,
    grid: grid
      ? spec.ticks.map((value) => {
          const position = spec.scale(value);
          const at = horizontal
            ? { x1: position, y1: grid[0], x2: position, y2: grid[1] }
            : { x1: grid[0], y1: position, x2: grid[1], y2: position };
          return { value, at };
        })
      : [],
    labels: (spec.labelsAt ?? []).flatMap((place) =>
      spec.ticks.map((value) =>
        horizontal
          ? { value, x: spec.scale(value), y: place, anchor: 'middle' as const }
          : { value, x: place, y: spec.scale(value) + Y_LABEL_BASELINE, anchor: 'end' as const },
      ),
    ),
  };
}
