// A short investigation with the keyboard only, offline on a phone: three valuations written,
// reordered and rated, general and ideal feeling, the indices and types; then a
// re-investigation (kept, reworded, dropped, new) and the comparison. Axe on every screen.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  expectNoAxeViolations,
  finishFirstRun,
  goOffline,
  openApp,
  waitForScreenFocus,
  waitForServiceWorker,
  watchForeignRequests,
} from '../support/app';
import { test } from '../support/fixtures';
import { activate, rateWithDigits, tabTo } from './keyboard';

// Ratings in the default list's order: P S P N S P O N O S O N O N S P.
const PLUS_S = '4540540005000054'; // S 20, O 0, P 16, N 0: +S
const MINUS_O = '0103104341434310'; // S 4, O 16, P 0, N 12: −O
const BOTH_HH = '2322323233323232'; // S 12, O 12, P 8, N 8: ±HH
const GENERAL = '1414411414141441'; // S 16, O 4, P 4, N 16
const IDEAL = '5450454044404045';

// Pearson's r with the general and the ideal feeling, worked out by hand from the digits above
// (deviation products over the root of the squared deviations, n = 16):
// +S:  general 6 / sqrt(83 * 36) = 0.11,  ideal 43 / sqrt(83 * 59) = 0.61
// ±HH: general 0 / sqrt(4 * 36) = 0.00,   ideal 6 / sqrt(4 * 59) = 0.39
// −O:  general 0 / sqrt(40 * 36) = 0.00,  ideal −24 / sqrt(40 * 59) = −0.49

async function rowCells(page: Page, text: string) {
  const row = page
    .locator('table.zkm-table tr', { has: page.locator('th', { hasText: text }) })
    .first();
  return row.locator('td').allInnerTexts();
}

