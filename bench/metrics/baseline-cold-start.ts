// baseline_cold_start_ms (reference): the minimal Preact page of bench/baseline/, built and
// served the same way and measured the same way, interleaved with the app's runs.
import { COLD_START_RUNS, openColdStart } from '../cold-start';
import type { TimingMetric } from '../metric';

/** The baseline's cold start, ms. */
export const baselineColdStart: TimingMetric = {
  name: 'baseline_cold_start_ms',
  unit: 'ms',
  kind: 'timing',
  minRuns: COLD_START_RUNS,
  reference: true,
  open: (ctx) =>
    openColdStart(ctx, ctx.baselineUrl, 'baseline', async (page) => {
      await page.goto(ctx.baselineUrl);
      await page.locator('h1').waitFor();
    }),
};
