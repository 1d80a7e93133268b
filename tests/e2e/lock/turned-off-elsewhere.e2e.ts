// The lock turned off in another tab: this tab drops its key (src/features/lock/lock-gate.ts),
// stays open (there is nothing to unlock any more), and its diary search keeps working. Before,
// the search index waited for an unlock that never came and the search said nothing.
// Offline, with the lock on first.
import { expect } from 'vitest';
import { expectOnTimeline, fillForm, saveForm } from '../diary/diary-page';
import { openApp } from '../support/app';
import { test } from '../support/fixtures';
import { goUnlocked, lockedOfflineClient, navigateInApp, PASSPHRASE, unlock } from './lock-page';

test('keeps the diary search working when another tab turns the lock off', async ({
  page,
  context,
}) => {
  await lockedOfflineClient(page, context);
  for (const situation of ['Koffie in het café met Ruud', 'Wandeling in het park']) {
    await goUnlocked(page, '/diary/new');
    await fillForm(page, { situation });
    await saveForm(page);
    await expectOnTimeline(page, situation);
  }
  const search = page.getByLabel('Search the diary');
  await search.fill('ruud');
  await page.getByRole('status').filter({ hasText: '1 diary form found' }).waitFor();

  const other = await context.newPage();
  await openApp(other);
  await other.locator('#lock-title').waitFor();
  await unlock(other);
  await navigateInApp(other, '/settings');
  await other.getByRole('button', { name: 'Turn the lock off' }).click();
  await other.locator('#lock-off-passphrase').fill(PASSPHRASE);
  await other.getByRole('button', { name: 'Turn the lock off' }).click();
  await other.getByText('The lock is off.', { exact: true }).waitFor({ timeout: 120_000 });

  // The first tab, untouched since: no lock screen, and the search finds the other form.
  await search.fill('wandeling');
  await page.getByRole('status').filter({ hasText: '1 diary form found' }).waitFor();
  await page.locator('.diary-card-situation', { hasText: 'Wandeling in het park' }).waitFor();
  expect(await page.locator('#lock-title').count()).toBe(0);
});
