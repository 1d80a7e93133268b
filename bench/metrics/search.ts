// search_ms: on the timeline with 10,000 entries, the time from typing a word (lower case, no
// accents) into the search field until the one entry holding it (with capitals and an accent)
// is shown with the results count. Each run measures twice on a freshly opened /diary:
// - cold (`search_cold_ms`, reference row): typed as soon as the first page is shown, so the
//   in-memory index (src/features/diary/diary-index.ts) is still being built;
// - warm (`search_ms`, the JSON key): the same query again once the index is built (cleared
//   field, new query), which is what a user meets: the index starts building when the first
//   page is idle and when the field gets focus, long before a word is typed.
import { appears } from '../app-page';
import { lockedClient, type SeededClient, seededClient } from '../feature';
import { timeUntil } from '../in-page';
import type { BenchContext, TimingMetric } from '../metric';

/** The timeline's search field and its results line (src/features/diary/TimelineScreen.tsx). */
const SEARCH = '#diary-search';
const ONE_FOUND = '1 diary form found';

/** Search over the diary, ms, on the client `clientOf` gives; `suffix` names the variant. */
function searchMetric(
  suffix: string,
  clientOf: (ctx: BenchContext) => Promise<SeededClient>,
): TimingMetric {
  const coldName = `search_cold${suffix}_ms`;
  return {
    name: `search${suffix}_ms`,
    unit: 'ms',
    target: { direction: 'max', value: 150 },
    kind: 'timing',
    extras: [{ name: coldName, unit: 'ms' }],
    open: async (ctx) => {
      const client = await clientOf(ctx);
      const { page } = client;
      const open = async () => {
        await client.open('/diary');
        return appears(page, SEARCH);
      };
      if (!(await open())) {
        return {
          value: null,
          reason: 'timeline search (issue 3) not on this build: /diary has no search field',
        };
      }
      const query = { kind: 'type', selector: SEARCH, value: client.searchWord } as const;
      return {
        run: async () => {
          await open();
          await page.getByText(client.newest).first().waitFor();
          const cold = await timeUntil(page, query, { text: client.searchHit }, 30_000);
          await page.getByText(ONE_FOUND).waitFor();
          // Back to the plain timeline (the index stays warm), then the query once more.
          await timeUntil(
            page,
            { kind: 'type', selector: SEARCH, value: '' },
            { text: client.newest },
          );
          const warm = await timeUntil(page, query, { text: ONE_FOUND });
          await page.getByText(client.searchHit).first().waitFor();
          return { value: warm, extras: { [coldName]: cold } };
        },
        // The shared client app is closed at the end of the run.
        close: async () => undefined,
      };
    },
  };
}

/** Search over the diary, ms. */
export const search = searchMetric('', seededClient);

/** Search over the diary with the app lock on (issue 17), ms. */
export const searchLocked = searchMetric('_locked', lockedClient);
