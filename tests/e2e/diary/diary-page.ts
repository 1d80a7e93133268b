// Page helpers for the diary's browser tests: start a client offline, open, fill and save a
// diary form, move with the keyboard, read the timeline, and seed many entries straight into
// IndexedDB.
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  finishFirstRun,
  go,
  goOffline,
  openApp,
  waitForAppDatabase,
  waitForServiceWorker,
} from '../support/app';

/** Opens the app as a new client in `language`, ready and offline. */
export async function startOfflineClient(
  context: BrowserContext,
  language: 'nl' | 'en' = 'en',
): Promise<Page> {
  const page = await context.newPage();
  await openApp(page);
  await finishFirstRun(page, 'client', language);
  await waitForServiceWorker(page);
  await goOffline(context);
  return page;
}

export { tabTo } from '../support/keyboard';

/** The diary form's text fields a test fills, by the name in their `diary-` id. */
export interface DiaryFields {
  situation?: string;
  thinking?: string;
  feelingWords?: string;
  occurredAt?: string;
}

/** Opens a new diary form (a full navigation) and waits until its situation field is there. */
export async function openNewForm(page: Page): Promise<void> {
  await go(page, '/diary/new');
  await page.locator('#diary-situation').waitFor();
}

/** Fills the given fields of the open diary form, in the order given. */
export async function fillForm(page: Page, fields: DiaryFields): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) await page.locator(`#diary-${name}`).fill(value);
  }
}

/** Saves the open diary form with its submit button (a click). */
export async function saveForm(page: Page): Promise<void> {
  await page.locator('button[type="submit"]').click();
}

/** Writes a new diary form with `fields` and waits until its situation is on the timeline. */
export async function writeEntry(
  page: Page,
  fields: DiaryFields & { situation: string },
): Promise<void> {
  await openNewForm(page);
  await fillForm(page, fields);
  await saveForm(page);
  await expectOnTimeline(page, fields.situation);
}

/** The situations shown on the timeline, in order. */
export function timelineSituations(page: Page): Promise<string[]> {
  return page.locator('.diary-card-situation').allTextContents();
}

/** Waits until the timeline shows a card with exactly `situation`. */
export async function expectOnTimeline(page: Page, situation: string): Promise<void> {
  await expect
    .poll(() => page.locator('.diary-card-situation', { hasText: situation }).count())
    .toBeGreaterThan(0);
}

/** Writes `count` valid diary entries for the current profile straight into IndexedDB. */
export async function seedEntries(page: Page, count: number): Promise<void> {
  await waitForAppDatabase(page);
  await page.evaluate(async (total) => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const settingsDb = await open('koers-settings');
    const settings = await new Promise<{ profileId: string }>((resolve, reject) => {
      const request = settingsDb.transaction('settings').objectStore('settings').get('settings');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    settingsDb.close();
    const db = await open('koers');
    const areas = ['home', 'work', 'other'];
    const words = ['overleg', 'avondeten', 'wandeling', 'telefoon', 'collega', 'deadline'];
    const start = Date.now() - 60_000;
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('diaryEntries', 'readwrite');
      const store = tx.objectStore('diaryEntries');
      for (let n = 0; n < total; n += 1) {
        const stamp = new Date(start - n * 2.5 * 3_600_000).toISOString();
        const hex = n.toString(16).padStart(12, '0');
        store.put({
          id: `5eed0000-0000-4000-8000-${hex}`,
          ownerId: settings.profileId,
          createdAt: stamp,
          updatedAt: stamp,
          rev: 1,
          occurredAt: stamp,
          area: areas[n % 3],
          situation: `Situatie ${n}: ${words[n % words.length]} op het werk, héél gewoon`,
          thinking: 'Ik moet het goed doen. '.repeat(5),
          feelingWords: 'gespannen',
          feelingIntensity: n % 11,
          themeStrength: (n * 7) % 11,
          phase: n % 2 === 0 ? 'attending' : 'creating',
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}
