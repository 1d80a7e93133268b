// Statistics of the benchmark, computed by hand.
import { describe, expect, it } from 'vitest';
import { median, quantile, summarize } from '../../../bench/stats';

describe('quantile', () => {
  it('interpolates between closest ranks', () => {
    // Sorted: 10 20 30 40; position (4-1)*0.5 = 1.5 → 20 + 0.5*10 = 25.
    expect(quantile([40, 10, 30, 20], 0.5)).toBe(25);
    // p95 of 1..20: position 19*0.95 = 18.05 → 19 + 0.05*1 = 19.05.
    expect(
      quantile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBeCloseTo(19.05, 10);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([3, 1, 2], 0)).toBe(1);
    expect(quantile([3, 1, 2], 1)).toBe(3);
  });

  it('refuses no values and quantiles out of range', () => {
    expect(() => quantile([], 0.5)).toThrow();
    expect(() => quantile([1], 1.5)).toThrow();
  });
});

describe('median and summarize', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives median, min, max and the number of runs', () => {
    expect(summarize([12, 9, 30, 11, 10])).toEqual({ median: 11, min: 9, max: 30, runs: 5 });
    expect(() => summarize([])).toThrow();
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
