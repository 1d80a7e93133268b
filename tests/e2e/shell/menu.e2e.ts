// The phone menu: it opens whenever it is pressed, even in the first moment after the shell
// appears, and navigating closes it.
import { expect } from 'vitest';
import { aboutAcknowledge, openApp, waitForScreenFocus } from '../support/app';
import { test } from '../support/fixtures';

const menuState = (page: import('playwright-core').Page) =>
  page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded');

/** Resolves once the page has drawn a frame and run a task after it (Preact's effects ran). */
const afterNextFrame = (page: import('playwright-core').Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(), 0))),
  );

test('opens when pressed the moment the shell appears, before its first effects ran', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('input[name="language"][value="en"]').check();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('input[name="role"][value="client"]').check();
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('about-client').waitFor();
  // Press Menu in the same task that puts the shell on the page: before any frame is drawn,
  // so before the shell's effects run (a keyboard user on a slow phone is that quick).
  await page.evaluate(() => {
    new MutationObserver((_changes, observer) => {
      const menu = document.querySelector<HTMLButtonElement>('button.menu-toggle');
      if (!menu) return;
      observer.disconnect();
      menu.click();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: aboutAcknowledge.en }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await afterNextFrame(page);
  expect(await menuState(page)).toBe('true');
  expect(await page.locator('#main-nav').getAttribute('class')).toBe('nav open');
});

test('closes on navigating, and is closed on coming back', async ({ page }) => {
  await openApp(page);
  await page.locator('input[name="language"][value="en"]').check();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('input[name="role"][value="client"]').check();
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('button', { name: aboutAcknowledge.en }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();

  await page.getByRole('button', { name: 'Menu' }).click();
  expect(await menuState(page)).toBe('true');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  expect(await menuState(page)).toBe('false');
  await waitForScreenFocus(page);

  await page.goBack();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
  await afterNextFrame(page);
  expect(await menuState(page)).toBe('false');
  await waitForScreenFocus(page);
});
