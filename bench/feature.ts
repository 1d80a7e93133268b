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
}

/** The search marker: typed as `searchWord`, stored with capitals and accents. */
const STORED_WORD = 'Zeeuwse-IJsbeer-Café';

async function seed(ctx: BenchContext): Promise<SeededClient> {
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
    return {
      coach,
      context,
      page,
      data,
      newest: newestEntry.situation.slice(0, 30),
      searchWord: 'zeeuwse-ijsbeer-cafe',
      searchHit: STORED_WORD,
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

let shared: Promise<SeededClient> | undefined;

/** The seeded client app, made once per benchmark run and shared by the diary timings. */
export function seededClient(ctx: BenchContext): Promise<SeededClient> {
  shared ??= seed(ctx);
  return shared;
}

/** Closes the shared client app (at the end of the run). */
export async function closeSeededClient(): Promise<void> {
  const client = await shared?.catch(() => undefined);
  shared = undefined;
  await client?.context.close();
}
