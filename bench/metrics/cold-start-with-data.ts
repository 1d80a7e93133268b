// cold_start_with_data_ms (extra, not a JSON key): the same cold start as cold_start_ms, on a
// profile holding the diary dataset (10,000 entries, 2,000 sessions, 5 investigations; the
// small set in --quick). A client's real phone has data; the home screen must not slow down
// with it.
import { startApp } from '../app-page';
import { COLD_START_RUNS, openColdStart } from '../cold-start';
import { fullClientSize, generateClientData, quickClientSize } from '../generate/dataset';
import type { TimingMetric } from '../metric';
import { profileIdOf, seedDatabase } from '../seed';

/** The app's cold start with a full database, ms. */
export const coldStartWithData: TimingMetric = {
  name: 'cold_start_with_data_ms',
  unit: 'ms',
  kind: 'timing',
  minRuns: COLD_START_RUNS,
  reference: true,
  open: (ctx) =>
    openColdStart(ctx, ctx.appUrl, 'app', async (page) => {
      await startApp(page.context(), ctx.appUrl);
      const data = generateClientData({
        seed: ctx.seed,
        ownerId: await profileIdOf(page),
        size: ctx.quick ? quickClientSize : fullClientSize,
      });
      ctx.log(`  seeded ${await seedDatabase(page, data)} records for the cold start`);
    }),
};
