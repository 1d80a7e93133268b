// axe-core finds no violations on any shell screen, in Dutch and English, light and dark;
// and the shell works with the keyboard alone.
import { describe, expect } from 'vitest';
import { expectNoAxeViolations, finishFirstRun, openApp, waitForScreenFocus } from '../support/app';
import { test } from '../support/fixtures';
import { tabTo } from '../support/keyboard';

const variants = [
  { language: 'nl', colorScheme: 'light' },
  { language: 'nl', colorScheme: 'dark' },
  { language: 'en', colorScheme: 'light' },
  { language: 'en', colorScheme: 'dark' },
] as const;

describe.each(variants)('shell screens in $language, $colorScheme', ({ language, colorScheme }) => {
  test.override({
    contextOptions: { locale: language === 'nl' ? 'nl-NL' : 'en-GB', colorScheme },
  });
  test('has no axe violations on first run, home, settings, a section and not-found', async ({
    page,
  }) => {
    await openApp(page);
    // The first run follows the browser's language (set on the page in an effect, after the
    // first paint).
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
    await expectNoAxeViolations(page, `first run ${language} ${colorScheme}`);
    await finishFirstRun(page, 'client', language);
    await page.locator('h1').first().waitFor();
    // Today's material mounts at the first idle moment: check the screen with it.
    await page.locator('.example-data button').waitFor();
    await expectNoAxeViolations(page, `home ${language} ${colorScheme}`);
    for (const path of ['/settings', '/coach', '/no-such-page']) {
      await page.goto(new URL(path, page.url()).href);
      await page.locator('h1').first().waitFor();
      // Settings read the storage use after their first paint: check them with it shown.
      if (path === '/settings') await page.getByTestId('storage-usage').waitFor();
      await expectNoAxeViolations(page, `${path} ${language} ${colorScheme}`);
    }
    // The phone menu, opened.
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page, `menu ${language} ${colorScheme}`);
  });
});

test('works with the keyboard only: first run, menu, navigation and settings', async ({ page }) => {
  await openApp(page);
  // Tab to the English option, choose it with space, then the client role.
  await page.locator('input[name="language"][value="en"]').focus();
  await page.keyboard.press('Space');
  await page.locator('input[name="role"][value="client"]').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  // "About Koers and your data": focus moves to its heading; Tab on to the acknowledgment.
  await page.getByRole('heading', { name: 'About Koers and your data' }).waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  const acknowledge = page.getByRole('button', { name: 'I understand, start' });
  await tabTo(page, acknowledge, { max: 11 });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Today' }).waitFor();

  // Skip link first, then the header links.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
  await page.getByRole('button', { name: 'Menu' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded'))
    .toBe('true');
  await page.getByRole('link', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  // The shell then moves focus to the new screen; the arrow key must come after that.
  await waitForScreenFocus(page);

  // Switch to Dutch with the arrow keys in the language group.
  await page.locator('input[name="language"][value="en"]').focus();
  await page.keyboard.press('ArrowUp');
  await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
});

describe('on a touch screen', () => {
  test.override({ contextOptions: { hasTouch: true } });
  test('has touch targets of at least 44 px on every control of the shell', async ({ page }) => {
    await openApp(page);
    await finishFirstRun(page);
    await page.getByRole('button', { name: 'Menu' }).tap();
    for (const path of ['/', '/settings']) {
      await page.goto(new URL(path, page.url()).href);
      await page.locator('h1').first().waitFor();
      // Today's material (with its buttons) mounts at the first idle moment.
      if (path === '/') await page.locator('.example-data button').waitFor();
      if (path === '/settings') await page.getByRole('button', { name: 'Menu' }).tap();
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a, button, label.choice, input, select')]
          .filter((element) => element.offsetParent !== null && !element.closest('.skip-link'))
          .filter((element) => !(element instanceof HTMLInputElement && element.closest('label')))
          .map((element) => {
            const box = element.getBoundingClientRect();
            return { text: element.textContent?.trim(), width: box.width, height: box.height };
          })
          .filter((box) => box.width < 44 || box.height < 44),
      );
      expect(small, path).toEqual([]);
    }
  });
});
