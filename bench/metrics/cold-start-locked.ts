// cold_start_locked_ms (issue 17): the same cold start as cold_start_ms (see ../cold-start.ts)
// with the app lock on, to the lock screen: its heading and passphrase field rendered, then
// the main thread idle. Run interleaved with cold_start_ms and the baseline, so its ratio
// to the baseline sees the same machine noise.
import { startApp } from '../app-page';
import { COLD_START_RUNS, type ColdStartContext, LOCK_SCREEN, openColdStart } from '../cold-start';
import { turnLockOn } from '../feature';
import type { RatioMetric, TimingMetric, TimingSession } from '../metric';

/** Opens cold starts of the app at `url` to the lock screen (the lock turned on first). */
export function openLockedColdStart(ctx: ColdStartContext, url: string): Promise<TimingSession> {
  return openColdStart(
    ctx,
    url,
    'app',
    async (page) => {
      await startApp(page.context(), url);
      await turnLockOn(page, new URL('/settings', url).href);
    },
    LOCK_SCREEN,
  );
}

/** The app's cold start to the lock screen, ms. */
export const coldStartLocked: TimingMetric = {
  name: 'cold_start_locked_ms',
  unit: 'ms',
  kind: 'timing',
  minRuns: COLD_START_RUNS,
  open: (ctx) => openLockedColdStart(ctx, ctx.appUrl),
};

/** The cold start to the lock screen against the baseline's cold start. */
export const coldStartLockedRatio: RatioMetric = {
  name: 'cold_start_locked_ratio',
  unit: 'ratio',
  target: { direction: 'max', value: 1.5 },
  kind: 'ratio',
  numerator: 'cold_start_locked_ms',
  denominator: 'baseline_cold_start_ms',
};
