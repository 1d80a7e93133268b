// The home screen with material: the newest diary forms, the themes, unfinished work, and the
// coach's way in; accessible in both languages and both themes.
import { expect } from 'vitest';
import { expectNoAxeViolations, finishFirstRun, openApp } from '../support/app';
import { test } from '../support/fixtures';

test('shows the newest diary forms, the themes and unfinished work', async ({ page }) => {
  await openApp(page);
  await finishFirstRun(page);
  await page.getByText('Nothing here yet.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Load example data' }).click();
  const recent = page.locator('section[aria-labelledby="home-recent"]');
  await recent.getByRole('heading', { name: 'Latest diary forms' }).waitFor();
  expect(await recent.getByRole('listitem').count()).toBe(3);
  await recent.getByRole('link', { name: /^All diary forms \(\d+\)$/ }).waitFor();
  await page.getByRole('link', { name: 'Mijn drang om mezelf te bewijzen' }).waitFor();
  expect(await page.getByText('Nothing here yet.', { exact: false }).count()).toBe(0);

  // Start a guided focusing session, write a concern and leave: home offers to go on with
  // it. (A session with nothing in it is not stored, so there would be nothing to go on with.)
  await page.getByRole('link', { name: 'New focusing session' }).click();
  await page.locator('#stage-title').waitFor();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel('What is in the way?').fill('The unsent mail');
  await page.getByRole('link', { name: 'Koers' }).click();
  const unfinished = page.locator('section[aria-labelledby="home-unfinished"]');
  await unfinished.getByRole('link', { name: /Go on with the focusing session/ }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/focusing/new');
});

test('has no axe violations with material, in Dutch and English, light and dark', async ({
  newProfile,
}) => {
  for (const [locale, colorScheme] of [
    ['nl-NL', 'dark'],
    ['en-GB', 'light'],
  ] as const) {
    const context = await newProfile({ locale, colorScheme });
    const page = await context.newPage();
    await openApp(page);
    await finishFirstRun(page, 'client', locale === 'nl-NL' ? 'nl' : 'en');
    await page.locator('.example-data button').click();
    await page.locator('section[aria-labelledby="home-recent"]').waitFor();
    await expectNoAxeViolations(page, `home with material ${locale} ${colorScheme}`);
  }
});
