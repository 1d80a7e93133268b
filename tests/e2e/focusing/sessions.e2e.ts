// Focusing in Chromium, offline and with the keyboard only: a guided session that survives a
// reload mid-step, a quick log, and the history showing both (with delete and undo).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  finishFirstRun,
  goOffline,
  goOnline,
  launchBrowser,
  newContext,
  openApp,
  waitForDraft,
  waitForScreenFocus,
  waitForServiceWorker,
  watchForeignRequests,
} from '../support/app';
import { press, tabTo } from './keyboard';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let foreign: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  foreign = watchForeignRequests(context);
  page = await context.newPage();
  await openApp(page);
  await finishFirstRun(page);
  await waitForServiceWorker(page);
  await goOffline(context);
});

afterAll(async () => {
  await goOnline(context);
  await context.close();
  await browser.close();
});

const heading = (name: string) => page.getByRole('heading', { name, exact: true });
const stageHeading = (name: string) => page.locator('#stage-title', { hasText: name });
/** Waits for the part `name` after a move: an effect then puts focus on its heading. */
async function movedTo(name: string) {
  await stageHeading(name).waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('stage-title');
}

describe('focusing sessions', () => {
  it('runs a guided session with the keyboard and resumes it after a reload', async () => {
    await page.reload();
    await press(page, page.locator('main').getByRole('link', { name: 'New focusing session' }));
    await stageHeading('At the start').waitFor();
    await waitForScreenFocus(page);

    // Check-in: no distance yet, as there is nothing chosen to be close to.
    expect(await page.getByRole('radio', { name: 'Too close' }).count()).toBe(0);
    await press(page, page.getByRole('button', { name: 'Next' }));

    // Clearing a space: two concerns set aside with Enter.
    await movedTo('Clearing a space');
    await tabTo(page, page.getByLabel('What is in the way?'));
    await page.keyboard.type('The deadline');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sleeping badly');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.concern-list li').count()).toBe(2);
    await press(page, page.getByRole('button', { name: 'Next' }));

    // Felt sense: choose the concern; only then is the distance asked, with the remedy for
    // too close. Tap the chest on the outline (a real button).
    await movedTo('Felt sense');
    const chosenDistance = page.getByRole('group', { name: 'Now that you have chosen it' });
    expect(await chosenDistance.count()).toBe(0);
    await press(page, page.getByRole('radio', { name: 'The deadline' }), 'Space');
    await press(page, chosenDistance.getByRole('radio', { name: 'Too close' }), 'Space');
    await page.getByText('something in me', { exact: false }).waitFor();
    const chest = page.locator('.body-figure').getByRole('button', { name: 'Chest' });
    await press(page, chest);
    expect(await chest.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('checkbox', { name: 'Chest' }).isChecked()).toBe(true);
    // The light check once the felt sense has formed: too far, and the remedy for it.
    const now = page.getByRole('group', { name: 'How close is it now?' });
    // (Tab reaches a radio group at its first option; the arrows choose.)
    await tabTo(page, now.getByRole('radio', { name: 'Too close' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await now.getByRole('radio', { name: 'Too far' }).isChecked()).toBe(true);
    await page.getByText('Come a little closer', { exact: false }).waitFor();
    await press(page, page.getByRole('button', { name: 'Next' }));

    // Handle: type half a word, then the page is reloaded (as after a call or a crash), once
    // the draft is written (drafts autosave on a debounce).
    await movedTo('Handle');
    await tabTo(page, page.getByLabel('Handle: word, phrase or image'));
    await page.keyboard.type('a wa');
    await waitForDraft(page, 'a wa');
    await page.reload();

    await stageHeading('Handle').waitFor();
    await page.getByText('Welcome back.', { exact: false }).waitFor();
    const handle = page.getByLabel('Handle: word, phrase or image');
    await expect.poll(() => handle.inputValue()).toBe('a wa');
    await tabTo(page, handle);
    await page.keyboard.press('End');
    await page.keyboard.type('ll');
    await press(page, page.getByRole('button', { name: 'Next' }));

    // Resonating: it fits. Then skip asking and receiving.
    await movedTo('Resonating');
    await press(page, page.getByRole('radio', { name: 'Yes' }), 'Space');
    await press(page, page.getByRole('button', { name: 'Next' }));
    // Asking: the light check again, here at the right distance.
    await movedTo('Asking');
    await tabTo(page, now.getByRole('radio', { name: 'Too close' }));
    await page.keyboard.press('ArrowRight');
    expect(await now.getByRole('radio', { name: 'Right distance' }).isChecked()).toBe(true);
    await page.getByText('You are in touch with it', { exact: false }).waitFor();
    await press(page, page.getByRole('button', { name: 'Next' }));
    await movedTo('Receiving');
    await press(page, page.getByRole('button', { name: 'Skip this part' }));

    // Check-out: from the first distance, the arrow key moves to "Right distance".
    await movedTo('At the end');
    await tabTo(page, page.getByRole('radio', { name: 'Too close' }));
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Right distance' }).isChecked()).toBe(true);
    await page.getByText('You are in touch with it', { exact: false }).waitFor();
    await press(page, page.locator('input[name="felt-shift"][value="yes"]'), 'Space');
    await press(page, page.getByRole('button', { name: 'Finish session' }));

    await page.getByRole('heading', { name: /^Session of / }).waitFor();
    const details = page.locator('dl.details');
    await details.getByText('a wall', { exact: true }).waitFor();
    await details.getByText('Chest', { exact: true }).waitFor();
    await details.getByText('Guided in Koers').waitFor();
    // Too close at the start, too far at the felt sense, right while asking and at the end.
    expect(await details.getByText('Too close').count()).toBe(1);
    expect(await details.getByText('Too far').count()).toBe(1);
    expect(await details.getByText('Right distance').count()).toBe(2);
    await details.getByText('Distance at the felt sense').waitFor();
    await details.getByText('Distance while asking').waitFor();
  });

  it('logs a session done elsewhere with only a few fields', async () => {
    await page.goto(new URL('/focusing', page.url()).href);
    await heading('Focusing').waitFor();
    await press(page, page.getByRole('link', { name: 'Log a session' }));
    await heading('Log a session').waitFor();
    await waitForScreenFocus(page);
    // The date is filled in with now; the rest is optional.
    expect(await page.getByLabel('Date and time').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await tabTo(page, page.getByLabel('Handle: word, phrase or image'));
    await page.keyboard.type('heavy');
    // The duration is among the optional fields, folded away.
    await press(page, page.locator('.quick-more summary'));
    await tabTo(page, page.getByLabel('Duration in minutes'));
    await page.keyboard.type('45');
    await press(page, page.getByRole('button', { name: 'Save session' }));

    await page.getByRole('heading', { name: /^Session of / }).waitFor();
    await page.locator('dl.details').getByText('Logged afterwards').waitFor();
    await page.locator('dl.details').getByText('45 min').waitFor();
  });

  it('shows both sessions in the history, filters them, and deletes with undo', async () => {
    await page.goto(new URL('/focusing', page.url()).href);
    await heading('Focusing').waitFor();
    await page.getByText('2 of 2 sessions shown').waitFor();
    const items = page.locator('.session-item');
    await items.filter({ hasText: 'a wall' }).waitFor();
    await items.filter({ hasText: 'heavy' }).waitFor();

    // Filter on felt shift: only the guided session had one.
    await press(page, page.locator('.filters summary'));
    await tabTo(page, page.getByLabel('Felt shift'));
    await page.keyboard.type('Yes');
    await page.getByText('1 of 2 sessions shown').waitFor();
    expect(await items.filter({ hasText: 'heavy' }).count()).toBe(0);
    await press(page, page.getByRole('button', { name: 'Clear filters' }));
    await page.getByText('2 of 2 sessions shown').waitFor();

    // Delete the quick log, then undo from the notice.
    await press(page, items.filter({ hasText: 'heavy' }).getByRole('link'));
    await page.getByRole('heading', { name: /^Session of / }).waitFor();
    await waitForScreenFocus(page);
    await press(page, page.getByRole('button', { name: 'Delete' }));
    await heading('Focusing').waitFor();
    await page.getByText('1 of 1 sessions shown').waitFor();
    await waitForScreenFocus(page);
    await press(page, page.getByRole('button', { name: 'Undo' }));
    await page.getByText('2 of 2 sessions shown').waitFor();

    expect(foreign).toEqual([]);
  });
});
