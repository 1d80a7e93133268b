// The trajectory with the keyboard only, offline: create a theme with a goal and an action
// point, move it to creating, reload and find it; write the own report, reload and find it.
import { expect } from 'vitest';
import {
  expectNoAxeViolations,
  finishFirstRun,
  goOffline,
  openApp,
  waitForDraft,
  waitForScreenFocus,
  waitForServiceWorker,
  watchForeignRequests,
} from '../support/app';
import { test } from '../support/fixtures';
import { isFocused, tabTo } from './keyboard';

test('creates a theme, moves it to creating and writes the own report, offline, by keyboard', async ({
  context,
  page,
}) => {
  const foreign = watchForeignRequests(context);
  await openApp(page);
  await finishFirstRun(page);
  await waitForServiceWorker(page);
  await goOffline(context);

  await page.goto(new URL('/trajectory', page.url()).href);
  await page.getByRole('heading', { name: 'Trajectory', level: 1 }).waitFor();
  await page.getByText('No themes yet.', { exact: false }).waitFor();
  await tabTo(page, page.getByRole('link', { name: 'New theme' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'New theme', level: 1 }).waitFor();
  await waitForScreenFocus(page);

  // Saving without a title keeps the form and says why, next to the field.
  await tabTo(page, page.getByRole('button', { name: 'Save theme' }));
  await page.keyboard.press('Enter');
  await page.getByText('Give the theme a name.').waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('theme-title');

  await page.keyboard.type('My drive to prove myself');
  await tabTo(page, page.getByRole('button', { name: 'Add goal' }));
  await page.keyboard.press('Enter');
  // Focus lands in the new goal's field.
  await expect.poll(() => isFocused(page.getByLabel('Goal 1', { exact: true }))).toBe(true);
  await page.keyboard.type('Notice when the drive takes over');
  await tabTo(page, page.getByRole('button', { name: 'Add action point' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => isFocused(page.getByLabel('Action point 1', { exact: true }))).toBe(true);
  await page.keyboard.type('Ask a colleague for help once a week');
  await tabTo(page, page.getByRole('button', { name: 'Save theme' }));
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: 'My drive to prove myself', level: 1 }).waitFor();
  await waitForScreenFocus(page);
  const themeUrl = page.url();
  expect(themeUrl).toMatch(/\/trajectory\/themes\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page, 'theme page after create');

  // Move to creating: the next phase and today are the defaults.
  expect(await page.getByRole('radio', { name: /Creating/ }).isChecked()).toBe(true);
  await tabTo(page, page.getByLabel('Note (optional)'));
  await page.keyboard.type('I see the pattern now.');
  await tabTo(page, page.getByRole('button', { name: 'Move theme' }));
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'now in the Creating phase' }).waitFor();

  await page.reload();
  await page.getByRole('heading', { name: 'My drive to prove myself', level: 1 }).waitFor();
  const current = page.locator('section[aria-labelledby="current-title"]');
  expect(await current.locator('.phase-badge').textContent()).toBe('Creating');
  const timeline = page.locator('.timeline > li');
  expect(await timeline.count()).toBe(2);
  expect(await timeline.nth(0).textContent()).toContain('Attending');
  expect(await timeline.nth(1).textContent()).toContain('I see the pattern now.');
  await page.getByText('Notice when the drive takes over').waitFor();
  await page.getByText('Ask a colleague for help once a week').waitFor();

  // The overview lists it in its phase.
  await tabTo(page, page.getByRole('link', { name: 'Back to the trajectory' }));
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'My drive to prove myself' }).waitFor();
  await waitForScreenFocus(page);
  expect(await page.locator('.trajectory-card .phase-badge').textContent()).toBe('Creating');

  // The own report: save one answer, leave another as an unsaved draft, reload.
  await tabTo(page, page.getByRole('link', { name: 'Your own report' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Your own report', level: 1 }).waitFor();
  await waitForScreenFocus(page);
  const first = page.getByLabel('1. What brought you here?', { exact: false });
  await tabTo(page, first);
  await page.keyboard.type('I was burnt out and felt walled off.');
  await tabTo(page, page.getByRole('button', { name: 'Save report' }));
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Report saved.' }).waitFor();
  const second = page.getByLabel('2. What did you discover', { exact: false });
  await tabTo(page, second);
  await page.keyboard.type('That I keep proving myself.');
  // The draft is written within half a second: reload once it is.
  await waitForDraft(page, 'That I keep proving myself.');

  await page.reload();
  await page.getByRole('heading', { name: 'Your own report', level: 1 }).waitFor();
  await expect.poll(() => first.inputValue()).toBe('I was burnt out and felt walled off.');
  await expect.poll(() => second.inputValue()).toBe('That I keep proving myself.');
  await page.getByText('Last saved', { exact: false }).waitFor();
  expect(foreign).toEqual([]);
});
