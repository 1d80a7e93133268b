// The timeline opens and scrolls with 10,000 entries, and search and insight work over them.
// Timings belong to the benchmark; this checks that it works, not how fast.
import { expect } from 'vitest';
import { test } from '../support/fixtures';
import { seedEntries, startOfflineClient, timelineSituations } from './diary-page';

test('opens, scrolls, searches and summarises 10,000 entries', async ({ context }) => {
  const page = await startOfflineClient(context);
  // Visiting the diary opens the database, so the seed can write into it.
  await page.goto(new URL('/diary', page.url()).href);
  await page.getByText('No diary forms yet').waitFor();
  await seedEntries(page, 10_000);
  await page.reload();

  await page.locator('.diary-card').first().waitFor();
  // The first frame shows a screenful; the rest of the first page follows a frame later.
  await expect.poll(() => page.locator('.diary-card').count()).toBe(50);
  const first = await timelineSituations(page);
  expect(first[0]).toContain('Situatie 0:');
  expect(first.length).toBe(50);

  // Scrolling to the end loads older pages, again and again.
  for (let round = 0; round < 4; round += 1) {
    const before = await page.locator('.diary-card').count();
    await page.mouse.wheel(0, 100_000);
    await expect.poll(() => page.locator('.diary-card').count()).toBeGreaterThan(before);
  }
  const situations = await timelineSituations(page);
  expect(situations.length).toBeGreaterThanOrEqual(250);
  // Newest first, without gaps.
  for (const [index, text] of situations.entries()) {
    expect(text).toContain(`Situatie ${index}:`);
  }
  // Grouped by day: 2.5 hours apart means about ten entries per day heading.
  expect(await page.locator('.diary-day h2').count()).toBeLessThan(situations.length / 5);

  // The "show older" button works for those who do not scroll.
  const before = await page.locator('.diary-card').count();
  await page.getByRole('button', { name: 'Show older entries' }).click();
  await expect.poll(() => page.locator('.diary-card').count()).toBeGreaterThan(before);

  // Search over all of them, also the oldest.
  await page.getByLabel('Search the diary').fill('situatie 9999: HEEL');
  await page.getByRole('status').filter({ hasText: '1 diary form found' }).waitFor();
  expect(await timelineSituations(page)).toEqual([
    'Situatie 9999: telefoon op het werk, héél gewoon',
  ]);
  await page.getByLabel('Search the diary').fill('wandeling');
  await page.getByRole('status').filter({ hasText: '1,667 diary forms found' }).waitFor();

  await page.goto(new URL('/diary/insight', page.url()).href);
  await page.getByText('10,000 diary forms in total').waitFor();
  await page.locator('svg.diary-chart polyline').first().waitFor({ state: 'attached' });
});
