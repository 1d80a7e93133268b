// cold_start_ms: the app's cold start to its first interactive screen (see ../cold-start.ts),
// for a client who finished the first run: the home screen with its navigation.
import { startApp } from '../app-page';
import { COLD_START_RUNS, type ColdStartContext, openColdStart } from '../cold-start';
import type { TimingMetric, TimingSession } from '../metric';

/** Opens cold starts of the app at `url` to home, for a client past the first run. */
export function openHomeColdStart(ctx: ColdStartContext, url: string): Promise<TimingSession> {
  return openColdStart(ctx, url, 'app', async (page) => {
    await startApp(page.context(), url);
  });
}

/** The app's cold start, ms. */
export const coldStart: TimingMetric = {
  name: 'cold_start_ms',
  unit: 'ms',
  kind: 'timing',
  minRuns: COLD_START_RUNS,
  open: (ctx) => openHomeColdStart(ctx, ctx.appUrl),
};
