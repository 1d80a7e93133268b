// Which rows and columns of the correlation heat map carry a number: cells are (320 − 30) / n
// units wide and two numbers need 22 units between their starts.
import { describe, expect, it } from 'vitest';
import { heatmapLabelStep } from '../../../src/features/zkm/views/heatmap-labels';

describe('heatmapLabelStep', () => {
  it('writes every number while a cell holds one (290 / 13 = 22.3 units)', () => {
    expect(heatmapLabelStep(1)).toBe(1);
    expect(heatmapLabelStep(12)).toBe(1);
    expect(heatmapLabelStep(13)).toBe(1);
  });

  it('writes every second number from 14 valuations (290 / 14 = 20.7, twice 41.4)', () => {
    expect(heatmapLabelStep(14)).toBe(2);
    expect(heatmapLabelStep(26)).toBe(2); // 11.15 × 2 = 22.3
  });

  it('writes every fifth number for 40 valuations (7.25 × 5 = 36.25; × 2 = 14.5 is too close)', () => {
    expect(heatmapLabelStep(27)).toBe(5); // 10.74 × 2 = 21.5
    expect(heatmapLabelStep(40)).toBe(5);
  });

  it('writes every tenth number for 100 valuations and a wider step beyond', () => {
    expect(heatmapLabelStep(100)).toBe(10); // 2.9 × 10 = 29
    expect(heatmapLabelStep(200)).toBe(16); // 1.45 per cell: 22 / 1.45 = 15.2, so 16
  });

  it('has a step for an empty investigation', () => {
    expect(heatmapLabelStep(0)).toBe(1);
  });
});
