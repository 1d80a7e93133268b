// Page helpers for the ZKM browser tests: a client with the example investigations loaded, a
// new investigation with its valuations, and the rating screen. The keyboard helpers (reach a
// control with Tab, rate with digits) come along, so a test imports its steps from one place.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { finishFirstRun, go, openApp } from '../support/app';

export { activate, rateWithDigits, tabTo } from './keyboard';

/** Opens the app as a new client in `language` and loads the example data, until it is stored. */
export async function loadExample(page: Page, language: 'nl' | 'en'): Promise<void> {
  await openApp(page);
  await finishFirstRun(page, 'client', language);
  const button = page.locator('.example-data button');
  await button.waitFor();
  await button.click();
  await page.locator('.example-data [role="status"]').filter({ hasText: /\d/ }).waitFor();
}

/** A tap on a touch screen (a phone's way), a click with the mouse elsewhere. */
async function press(page: Page, selector: string): Promise<void> {
  const touch = await page.evaluate(() => navigator.maxTouchPoints > 0);
  const target = page.locator(selector);
  await (touch ? target.tap() : target.click());
}

/**
 * Starts an investigation on the built-in list with a tap on Start (a click without touch) and
 * waits for its valuations screen; returns the investigation's id, read from the address.
 */
export async function startInvestigation(page: Page): Promise<string> {
  await go(page, '/zkm/new');
  await page.locator('#zkm-new-name').waitFor();
  await press(page, 'section[aria-labelledby="zkm-new-title"] button[type="submit"]');
  await page.waitForURL(/\/valuations$/);
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}

/**
 * Writes a valuation on the valuations screen and adds it with a tap (a click without touch),
 * then waits until the list holds `count` valuations (the one added included).
 */
export async function addValuation(page: Page, text: string, count: number): Promise<void> {
  await page.locator('#zkm-val-text').fill(text);
  await press(page, 'form:has(#zkm-val-text) button[type="submit"]');
  await expect.poll(() => page.locator('.zkm-val-list > li').count()).toBe(count);
}

/** Opens the rating screen of investigation `id`, at `item` (a valuation's id) if given. */
export async function openRating(page: Page, id: string, item?: string): Promise<void> {
  await go(page, item === undefined ? `/zkm/${id}/rate` : `/zkm/${id}/rate?item=${item}`);
}
