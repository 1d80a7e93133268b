// Auto-lock in the browser, on the page's own clock (Playwright's clock: minutes pass without
// waiting for them): the idle time locks, and a draft typed before comes back after unlock;
// a page that comes back after standing still longer than the hidden time (a phone froze it,
// so no timer ran) locks before it shows anything. Offline throughout.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from '../support/fixtures';
import { goUnlocked, lockedOfflineClient, navigateInApp, unlock } from './lock-page';

const DRAFT = 'Zq4 a draft typed before the lock';

/** Says the page is hidden or shown again, as switching apps on a phone does. */
function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  return page.evaluate((wanted) => {
    Object.defineProperty(document, 'visibilityState', { value: wanted, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

test('locks after the idle time and after a freeze, keeping the draft, offline', async ({
  page,
  context,
}) => {
  await page.clock.install();
  await lockedOfflineClient(page, context);

  // The idle time (5 minutes unless chosen otherwise) passes without input: the lock screen,
  // with nothing of the draft on the page.
  await goUnlocked(page, '/diary/new');
  await page.locator('#diary-situation').fill(DRAFT);
  await page.clock.fastForward('05:01');
  await page.locator('#lock-title').waitFor();
  expect(await page.locator('body').textContent()).not.toContain(DRAFT);
  expect(await page.locator('#diary-situation').count()).toBe(0);
  await unlock(page);
  await expect.poll(() => page.locator('#diary-situation').inputValue()).toBe(DRAFT);

  // Hidden for a moment: still open. Hidden while the clock moves on two minutes with no
  // timer running (a frozen page): the lock screen as soon as it is shown again.
  await navigateInApp(page, '/');
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await setVisibility(page, 'hidden');
  expect(await page.locator('html').getAttribute('data-covered')).toBe('');
  await setVisibility(page, 'visible');
  expect(await page.locator('html').getAttribute('data-covered')).toBeNull();
  expect(await page.locator('#lock-title').count()).toBe(0);
  await setVisibility(page, 'hidden');
  const frozenAt = await page.evaluate(() => Date.now());
  await page.clock.setSystemTime(frozenAt + 120_000);
  await setVisibility(page, 'visible');
  await page.locator('#lock-title').waitFor();
  expect(await page.getByRole('heading', { name: 'Today' }).count()).toBe(0);
  // The cover goes once the lock screen is up (the gate stops auto-lock after that render).
  await expect.poll(() => page.locator('html').getAttribute('data-covered')).toBeNull();
});
