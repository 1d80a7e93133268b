// Where the correlation heat map writes its row and column numbers. The numbers use a 14-unit
// font (src/features/zkm/zkm.css) so that they stay at least 12 px on a 320 px screen, where
// the map is drawn about 0.9 times its size; with many valuations only every step-th is written.

/** The heat map's width and height, in SVG units. */
export const HEATMAP_SIZE = 320;

/** Room for a two-digit number left of and above the cells, in units. */
export const HEATMAP_MARGIN = 30;

/** The smallest distance between two written numbers: a two-digit number and a gap, in units. */
const LABEL_ROOM = 22;

/** Label steps a reader can count by. */
const STEPS = [1, 2, 5, 10] as const;

/** Every how many rows and columns a number is written, so the numbers never overlap. */
export function heatmapLabelStep(count: number): number {
  if (count <= 0) return 1;
  const cell = (HEATMAP_SIZE - HEATMAP_MARGIN) / count;
  return STEPS.find((step) => step * cell >= LABEL_ROOM) ?? Math.ceil(LABEL_ROOM / cell);
}
