// unlock_ms (issue 17): with the app lock on over the diary dataset (10,000 entries, 2,000
// sessions; small in --quick), the time from submitting the passphrase on the lock screen
// until the first screen (home, its heading) is painted. It holds the key derivation
// (Argon2id, 64 MiB, in a worker), the unwrapping and home's first reads of sealed records.
import { BENCH_PASSPHRASE, lockedClient } from '../feature';
import { timeUntil } from '../in-page';
import type { TimingMetric } from '../metric';

/** The lock screen (src/features/lock/LockScreen.tsx): the field and the Unlock button. */
const FIELD = '#lock-passphrase';
const UNLOCK = 'main.lock-screen button[type="submit"]';

/** Unlocking to the first screen, ms. */
export const unlock: TimingMetric = {
  name: 'unlock_ms',
  unit: 'ms',
  target: { direction: 'max', value: 1_500 },
  kind: 'timing',
  open: async (ctx) => {
    const client = await lockedClient(ctx);
    const { page } = client;
    return {
      run: async () => {
        // A reload drops the key: the lock screen shows, as on every start.
        await page.goto(new URL('/', ctx.appUrl).href);
        await page.locator(FIELD).fill(BENCH_PASSPHRASE);
        return timeUntil(
          page,
          { kind: 'click', selector: UNLOCK },
          { selector: '#main h1' },
          30_000,
        );
      },
      // The shared client app is closed at the end of the run.
      close: async () => undefined,
    };
  },
};
