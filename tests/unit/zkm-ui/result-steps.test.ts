// The results screen's steps: 4 cards first, then 8 per step, then one section per step.
import { describe, expect, it } from 'vitest';
import { resultStepCount, shownAfter } from '../../../src/features/zkm/views/result-steps';

const parts = (step: number, count: number) => [...shownAfter(step, count).parts];

describe('the steps of the results screen', () => {
  it('draws 40 valuations in 11 steps: 4, 12, 20, 28, 36, 40 cards, then five sections', () => {
    expect(resultStepCount(40)).toBe(11);
    expect([1, 2, 3, 4, 5, 6].map((step) => shownAfter(step, 40).cards)).toEqual([
      4, 12, 20, 28, 36, 40,
    ]);
    expect(parts(6, 40)).toEqual([]);
    expect(parts(7, 40)).toEqual(['indices']);
    expect(parts(9, 40)).toEqual(['indices', 'matrix', 'charts']);
    expect(parts(11, 40)).toEqual(['indices', 'matrix', 'charts', 'profiles', 'correlations']);
  });

  it("draws the example's 12 valuations in 7 steps", () => {
    expect(resultStepCount(12)).toBe(7);
    expect(shownAfter(1, 12).cards).toBe(4);
    expect(shownAfter(2, 12).cards).toBe(12);
    expect(parts(2, 12)).toEqual([]);
    expect(parts(3, 12)).toEqual(['indices']);
    expect(shownAfter(7, 12).parts.size).toBe(5);
  });

  it('shows every card of a short investigation in the first step', () => {
    expect(resultStepCount(3)).toBe(6);
    expect(shownAfter(1, 3).cards).toBe(3);
    expect(parts(2, 3)).toEqual(['indices']);
  });

  it('goes straight to the sections when there are no valuations', () => {
    expect(resultStepCount(0)).toBe(6);
    expect(shownAfter(1, 0).cards).toBe(0);
    expect(parts(2, 0)).toEqual(['indices']);
  });

  it('never shows more than there is, however many steps pass', () => {
    expect(shownAfter(99, 40).cards).toBe(40);
    expect(shownAfter(99, 40).parts.size).toBe(5);
  });
});