test('runs an investigation and a re-investigation with the keyboard only', {
  timeout: 180_000,
}, async ({ context, page }) => {
  const foreign = watchForeignRequests(context);
  await openApp(page);
  await finishFirstRun(page);
  await waitForServiceWorker(page);
  await goOffline(context);

  await page.goto(new URL('/zkm', page.url()).href);
  await page.getByRole('heading', { name: 'Self-investigation' }).waitFor();
  await expectNoAxeViolations(page, 'zkm home (empty)');
  await activate(page, page.getByRole('link', { name: 'Start a first investigation' }));

  await page.getByRole('heading', { name: 'New investigation' }).waitFor();
  await waitForScreenFocus(page);
  await expectNoAxeViolations(page, 'new investigation');
  await tabTo(page, page.getByLabel('Name (optional)'));
  await page.keyboard.type('Spring');
  await activate(page, page.getByRole('button', { name: 'Start', exact: true }));

  await page.getByRole('heading', { name: 'Valuations', exact: true }).waitFor();
  await waitForScreenFocus(page);
  const text = page.getByLabel('Valuation', { exact: true });
  const add = page.getByRole('button', { name: 'Add valuation' });
  // First valuation in the past: move to the Past option with the arrow keys.
  await tabTo(page, page.getByRole('radio', { name: 'Present' }));
  await page.keyboard.press('ArrowLeft');
  await tabTo(page, text);
  await page.keyboard.type('When I passed my exam with honours I knew I could do it');
  await activate(page, add);
  await page.getByRole('status').filter({ hasText: 'Added: When I passed' }).waitFor();
  await tabTo(page, text, { back: true });
  await page.keyboard.type('At home I keep my worries from my partner');
  await activate(page, add);
  await page.getByRole('status').filter({ hasText: 'Added: At home' }).waitFor();
  await tabTo(page, text, { back: true });
  await page.keyboard.type('Asking a colleague for help feels like teamwork');
  await activate(page, add);
  await page.getByText('Your valuations (3)').waitFor();
  await expectNoAxeViolations(page, 'valuations');

  // Reorder: valuation 3 up, so it comes second.
  await activate(page, page.getByRole('button', { name: 'Move valuation 3 up' }));
  await page.getByRole('status').filter({ hasText: 'Moved to place 2 of 3.' }).waitFor();
  await expect
    .poll(() => page.locator('.zkm-val-list .zkm-card-title').allInnerTexts())
    .toEqual([
      '1. When I passed my exam with honours I knew I could do it',
      '2. Asking a colleague for help feels like teamwork',
      '3. At home I keep my worries from my partner',
    ]);
  // Focus stayed on the moved valuation's button (put back by an effect after the list
  // re-rendered from storage).
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe('Move valuation 2 up');

  // Edit valuation 3 in place: the text field takes focus, Save returns focus to Edit.
  await activate(page, page.getByRole('button', { name: 'Edit valuation 3' }));
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  await page.keyboard.press('End');
  await page.keyboard.type(' at night');
  await activate(page, page.getByRole('button', { name: 'Save', exact: true }));
  await page.getByText('3. At home I keep my worries from my partner at night').waitFor();
  await page.waitForFunction(
    () => document.activeElement?.getAttribute('aria-label') === 'Edit valuation 3',
  );

  await activate(page, page.getByRole('link', { name: 'Go to rating' }));
  await page.getByRole('heading', { name: /Valuation 1 of 3/ }).waitFor();
  await expectNoAxeViolations(page, 'rating');
  await rateWithDigits(page, PLUS_S);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Valuation 2 of 3/ }).waitFor();
  await rateWithDigits(page, BOTH_HH);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Valuation 3 of 3/ }).waitFor();
  // Stop half-way and continue later: the ratings given so far are kept.
  await rateWithDigits(page, MINUS_O.slice(0, 5));
  await page.getByText('5 of 16 feelings rated here').waitFor();
  await page.getByText('Every rating is saved.').waitFor();
  await page.reload();
  await page.getByRole('heading', { name: /Valuation 3 of 3/ }).waitFor();
  await expect.poll(() => page.locator('input[name="rate-joy"]:checked').count()).toBe(1);
  await page.getByText('5 of 16 feelings rated here').waitFor();
  await page.getByText('37 of 80 ratings given').waitFor();
  await rateWithDigits(page, MINUS_O);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /General feeling/ }).waitFor();
  await rateWithDigits(page, GENERAL);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Ideal feeling/ }).waitFor();
  await rateWithDigits(page, IDEAL);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Everything is rated' }).waitFor();
  await page.getByText('80 of 80 ratings given').waitFor();

  await activate(page, page.getByRole('link', { name: 'Results' }));
  await page.getByRole('heading', { name: 'Results', level: 1 }).waitFor();
  // On a phone the cards come first and the index table waits behind its disclosure.
  const exam = page.locator('[data-result-card]', { hasText: 'When I passed my exam' });
  await expect
    .poll(() => exam.locator('.zkm-result-type button').textContent())
    .toContain('+S: a positive, self-enhancing valuation');
  expect((await exam.locator('.zkm-fig-value').allTextContents()).slice(0, 4)).toEqual([
    '20 of 20',
    '0 of 20',
    '16 of 20',
    '0 of 20',
  ]);
  await activate(page, page.locator('details.zkm-index-alt > summary'));
  await expect.poll(() => page.locator('details.zkm-index-alt').getAttribute('open')).toBe('');
  await page.locator('.zkm-index-table').waitFor();
  expect(await rowCells(page, 'When I passed my exam')).toEqual([
    '1',
    '20',
    '0',
    '16',
    '0',
    '20',
    '16',
    '+S',
    '0.11',
    '0.61',
  ]);
  expect(await rowCells(page, 'Asking a colleague')).toEqual([
    '2',
    '12',
    '12',
    '8',
    '8',
    '0',
    '0',
    '±HH',
    '0.00',
    '0.39',
  ]);
  expect(await rowCells(page, 'At home I keep')).toEqual([
    '3',
    '4',
    '16',
    '0',
    '12',
    '-12',
    '-12',
    '\u2212O',
    '0.00',
    '-0.49',
  ]);
  await expectNoAxeViolations(page, 'results');

  await activate(page, page.getByRole('link', { name: 'Back to the investigation' }));
  await page.getByRole('link', { name: 'Start a re-investigation' }).waitFor();
  await waitForScreenFocus(page);
  await activate(page, page.getByRole('link', { name: 'Start a re-investigation' }));
  await page.getByRole('heading', { name: 'Start a re-investigation' }).waitFor();
  await waitForScreenFocus(page);
  // Valuation 1 kept (Space checks the first option), 2 reworded, 3 dropped (arrows).
  await tabTo(page, page.getByRole('radio', { name: 'Keep' }).first());
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  const reword = page.getByLabel('New wording of valuation 2');
  await reword.waitFor();
  await tabTo(page, reword);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Asking a colleague for help is getting easier');
  await tabTo(page, page.getByRole('radio', { name: 'Keep' }).nth(2));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectNoAxeViolations(page, 're-investigation setup');
  await activate(page, page.getByRole('button', { name: 'Start the re-investigation' }));

  await page.getByText('Your valuations (2)').waitFor();
  await waitForScreenFocus(page);
  await tabTo(page, text);
  await page.keyboard.type('I plan one quiet evening a week with my partner');
  await activate(page, add);
  await page.getByText('Your valuations (3)').waitFor();
  await activate(page, page.getByRole('link', { name: 'Go to rating' }));
  await page.getByRole('heading', { name: /Valuation 1 of 3/ }).waitFor();
  await rateWithDigits(page, PLUS_S);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Valuation 2 of 3/ }).waitFor();
  await rateWithDigits(page, BOTH_HH.replace(/3/g, '4'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Valuation 3 of 3/ }).waitFor();
  await rateWithDigits(page, BOTH_HH);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /General feeling/ }).waitFor();
  await rateWithDigits(page, BOTH_HH);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Ideal feeling/ }).waitFor();
  await rateWithDigits(page, IDEAL);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Everything is rated' }).waitFor();

  await activate(page, page.getByRole('link', { name: 'Back to the investigation' }));
  const compare = page.getByRole('link', { name: 'Compare with the previous investigation' });
  await compare.waitFor();
  await waitForScreenFocus(page);
  await activate(page, compare);
  await page.getByRole('heading', { name: 'Then and now' }).waitFor();
  const cards = page.locator('.zkm-compare-list > li');
  await expect.poll(() => cards.count()).toBe(4);
  const titles = await page.locator('.zkm-compare-list .zkm-card-title').allInnerTexts();
  expect(titles).toEqual([
    'Kept When I passed my exam with honours I knew I could do it',
    'Reworded Asking a colleague for help is getting easier',
    'New I plan one quiet evening a week with my partner',
    'Dropped At home I keep my worries from my partner at night',
  ]);
  // The reworded valuation: S and O rose from 12 to 16, the type from ±HH to ±HH, P−N same.
  const reworded = cards.nth(1).locator('tbody tr');
  expect(await reworded.nth(0).locator('td').allInnerTexts()).toEqual(['12', '16']);
  expect(await reworded.nth(4).locator('td').allInnerTexts()).toEqual(['±HH', '±HH']);
  // General feeling then and now: S 16 → 12, type −S... read from the feelings card.
  const general = page.locator('.zkm-compare-grid .zkm-card').first().locator('tbody tr');
  expect(await general.nth(0).locator('td').allInnerTexts()).toEqual(['16', '12']);
  expect(await general.nth(4).locator('td').allInnerTexts()).toEqual(['\u2212S', '±HH']);
  // Shift in the spread of types.
  const shift = await page
    .locator('section[aria-labelledby="zkm-compare-spread"] tbody tr')
    .allInnerTexts();
  expect(shift.map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
    '+S (S-type) 1 1 0',
    '\u2212O (O-type) 1 0 -1',
    '±HH (HH-type) 1 2 +1',
    'All valuations 3 3 0',
  ]);
  await expectNoAxeViolations(page, 'comparison');
  expect(foreign).toEqual([]);
});
