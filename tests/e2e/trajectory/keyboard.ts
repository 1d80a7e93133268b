// Keyboard helpers for the trajectory browser tests: reach a control with Tab (as a keyboard
// user would), never with a click.
import type { Locator } from 'playwright-core';

export { tabTo } from '../support/keyboard';

/** Whether `target` has focus now. */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}
