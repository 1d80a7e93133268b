// timeline_first_page_ms (waits for the timeline, issue 3): with 10,000 entries stored and the
// app open on Home, the time from the click on "Diary" in the navigation until the newest
// entry is shown (its situation's start, visible).
import { lockedClient, type SeededClient, seededClient } from '../feature';
import { timeUntilText } from '../in-page';
import type { BenchContext, TimingMetric } from '../metric';

/** First page of the timeline, ms, on the client `clientOf` gives. */
function timelineMetric(
  name: string,
  clientOf: (ctx: BenchContext) => Promise<SeededClient>,
): TimingMetric {
  return {
    name,
    unit: 'ms',
    target: { direction: 'max', value: 100 },
    kind: 'timing',
    open: async (ctx) => {
      const client = await clientOf(ctx);
      const { page } = client;
      const home = async () => {
        await client.open('/');
        await page.locator('#main-nav a[href="/diary"]').waitFor({ state: 'attached' });
      };
      await home();
      try {
        await timeUntilText(
          page,
          { kind: 'click', selector: '#main-nav a[href="/diary"]' },
          client.newest,
          5_000,
        );
      } catch {
        return {
          value: null,
          reason:
            'diary timeline (issue 3) not on this build: /diary does not show the newest entry',
        };
      }
      return {
        run: async () => {
          await home();
          return timeUntilText(
            page,
            { kind: 'click', selector: '#main-nav a[href="/diary"]' },
            client.newest,
          );
        },
        // The shared client app is closed at the end of the run.
        close: async () => undefined,
      };
    },
  };
}

/** First page of the timeline, ms. */
export const timelineFirstPage = timelineMetric('timeline_first_page_ms', seededClient);

/** First page of the timeline with the app lock on (issue 17), ms. */
export const timelineFirstPageLocked = timelineMetric(
  'timeline_first_page_locked_ms',
  lockedClient,
);
