// Where a numeric axis puts its parts: positions computed by hand from the ZKM charts' own
// numbers (a 0–5 rating scale from x = 124 to 304, 36 units a point; a scatter's y axis).
import { describe, expect, it } from 'vitest';
import { numberAxisLayout, Y_LABEL_BASELINE } from '../../../src/ui/chart/axis-layout';

// The profile chart's scale: LEFT 124, 36 units per rating point.
const rating = (value: number) => 124 + value * 36;

describe('numberAxisLayout', () => {
  it('places an x axis: its line, a grid line and a label per tick in each label row', () => {
    const layout = numberAxisLayout({
      orientation: 'x',
      ticks: [0, 1, 5],
      scale: rating,
      at: 220,
      line: [124, 304],
      grid: [36, 220],
      labelsAt: [28, 236],
    });
    expect(layout.line).toEqual({ x1: 124, y1: 220, x2: 304, y2: 220 });
    expect(layout.grid).toEqual([
      { value: 0, at: { x1: 124, y1: 36, x2: 124, y2: 220 } },
      { value: 1, at: { x1: 160, y1: 36, x2: 160, y2: 220 } },
      { value: 5, at: { x1: 304, y1: 36, x2: 304, y2: 220 } },
    ]);
    // The row over the plot first, then the row under it; each label centred on its tick.
    expect(layout.labels).toEqual([
      { value: 0, x: 124, y: 28, anchor: 'middle' },
      { value: 1, x: 160, y: 28, anchor: 'middle' },
      { value: 5, x: 304, y: 28, anchor: 'middle' },
      { value: 0, x: 124, y: 236, anchor: 'middle' },
      { value: 1, x: 160, y: 236, anchor: 'middle' },
      { value: 5, x: 304, y: 236, anchor: 'middle' },
    ]);
  });

  it('places a y axis: a vertical line, horizontal grid lines, labels ending at the column', () => {
    // A scatter's y axis: 0 at y = 280, 20 at y = 12 (268 units for 20, 13.4 a point).
    const y = (value: number) => 280 - value * 13.4;
    const layout = numberAxisLayout({
      orientation: 'y',
      ticks: [0, 10, 20],
      scale: y,
      at: 40,
      line: [280, 12],
      grid: [40, 308],
      labelsAt: [36],
    });
    expect(layout.line).toEqual({ x1: 40, y1: 280, x2: 40, y2: 12 });
    expect(layout.grid.map((line) => line.at)).toEqual([
      { x1: 40, y1: 280, x2: 308, y2: 280 },
      { x1: 40, y1: 146, x2: 308, y2: 146 },
      { x1: 40, y1: 12, x2: 308, y2: 12 },
    ]);
    expect(Y_LABEL_BASELINE).toBe(5);
    expect(layout.labels).toEqual([
      { value: 0, x: 36, y: 285, anchor: 'end' },
      { value: 10, x: 36, y: 151, anchor: 'end' },
      { value: 20, x: 36, y: 17, anchor: 'end' },
    ]);
  });

  it('draws no line, grid or labels that were not asked for', () => {
    expect(numberAxisLayout({ orientation: 'x', ticks: [0, 5], scale: rating, at: 100 })).toEqual({
      line: null,
      grid: [],
      labels: [],
    });
    // An axis with a line and no ticks (the scatter's y axis, titled at its end).
    expect(
      numberAxisLayout({ orientation: 'y', ticks: [], scale: rating, at: 40, line: [280, 12] }),
    ).toEqual({ line: { x1: 40, y1: 280, x2: 40, y2: 12 }, grid: [], labels: [] });
  });
});
