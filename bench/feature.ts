// What the client timings share: a client profile with the first run done, the generated
// dataset in its database (10,000 entries, 2,000 sessions, 5 investigations of 40; small in
// --quick), a coach's code added, and markers to look for: the newest entry (the first thing
// the timeline must show) and an older entry with a word no other entry has (what a search
// must find).
import type { BrowserContext, Page } from 'playwright-core';
import type { KeyPair } from '../src/bundle/keys';
import { startApp } from './app-page';
import { newPhoneContext } from './browser';
import {
  type Dataset,
  fullClientSize,
  generateClientData,
  quickClientSize,
} from './generate/dataset';
import { coachCodeOf, makeCoachKey, storeCoachCode } from './keys';
import type { BenchContext } from './metric';
import { profileIdOf, seedDatabase } from './seed';

/** A client's app with seeded data, and the texts to look for. */
export interface SeededClient {
  context: BrowserContext;
  page: Page;
  data: Dataset;
  /** Situation of the newest live entry (made unique). */
  newest: string;
  /** A word only one (older) entry has, in a different case than typed, with accents. */
  searchWord: string;
  /** The marker as shown in that entry. */
  searchHit: string;
  /** The coach whose code this client added (the export goes to this key). */
  coach: KeyPair;
  /**
   * Opens `path` with a full navigation, as the timings start their runs; with the app lock
   * on, the lock screen comes first and is unlocked (a reload drops the key).
   */
  open: (path: string) => Promise<void>;
}

/** The passphrase of the bench's locked client. */
export const BENCH_PASSPHRASE = 'amber lantern quietly folds seven maps';

/** The search marker: typed as `searchWord`, stored with capitals and accents. */
const STORED_WORD = 'Zeeuwse-IJsbeer-Café';

async function seed(ctx: BenchContext, locked = false): Promise<SeededClient> {
  const context = await newPhoneContext(ctx.browser);
  try {
    const page = await startApp(context, ctx.appUrl);
    const ownerId = await profileIdOf(page);
    const data = generateClientData({
      seed: ctx.seed,
      ownerId,
      size: ctx.quick ? quickClientSize : fullClientSize,
    });
    const live = data.diaryEntries.filter((entry) => !entry.deletedAt);
    const newestEntry = live.at(-1);
    const hitEntry = live[Math.floor(live.length / 3)];
    if (!newestEntry || !hitEntry) throw new Error('no diary entries generated');
    newestEntry.situation = `Newest entry ${ctx.seed}: ${newestEntry.situation}`;
    hitEntry.situation = `${STORED_WORD} ${hitEntry.situation}`;
    const started = Date.now();
    const count = await seedDatabase(page, data);
    ctx.log(`  seeded ${count} records in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The client added their coach's code (as on the keys screen), so exports go to the coach.
    const coach = await makeCoachKey();
    await storeCoachCode(page, coachCodeOf(coach, new Date().toISOString()));
    const url = (path: string) => new URL(path, ctx.appUrl).href;
    if (locked) {
      const turned = Date.now();
      await turnLockOn(page, url('/settings'));
      ctx.log(`  lock turned on over the data in ${((Date.now() - turned) / 1000).toFixed(1)} s`);
    }
    return {
      coach,
      context,
      page,
      data,
      open: async (path) => {
        await page.goto(url(path));
        if (locked) await unlockOnScreen(page);
      },
      newest: newestEntry.situation.slice(0, 30),
      searchWord: 'zeeuwse-ijsbeer-cafe',
      searchHit: STORED_WORD,
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Turns the app lock on through the settings, as a user does, and waits until it is on. */
export async function turnLockOn(page: Page, settingsUrl: string): Promise<void> {
  await page.goto(settingsUrl);
  await page.locator('#lock-new').fill(BENCH_PASSPHRASE);
  await page.locator('#lock-repeat').fill(BENCH_PASSPHRASE);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('I have saved or written down the recovery key').check({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Turn the lock on' }).click();
  await page.getByText('The lock is on.').waitFor({ timeout: 600_000 });
}

/** Unlocks on the lock screen and waits until the app's first screen is there. */
export async function unlockOnScreen(page: Page): Promise<void> {
  await page.locator('#lock-passphrase').fill(BENCH_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('#main-nav').waitFor({ state: 'attached', timeout: 60_000 });
}

let shared: Promise<SeededClient> | undefined;
let sharedLocked: Promise<SeededClient> | undefined;

/** The seeded client app, made once per benchmark run and shared by the diary timings. */
export function seededClient(ctx: BenchContext): Promise<SeededClient> {
  shared ??= seed(ctx);
  return shared;
}

/** The same seeded client with the app lock turned on (issue 17's figures), made once. */
export function lockedClient(ctx: BenchContext): Promise<SeededClient> {
  sharedLocked ??= seed(ctx, true);
  return sharedLocked;
}

/** Closes the shared client apps (at the end of the run). */
export async function closeSeededClient(): Promise<void> {
  for (const made of [shared, sharedLocked]) {
    const client = await made?.catch(() => undefined);
    await client?.context.close();
  }
  shared = undefined;
  sharedLocked = undefined;
}
