// The invitation to turn the app lock on, on a client's Today at 360 × 740: absent with two
// entries, there with the third, its link opens the settings' lock section (scrolled to and
// focused), and once put away it stays away after a reload. axe finds nothing on the card, in
// English (light) and Dutch (dark); its link and button are at least 44 px tall. With the
// lock turned on, Today shows it no more.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { seedEntries } from '../diary/diary-page';
import { chooseLock, confirmRecoveryKey, navigateInApp } from '../lock/lock-page';
import { expectNoAxeViolations, finishFirstRun, go, openApp, storedSettings } from '../support/app';
import { test } from '../support/fixtures';

const words = {
  en: {
    card: 'Keep what you wrote to yourself',
    open: 'Set up the app lock',
    dismiss: 'No, thank you',
    recent: 'Latest diary forms',
    lock: 'App lock',
    noDiary: 'No diary forms yet.',
  },
  nl: {
    card: 'Houd wat je schreef voor jezelf',
    open: 'App-vergrendeling instellen',
    dismiss: 'Nee, dank je',
    recent: 'Laatste dagboekformulieren',
    lock: 'App-vergrendeling',
    noDiary: 'Nog geen dagboekformulieren.',
  },
};

/** Opens Today afresh (the seed writes beside the app) and waits until its material is read. */
async function freshToday(page: Page, recent: string): Promise<void> {
  await go(page, '/');
  // The card is decided in the same render as the newest diary forms.
  await page.getByRole('heading', { name: recent, level: 2 }).waitFor({ timeout: 30_000 });
}

/** Whether this page load fetched the card's own chunk. */
function cardCodeFetched(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => /\/LockInvite-[^/]*\.js$/.test(entry.name)),
  );
}

describe.each(['en', 'nl'] as const)('the lock invitation in %s', (language) => {
  const w = words[language];
  test.override({
    contextOptions: {
      locale: language === 'nl' ? 'nl-NL' : 'en-GB',
      colorScheme: language === 'nl' ? 'dark' : 'light',
    },
  });

  test('shows after three entries, leads to the lock section, and stays away once put away', async ({
    page,
  }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', language);
    const card = page.getByRole('heading', { name: w.card, level: 2 });
    // Visiting the diary opens the database, so the seed can write into it.
    await go(page, '/diary');
    await page.getByText(w.noDiary, { exact: false }).waitFor({ timeout: 30_000 });

    await seedEntries(page, 2);
    await freshToday(page, w.recent);
    expect(await card.count()).toBe(0);
    // Not even its code is fetched: the rule is decided in home's material first.
    expect(await cardCodeFetched(page)).toBe(false);

    await seedEntries(page, 3);
    await freshToday(page, w.recent);
    await card.waitFor({ timeout: 30_000 });
    expect(await cardCodeFetched(page)).toBe(true);
    await expectNoAxeViolations(page, `lock invitation (${language})`);
    const link = page.getByRole('link', { name: w.open });
    const dismiss = page.getByRole('button', { name: w.dismiss });
    for (const target of [link, dismiss]) {
      expect((await target.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    }

    // The link opens the settings at the lock section, which takes the focus.
    await link.click();
    await page.getByRole('heading', { name: w.lock, level: 2 }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/settings');
    expect(new URL(page.url()).hash).toBe('#lock');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('lock');
    const box = await page.locator('#lock-section-title').boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 741).toBeLessThan(740);

    // Put away: gone at once, and still gone after a reload.
    await freshToday(page, w.recent);
    await card.waitFor({ timeout: 30_000 });
    await dismiss.click();
    await card.waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(async () => (await storedSettings(page)).lockInviteDismissed).toBe(true);
    await page.reload();
    await page.getByRole('heading', { name: w.recent, level: 2 }).waitFor({ timeout: 30_000 });
    expect(await card.count()).toBe(0);
  });
});

describe('the lock invitation with the lock on', () => {
  test('is gone once the lock is turned on from the settings', async ({ page }) => {
    const w = words.en;
    await openApp(page);
    await finishFirstRun(page, 'client', 'en');
    await go(page, '/diary');
    await page.getByText(w.noDiary, { exact: false }).waitFor({ timeout: 30_000 });
    await seedEntries(page, 3);
    await freshToday(page, w.recent);
    await page.getByRole('heading', { name: w.card, level: 2 }).waitFor({ timeout: 30_000 });

    await chooseLock(page);
    await confirmRecoveryKey(page);
    await page.getByText('The lock is on.', { exact: false }).waitFor({ timeout: 60_000 });
    // Back to Today within the app (the key stays held): the material reads, no card.
    await navigateInApp(page, '/');
    await page.getByRole('heading', { name: w.recent, level: 2 }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { name: w.card, level: 2 }).count()).toBe(0);
  });
});
