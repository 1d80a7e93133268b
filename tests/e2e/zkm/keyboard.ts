// Keyboard-only helpers for the ZKM browser tests: reach a control with Tab, as a person would.
import type { Locator, Page } from 'playwright-core';

import { tabTo } from '../support/keyboard';

export { tabTo };

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
