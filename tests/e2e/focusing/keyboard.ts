// Keyboard helpers for the focusing browser tests: reach a control with Tab only.
import type { Locator, Page } from 'playwright-core';

/** Presses Tab until `target` has focus; fails if it is not reached within `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reachable with Tab: ${target}`);
}

/** Tabs to `target` and presses `key` on it (Enter for links and buttons, Space for boxes). */
export async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
