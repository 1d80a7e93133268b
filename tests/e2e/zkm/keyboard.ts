// Keyboard-only helpers for the ZKM browser tests: reach a control with Tab, as a person would.
import type { Locator, Page } from 'playwright-core';

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { back?: boolean; max?: number } = {},
) {
  const max = options.max ?? 250;
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target} with the keyboard`);
}

/** Tabs to `target` and activates it with Enter. */
export async function activate(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Rates the current item: Tab into the first scale, then one digit per term (focus moves on). */
export async function rateWithDigits(page: Page, digits: string) {
  // The screen focuses the item's heading on arrival; start from there, as a person would.
  await page.waitForFunction(() => document.activeElement?.id === 'zkm-rate-title');
  await page.keyboard.press('Tab');
  for (const digit of digits) await page.keyboard.press(digit);
}
