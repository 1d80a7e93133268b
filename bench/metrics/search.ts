// search_ms (waits for the timeline search, issue 3): on the timeline with 10,000 entries,
// the time from typing a word (lower case, no accents) into the search field until the one
// entry holding it (with capitals and an accent) is shown.
import { appears } from '../app-page';
import { seededClient } from '../feature';
import { timeUntilText } from '../in-page';
import type { TimingMetric } from '../metric';

/** The contract with the timeline: a search field. */
const SEARCH = 'input[type="search"]';

/** Search over the diary, ms. */
export const search: TimingMetric = {
  name: 'search_ms',
  unit: 'ms',
  target: { direction: 'max', value: 150 },
  kind: 'timing',
  open: async (ctx) => {
    const client = await seededClient(ctx);
    const { page } = client;
    const open = async () => {
      await page.goto(new URL('/diary', ctx.appUrl).href);
      return appears(page, SEARCH);
    };
    if (!(await open())) {
      return {
        value: null,
        reason: 'timeline search (issue 3) not on this build: /diary has no search field',
      };
    }
    return {
      run: async () => {
        await open();
        return timeUntilText(
          page,
          { kind: 'type', selector: SEARCH, value: client.searchWord },
          client.searchHit,
        );
      },
      // The shared client app is closed at the end of the run.
      close: async () => undefined,
    };
  },
};
