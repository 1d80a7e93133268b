// The one way browser tests reach a control: Tab (or Shift+Tab), as a keyboard user would,
// never a click. Every feature's tests use this helper.
import type { Locator, Page } from 'playwright-core';

/** How `tabTo` moves: backwards, at most `max` presses, and (for a selector) with this text. */
export interface TabOptions {
  back?: boolean;
  max?: number;
  /** For a selector: the focused element's trimmed text must equal this. */
  text?: string;
}

/**
 * Presses Tab until `target` has focus. A locator names one element: when it has focus already,
 * nothing is pressed. A selector names "the next element that matches": at least one key is
 * pressed, so tabbing from one button to the next button works. Fails after `max` presses.
 */
export async function tabTo(
  page: Page,
  target: Locator | string,
  options: TabOptions = {},
): Promise<void> {
  const key = options.back ? 'Shift+Tab' : 'Tab';
  const max = options.max ?? 250;
  if (typeof target === 'string') {
    for (let step = 0; step < max; step += 1) {
      await page.keyboard.press(key);
      const found = await page.evaluate(
        ({ selector, text }) => {
          const el = document.activeElement;
          return (
            (el?.matches(selector) ?? false) &&
            (text === undefined || el?.textContent?.trim() === text)
          );
        },
        { selector: target, text: options.text },
      );
      if (found) return;
    }
    throw new Error(`Tab never reached ${target} ${options.text ?? ''}`);
  }
  // The element must be in the page before the presses start, or they run past it.
  await target.waitFor({ state: 'attached' });
  for (let step = 0; step < max; step += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached ${target}`);
}
