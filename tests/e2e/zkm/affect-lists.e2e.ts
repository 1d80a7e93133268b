// A coach makes an affect list with the keyboard (errors shown by their fields), an
// investigation uses it, and editing the list later leaves that investigation as it was.
import { expect } from 'vitest';
import { finishFirstRun, openApp, waitForScreenFocus } from '../support/app';
import { test } from '../support/fixtures';
import { activate, tabTo } from './keyboard';

test('makes and edits an affect list; an investigation keeps the list it used', {
  timeout: 120_000,
}, async ({ page }) => {
  await openApp(page);
  await finishFirstRun(page, 'coach');
  await page.goto(new URL('/zkm/lists', page.url()).href);
  await activate(page, page.getByRole('link', { name: 'New affect list' }));
  await page.getByRole('heading', { name: 'New affect list' }).waitFor();
  await waitForScreenFocus(page);

  const name = page.getByLabel('Name of the list');
  await tabTo(page, name);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Career list');
  // Give feeling 1 the id of feeling 4 and an invalid threshold: both are named by their fields.
  const id1 = page.locator('#zkm-term-0-id');
  await tabTo(page, page.getByLabel('h (high)'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('x');
  await tabTo(page, id1);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('worry');
  await activate(page, page.getByRole('button', { name: 'Save list' }));
  await page.getByRole('alert').filter({ hasText: '2 fields need attention' }).waitFor();
  // The later of the two equal ids is the one flagged.
  expect(await page.locator('#zkm-term-0-id-error').count()).toBe(0);
  await expect
    .poll(() => page.locator('#zkm-term-3-id-error').textContent())
    .toBe('Another feeling already has this id.');
  expect(await page.locator('#zkm-term-3-id').getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('#zkm-list-threshold-h-error').textContent()).toBe(
    'Enter a whole number of 0 or more.',
  );

  await tabTo(page, id1, { back: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('delight');
  await tabTo(page, page.locator('#zkm-term-0-en'), { back: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('delight');
  await tabTo(page, page.getByLabel('h (high)'), { back: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10');
  await activate(page, page.getByRole('button', { name: 'Save list' }));
  await page.getByRole('heading', { name: 'Affect lists' }).waitFor();
  await page.getByRole('link', { name: 'Career list' }).waitFor();

  // Start an investigation on the new list.
  await page.goto(new URL('/zkm/new', page.url()).href);
  // The stored lists arrive from a live query after the built-in one: the arrow key moves
  // to the next option that is there.
  await page.getByRole('radio', { name: 'Career list' }).waitFor();
  await tabTo(page, page.getByRole('radio', { name: /ZKM 16/ }));
  await page.keyboard.press('ArrowDown');
  expect(await page.getByRole('radio', { name: 'Career list' }).isChecked()).toBe(true);
  await activate(page, page.getByRole('button', { name: 'Start', exact: true }));
  await page.getByRole('heading', { name: 'Valuations', exact: true }).waitFor();
  const investigationUrl = page.url().replace(/\/valuations$/, '');

  // Edit the list: rename "delight" to "glee".
  await page.goto(new URL('/zkm/lists', page.url()).href);
  await activate(page, page.getByRole('link', { name: 'Career list' }));
  await page.getByRole('heading', { name: 'Edit affect list' }).waitFor();
  await waitForScreenFocus(page);
  await tabTo(page, page.locator('#zkm-term-0-en'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('glee');
  await activate(page, page.getByRole('button', { name: 'Save list' }));
  await page.getByRole('heading', { name: 'Affect lists' }).waitFor();

  // The investigation still rates "delight" (its own copy of the list) with h 10.
  await page.goto(`${investigationUrl}/rate?item=general`);
  await page.getByRole('radiogroup', { name: 'delight' }).waitFor();
  expect(await page.getByRole('radiogroup', { name: 'glee' }).count()).toBe(0);
  await page.goto(`${investigationUrl}/results`);
  await page.getByText('h 10, d 4, l 6, p 7').waitFor();
});
