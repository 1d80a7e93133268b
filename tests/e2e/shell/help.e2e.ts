// The help page: one tap from the header of every screen, opens offline in Dutch and English,
// shows the crisis numbers as tel: links and text, and makes no request to another origin.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  expectNoAxeViolations,
  finishFirstRun,
  goOffline,
  openApp,
  waitForServiceWorker,
  watchForeignRequests,
} from '../support/app';
import { test } from '../support/fixtures';

const screens = ['/', '/diary', '/diary/new', '/zkm', '/focusing', '/focusing/new', '/settings'];

/** Opens `path` and follows the header's help link with one tap. */
async function helpFrom(page: Page, path: string, label: string) {
  await page.goto(new URL(path, page.url()).href);
  await page.locator('main h1').first().waitFor();
  await page.locator('.topbar').getByRole('link', { name: label, exact: true }).click();
  await page.locator('#help-title').waitFor();
}

describe.each([
  ['en', 'Help', 'Help now', 'Call 112', 'Call 0800-0113'],
  ['nl', 'Hulp', 'Nu hulp', 'Bel 112', 'Bel 0800-0113'],
] as const)('the help page in %s', (language, link, title, emergency, suicide) => {
  test.override({ contextOptions: { locale: language === 'nl' ? 'nl-NL' : 'en-GB' } });
  test('is one tap away on every screen and works offline', async ({ context }) => {
    const foreign = watchForeignRequests(context);
    const page = await context.newPage();
    await openApp(page);
    await finishFirstRun(page, 'client', language);
    await waitForServiceWorker(page);
    await goOffline(context);

    for (const path of screens) await helpFrom(page, path, link);
    expect(await page.locator('#help-title').textContent()).toBe(title);
    expect(await page.getByRole('link', { name: emergency }).getAttribute('href')).toBe('tel:112');
    expect(await page.getByRole('link', { name: suicide }).getAttribute('href')).toBe(
      'tel:08000113',
    );
    // The chat is named as text, not linked: nothing on the page reaches another origin.
    await page.getByText('113.nl', { exact: false }).first().waitFor();
    expect(await page.locator('a[href^="http"]').count()).toBe(0);
    await expectNoAxeViolations(page, `help (${language})`);

    // Opened directly, as after a restart without a connection.
    await page.reload();
    await page.locator('#help-title').waitFor();
    // At 360 px the header keeps the help link on screen, with a 44 px target.
    const box = await page.locator('.help-link').boundingBox();
    expect(box && box.x + box.width <= 360 && box.height >= 44).toBe(true);
    expect(foreign).toEqual([]);
  });
});
