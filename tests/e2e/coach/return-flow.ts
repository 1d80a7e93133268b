// The two ends of a bundle back to the client, shared by the browser tests that follow one:
// the coach's device seeded with two clients, the return made with a passphrase, and the
// client's own device (with the client's profile id) opening and importing it, offline.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  finishFirstRun,
  go,
  goOffline,
  goOnline,
  openApp,
  patchSettings,
  waitForServiceWorker,
  watchForeignRequests,
} from '../support/app';
import { seedDatabase, seedLocal, seedRecords } from './seed';

/** The passphrase these tests protect their bundles back with. */
export const RETURN_PASS = 'correct horse battery staple';

/**
 * Two devices for a bundle back: the seeded coach's (its page open) and a client's profile,
 * each watched for requests to other origins (`foreign`, one list per device).
 */
export async function coachAndClient(newProfile: () => Promise<BrowserContext>) {
  const coachContext = await newProfile();
  const clientContext = await newProfile();
  const foreign = [coachContext, clientContext].map(watchForeignRequests);
  const coach = await seededCoach(coachContext);
  return { coachContext, clientContext, foreign, coach };
}

/** A coach's device, offline, holding the seeded clients (Jeroen and Anouk). */
export async function seededCoach(context: BrowserContext): Promise<Page> {
  const coach = await context.newPage();
  await openApp(coach);
  await finishFirstRun(coach, 'coach', 'en');
  await waitForServiceWorker(coach);
  await goOffline(context);
  const now = new Date();
  await seedDatabase(coach, { ...seedRecords(now), ...seedLocal(now) });
  return coach;
}

/** Makes the bundle back on the open "Send to the client" page with `passphrase`; its bytes. */
export async function makeReturn(coach: Page, passphrase: string): Promise<Buffer> {
  await coach.locator('#return-passphrase').fill(passphrase);
  await coach.locator('#return-confirm').fill(passphrase);
  // Protected with a passphrase (scrypt): slow on a loaded machine.
  const downloaded = coach.waitForEvent('download', { timeout: 60_000 });
  await coach.getByRole('button', { name: 'Make bundle' }).click();
  return readFile((await (await downloaded).path()) ?? '');
}

/**
 * The client's device with profile `profileId`, offline. The test server stops answering
 * while a context is "offline", so the coach's context goes online for the client to load.
 */
export async function clientDevice(
  coachContext: BrowserContext,
  clientContext: BrowserContext,
  profileId: string,
): Promise<Page> {
  await goOnline(coachContext);
  const client = await clientContext.newPage();
  await openApp(client);
  await finishFirstRun(client, 'client', 'en');
  await waitForServiceWorker(client);
  await patchSettings(client, { profileId });
  await client.reload();
  await client.locator('#main-nav').waitFor({ state: 'attached' });
  await goOffline(clientContext);
  return client;
}

/** Opens `bundle` with `passphrase` on the client's import screen, up to the preview. */
export async function previewReturn(client: Page, bundle: Buffer, passphrase: string) {
  await go(client, '/share/import');
  await client.locator('#import-file').setInputFiles({
    name: 'return.koers',
    mimeType: 'application/octet-stream',
    buffer: bundle,
  });
  await client.getByLabel('Passphrase').fill(passphrase);
  await client.getByRole('button', { name: 'Open', exact: true }).click();
  await client.getByTestId('preview-table').waitFor({ timeout: 60_000 });
}

/** Imports the previewed file and waits until it says what came in. */
export async function importPreviewed(client: Page): Promise<void> {
  await client.getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(() => client.getByTestId('import-done').textContent()).toMatch(/^[1-9]\d* new/);
}
