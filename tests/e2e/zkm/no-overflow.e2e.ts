// No sideways scrolling of the page on any ZKM screen at 320 px (issue 12): with the example
// data as it is, and with two of its valuations (and their successors in the re-investigation)
// 1,000 characters long, one in words and one a single unbroken string. Every disclosure is
// opened too, so the tables behind "show as a table" are measured as well.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import { finishFirstRun, openApp, waitForAppDatabase } from '../support/app';
import { test } from '../support/fixtures';
import { screenSettled } from './results-page';

const FIRST = exampleId(2001);
const SECOND = exampleId(2002);

const screens = [
  '/zkm',
  '/zkm/new',
  '/zkm/lists',
  '/zkm/lists/new',
  `/zkm/${FIRST}`,
  `/zkm/${FIRST}/questions`,
  `/zkm/${FIRST}/valuations`,
  `/zkm/${FIRST}/rate?item=${exampleId(2011)}`,
  `/zkm/${FIRST}/rate?item=${exampleId(2012)}`,
  `/zkm/${FIRST}/rate?item=done`,
  `/zkm/${FIRST}/results`,
  `/zkm/${FIRST}/how-to-read`,
  `/zkm/${FIRST}/discuss`,
  `/zkm/${FIRST}/reinvestigate`,
  `/zkm/${SECOND}`,
  `/zkm/${SECOND}/valuations`,
  `/zkm/${SECOND}/results`,
  `/zkm/${SECOND}/compare`,
  `/zkm/${SECOND}/discuss`,
];

const WORDS = `${'When I think of the years at the lab I see long evenings and small wins. '.repeat(13)}${'x'.repeat(51)}`;
const UNBROKEN = 'y'.repeat(1000);

/** Gives valuations 11 and 31 the text in words and 12 and 32 the unbroken one, in storage. */
async function lengthenValuations(page: Page) {
  await waitForAppDatabase(page);
  const texts: Record<string, string> = {
    [exampleId(2011)]: WORDS,
    [exampleId(2031)]: WORDS,
    [exampleId(2012)]: UNBROKEN,
    [exampleId(2032)]: UNBROKEN,
  };
  const changed = await page.evaluate(
    (wanted) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('koers');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('valuations', 'readwrite');
          const store = tx.objectStore('valuations');
          let count = 0;
          for (const [id, text] of Object.entries(wanted)) {
            const get = store.get(id);
            get.onsuccess = () => {
              if (!get.result) return;
              store.put({ ...get.result, text });
              count++;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(count);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    texts,
  );
  expect(changed).toBe(4);
}

/** What sticks out: the widest elements past the right edge (for a readable failure). */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .filter((element) => !element.closest('.zkm-scroll, .chart-table-alt'))
      .slice(0, 5)
      .map((element) => `${element.tagName}.${element.className}`);
  });

for (const data of ['example', 'long'] as const) {
  test(`has no sideways overflow on any ZKM screen at 320 px (${data} valuations)`, {
    timeout: 240_000,
  }, async ({ newProfile }) => {
    expect(WORDS).toHaveLength(1000);
    const context = await newProfile({ viewport: { width: 320, height: 740 } });
    const page = await context.newPage();
    await openApp(page);
    await finishFirstRun(page);
    const button = page.locator('.example-data button');
    await button.waitFor();
    await button.click();
    await page.locator('.example-data [role="status"]').filter({ hasText: /\d/ }).waitFor();
    if (data === 'long') await lengthenValuations(page);
    for (const path of screens) {
      await page.goto(new URL(path, page.url()).href);
      await page.locator('main h1').first().waitFor();
      await screenSettled(page);
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('main details'))
          details.setAttribute('open', '');
      });
      // The index table is rendered once its disclosure opens: wait for it.
      if ((await page.locator('details.zkm-index-alt').count()) > 0)
        await page.locator('.zkm-index-table').waitFor();
      // Parts out of view skip layout and clip what they hold (content-visibility: auto):
      // lay everything out, so a part that is too wide shows here instead of being cut.
      await page.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>('main *')) {
          if (getComputedStyle(element).contentVisibility !== 'visible')
            element.style.setProperty('content-visibility', 'visible', 'important');
        }
      });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      const culprits = width > 320 ? await overflowing(page) : [];
      expect(width, `${path} (${data}): ${culprits.join(', ')}`).toBeLessThanOrEqual(320);
    }
  });
}
