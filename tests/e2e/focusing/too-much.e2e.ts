// "This is too much" on every part of a guided session and on the timers: it pauses, offers a
// short grounding, and either goes on or stops with what was done saved. When it keeps coming
// back, the next session suggests practising with the coach first.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  finishFirstRun,
  goOffline,
  goOnline,
  launchBrowser,
  newContext,
  openApp,
  waitForServiceWorker,
  watchForeignRequests,
} from '../support/app';

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

const parts = [
  'At the start',
  'Clearing a space',
  'Felt sense',
  'Handle',
  'Resonating',
  'Asking',
  'Receiving',
  'At the end',
];

const stageHeading = (name: string) => page.locator('#stage-title', { hasText: name });
const tooMuch = () =>
  page.locator('.too-much-bar').getByRole('button', { name: 'This is too much' });
const grounding = () => page.locator('#grounding-title');
const focused = () => page.evaluate(() => document.activeElement?.id);

async function newSession() {
  await page.goto(new URL('/focusing/new', page.url()).href);
  await stageHeading('At the start').waitFor();
}

describe('this is too much', () => {
  it('pauses with a grounding on every part, and goes on where it was', async () => {
    await newSession();
    for (const [index, part] of parts.entries()) {
      if (index > 0) await page.getByRole('button', { name: 'Next' }).click();
      await stageHeading(part).waitFor();
      await tooMuch().click();
      await grounding().waitFor();
      await expect.poll(focused).toBe('grounding-title');
      await page.getByText('Feel your feet on the floor.').waitFor();
      await page.getByText('Breathe out slowly', { exact: false }).waitFor();
      expect(await page.locator('#stage-title').isVisible()).toBe(false);
      if (index === 0) await expectNoAxeViolations(page, 'grounding pause');
      await page.getByRole('button', { name: 'Go on with the session' }).click();
      await stageHeading(part).waitFor();
      await expect.poll(focused).toBe('stage-title');
    }
    // Finished as usual: the session keeps that it was too much at times.
    await page.getByRole('button', { name: 'Finish session' }).click();
    await page.locator('dl.details').getByText('Paused because it became too much').waitFor();
  });

  it('pauses a running timer from the timer itself, and stops with what was done saved', async () => {
    await newSession();
    await page.getByRole('button', { name: 'Next' }).click();
    await stageHeading('Clearing a space').waitFor();
    await page.getByLabel('What is in the way?').fill('The reorganisation');
    await page.getByLabel('Timer for this step').selectOption('5');
    await page.getByRole('button', { name: 'Start timer' }).click();
    await page.getByRole('button', { name: 'Pause timer' }).waitFor();
    await page.locator('.timer').getByRole('button', { name: 'This is too much' }).click();
    await grounding().waitFor();
    // The countdown stopped: its button (hidden with the step during the pause) offers to
    // start again.
    await expect
      .poll(() => page.locator('#stage-title ~ .timer .timer-run .button').first().textContent())
      .toBe('Start timer');

    await page.getByRole('button', { name: 'Stop here and keep what I did' }).click();
    await page.getByRole('heading', { name: /^Session of / }).waitFor();
    const details = page.locator('dl.details');
    await details.getByText('Stopped early because it became too much').waitFor();
    await details.getByText('The reorganisation').waitFor();
  });

  it('suggests practising with the coach when it keeps coming too close', async () => {
    // The two sessions above were both too much at times: the next one suggests the coach.
    await newSession();
    await page.locator('.coach-first').getByText('practise', { exact: false }).waitFor();
    await tooMuch().click();
    await page
      .locator('.grounding .notice')
      .getByText('with your coach', { exact: false })
      .waitFor();
    // The way to help is in the pause itself.
    await page.locator('.grounding').getByRole('link', { name: /help/ }).click();
    await page.locator('#help-title').waitFor();
    expect(foreign).toEqual([]);
  });
});
