// cold_start_ms: the app's cold start to its first interactive screen (see ../cold-start.ts),
// for a client who finished the first run: the home screen with its navigation.
import { startApp } from '../app-page';
import { COLD_START_RUNS, openColdStart } from '../cold-start';
import type { TimingMetric } from '../metric';

/** The app's cold start, ms. */
export const coldStart: TimingMetric = {
  name: 'cold_start_ms',
  unit: 'ms',
  kind: 'timing',
  minRuns: COLD_START_RUNS,
  open: (ctx) =>
    openColdStart(ctx, ctx.appUrl, 'app', async (page) => {
      await startApp(page.context(), ctx.appUrl);
    }),
};
