// Nothing typed in a guided session is lost: text in every field of every step, including a
// concern typed but never set aside, is still there after moving on, going back and reloading.
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
  waitForServiceWorker,
} from '../support/app';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
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

/** The text typed into each field, per part of the session (field id → text). */
const typed: [stage: string, fields: Record<string, string>][] = [
  ['Felt sense', { 'chosen-concern-text': 'the deadline' }],
  [
    'Handle',
    {
      handle: 'a wall',
      'quality-size': 'big',
      'quality-shape': 'square',
      'quality-colour': 'grey',
      'quality-temperature': 'cold',
      'quality-other': 'humming',
    },
  ],
  ['Asking', { 'question-0': 'What does it need?', 'answer-0': 'rest' }],
  ['Receiving', { receiving: 'a softer breath' }],
  ['At the end', { 'felt-shift-description': 'lighter', 'next-step': 'a walk' }],
];

const stageHeading = (name: string) => page.locator('#stage-title', { hasText: name });
const openStage = async (name: string) => {
  const parts = page.getByRole('navigation', { name: 'Parts of the session' });
  await parts.getByRole('button', { name, exact: true }).click();
  await stageHeading(name).waitFor();
};

describe('a guided session keeps every text', () => {
  it('after moving on, going back and reloading', async () => {
    await page.goto(new URL('/focusing/new', page.url()).href);
    await stageHeading('At the start').waitFor();

    // Clearing a space: one concern set aside, a second only typed, then Next.
    await page.getByRole('button', { name: 'Next' }).click();
    await stageHeading('Clearing a space').waitFor();
    await page.getByLabel('What is in the way?').fill('Sleeping badly');
    await page.getByRole('button', { name: 'Set aside' }).click();
    await page.getByLabel('What is in the way?').fill('The unsent mail');
    await page.getByRole('button', { name: 'Next' }).click();

    // Every other field, each part reached through the list of parts.
    for (const [stage, fields] of typed) {
      await openStage(stage);
      if (stage === 'Asking') await page.getByRole('button', { name: 'Add a question' }).click();
      if (stage === 'Handle') await page.locator('.qualities summary').click();
      for (const [id, text] of Object.entries(fields)) await page.locator(`#${id}`).fill(text);
    }

    // Back, step by step, to Clearing a space: the typed concern was set aside, not lost.
    for (const stage of ['Receiving', 'Asking', 'Resonating', 'Handle', 'Felt sense']) {
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await stageHeading(stage).waitFor();
    }
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await stageHeading('Clearing a space').waitFor();
    const concerns = page.locator('.concern-list li');
    await expect
      .poll(() => concerns.allInnerTexts())
      .toEqual([
        expect.stringContaining('Sleeping badly'),
        expect.stringContaining('The unsent mail'),
      ]);
    await waitForDraft(page, 'The unsent mail');
    await page.reload();

    await page.getByText('Welcome back.', { exact: false }).waitFor();
    for (const [stage, fields] of typed) {
      await openStage(stage);
      for (const [id, text] of Object.entries(fields)) {
        await expect.poll(() => page.locator(`#${id}`).inputValue()).toBe(text);
      }
    }
    await openStage('Clearing a space');
    await expect.poll(() => concerns.count()).toBe(2);
    await openStage('Felt sense');
    await page.getByRole('radio', { name: 'The unsent mail' }).waitFor();
  });
});
