// A theme's links: valuations picked by keyboard from the investigation they belong to, and
// the diary forms and focusing sessions that link to it, counted per phase. The records other
// features make are written straight into IndexedDB here, as those features would store them.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import { finishFirstRun, openApp, waitForAppDatabase, waitForScreenFocus } from '../support/app';
import { test } from '../support/fixtures';
import { tabTo } from './keyboard';

const themeId = exampleId(1);
const ids = {
  investigation: 'a0000000-0000-4000-8000-000000000001',
  valuationA: 'a0000000-0000-4000-8000-000000000002',
  valuationB: 'a0000000-0000-4000-8000-000000000003',
  diaryOld: 'a0000000-0000-4000-8000-000000000004',
  diaryNew: 'a0000000-0000-4000-8000-000000000005',
  focusing: 'a0000000-0000-4000-8000-000000000006',
};

/** Writes linked records of other features for the example theme's owner. */
async function seed(page: Page) {
  await waitForAppDatabase(page);
  await page.evaluate(
    async ({ themeId, ids }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('koers');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const get = <T>(store: string, key: string) =>
        new Promise<T>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).get(key);
          request.onsuccess = () => resolve(request.result as T);
          request.onerror = () => reject(request.error);
        });
      const theme = await get<{ ownerId: string; valuationIds: string[] }>('themes', themeId);
      // Only the records written here link to the theme: clear what the other parts of the
      // example client bring along.
      await new Promise<void>((resolve, reject) => {
        const stores = ['diaryEntries', 'focusingSessions', 'valuations', 'investigations'];
        const tx = db.transaction([...stores, 'themes'], 'readwrite');
        for (const store of stores) tx.objectStore(store).clear();
        tx.objectStore('themes').put({ ...theme, valuationIds: [] });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      const day = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
      const header = (id: string) => ({
        id,
        ownerId: theme.ownerId,
        createdAt: day(1),
        updatedAt: day(1),
        rev: 1,
      });
      const put = (store: string, records: object[]) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      await put('investigations', [
        {
          ...header(ids.investigation),
          kind: 'first',
          startedAt: day(70),
          questionVariant: 'career',
        },
      ]);
      await put('valuations', [
        {
          ...header(ids.valuationA),
          investigationId: ids.investigation,
          text: 'I want to prove I can do it',
          timeFrame: 'present',
          order: 0,
          ratings: {},
        },
        {
          ...header(ids.valuationB),
          investigationId: ids.investigation,
          text: 'My father was never satisfied',
          timeFrame: 'past',
          order: 1,
          ratings: {},
        },
      ]);
      // The example theme was in attending from 63 to 21 days ago, then creating.
      await put('diaryEntries', [
        {
          ...header(ids.diaryOld),
          occurredAt: day(40),
          situation: 'Stayed late to redo a colleague’s analysis',
          themeId,
        },
        {
          ...header(ids.diaryNew),
          occurredAt: day(3),
          situation: 'Asked Anouk to check my figures',
          themeId,
        },
      ]);
      await put('focusingSessions', [
        {
          ...header(ids.focusing),
          occurredAt: day(2),
          mode: 'quick',
          status: 'done',
          handle: 'a wall',
          themeId,
          concernsSetAside: [],
          bodyLocations: [],
          questions: [],
          diaryEntryIds: [],
        },
      ]);
      db.close();
    },
    { themeId, ids },
  );
}

test('counts linked diary forms and sessions per phase, and links valuations by keyboard', async ({
  page,
}) => {
  await openApp(page);
  await finishFirstRun(page);
  await page.getByRole('button', { name: 'Load example data' }).click();
  await page.getByRole('button', { name: 'Remove example data' }).waitFor();
  await seed(page);

  await page.goto(new URL(`/trajectory/themes/${themeId}`, page.url()).href);
  const diary = page.locator('section[aria-labelledby="linked-diary-title"]');
  await diary.getByRole('heading', { name: 'Diary forms (2)' }).waitFor();
  expect(await diary.textContent()).toContain('1 attending, 1 creating, 0 anchoring');
  // Newest first, each leading to the entry's own screen.
  const links = diary.getByRole('link');
  expect(await links.nth(0).getAttribute('href')).toBe(`/diary/${ids.diaryNew}`);
  expect(await links.nth(1).getAttribute('href')).toBe(`/diary/${ids.diaryOld}`);
  const focusing = page.locator('section[aria-labelledby="linked-focusing-title"]');
  expect(await focusing.textContent()).toContain('0 attending, 1 creating, 0 anchoring');
  expect(await focusing.getByRole('link').getAttribute('href')).toBe(`/focusing/${ids.focusing}`);
  await page.getByText('No valuations linked.').waitFor();

  await tabTo(page, page.getByRole('link', { name: 'Edit theme' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /^Self-investigation of / }).waitFor();
  await waitForScreenFocus(page);
  const valuation = page.getByRole('checkbox', { name: 'My father was never satisfied' });
  await tabTo(page, valuation);
  await page.keyboard.press('Space');
  expect(await valuation.isChecked()).toBe(true);
  await tabTo(page, page.getByRole('button', { name: 'Save theme' }));
  await page.keyboard.press('Enter');

  const linked = page.locator('section[aria-labelledby="valuations-title"]');
  await linked.getByText('My father was never satisfied').waitFor();
  await waitForScreenFocus(page);
  expect(await linked.getByText('I want to prove I can do it').count()).toBe(0);

  // Delete leaves a tombstone and offers undo; undo brings the theme back.
  await tabTo(page, page.getByRole('button', { name: 'Delete theme' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Trajectory', level: 1 }).waitFor();
  await page.getByText('No themes yet.', { exact: false }).waitFor();
  await waitForScreenFocus(page);
  await tabTo(page, page.getByRole('button', { name: 'Undo' }));
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Mijn drang om mezelf te bewijzen' }).waitFor();
});
