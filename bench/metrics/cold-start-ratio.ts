// cold_start_ratio: the app's median cold start over the baseline's, from the same run.
import type { RatioMetric } from '../metric';

/** App against baseline cold start. */
export const coldStartRatio: RatioMetric = {
  name: 'cold_start_ratio',
  unit: 'ratio',
  target: { direction: 'max', value: 1.5 },
  kind: 'ratio',
  numerator: 'cold_start_ms',
  denominator: 'baseline_cold_start_ms',
};
