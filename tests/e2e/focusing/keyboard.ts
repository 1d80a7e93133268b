// Keyboard helpers for the focusing browser tests: reach a control with Tab only.
import type { Locator, Page } from 'playwright-core';

import { tabTo } from '../support/keyboard';

export { tabTo };

/** Tabs to `target` and presses `key` on it (Enter for links and buttons, Space for boxes). */
export async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
