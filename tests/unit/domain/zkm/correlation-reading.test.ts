// The plain reading of GEN and IDEAL, with r computed by hand on small profiles and checked
// through the app's Pearson r, and the band edges (±0.5) taken exactly.
import { describe, expect, it } from 'vitest';
import { CLOSE_R, correlationReading } from '../../../../src/domain/zkm/correlation-reading';
import { pearsonFromStats, profileStats } from '../../../../src/domain/zkm/pearson';

const r = (a: number[], b: number[]) => pearsonFromStats(profileStats(a), profileStats(b));

describe('correlationReading', () => {
  it('reads r ≥ 0.5 as close, r ≤ −0.5 as far and anything between as loose', () => {
    expect(CLOSE_R).toBe(0.5);
    expect(correlationReading(1)).toBe('close');
    expect(correlationReading(0.5)).toBe('close');
    expect(correlationReading(0.49)).toBe('loose');
    expect(correlationReading(0)).toBe('loose');
    expect(correlationReading(-0.49)).toBe('loose');
    expect(correlationReading(-0.5)).toBe('far');
    expect(correlationReading(-1)).toBe('far');
  });

  it('has no reading for an undefined r (n/a), never reads it as 0', () => {
    expect(correlationReading(null)).toBe('none');
    expect(correlationReading(Number.NaN)).toBe('none');
  });

  it('reads hand-computed profiles', () => {
    // x 1,2,3 (deviations −1,0,1); y 1,3,2 (−1,1,0): Σdxdy 1, Σdx² 2, Σdy² 2, r = 1/2.
    expect(r([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 12);
    expect(correlationReading(r([1, 2, 3], [1, 3, 2]))).toBe('close');
    // y 2,3,1 (0,1,−1): Σdxdy −1, r = −1/2: far.
    expect(correlationReading(r([1, 2, 3], [2, 3, 1]))).toBe('far');
    // y 1,3,1 (mean 5/3): Σdxdy = −(1 − 5/3) + (1 − 5/3) = 0: loose.
    expect(correlationReading(r([1, 2, 3], [1, 3, 1]))).toBe('loose');
    // A constant profile (all 2) has no variance: r is undefined.
    expect(correlationReading(r([1, 2, 3], [2, 2, 2]))).toBe('none');
  });
});
