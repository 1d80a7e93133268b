// Times a user action inside the page, without the DevTools round trip in the figure: from
// the action (a click, or typing into a field) until given text is shown outside any form
// field, and a frame with it has been rendered.
import type { Page } from 'playwright-core';

/** What the user does. */
export type Action =
  | { kind: 'click'; selector: string }
  | { kind: 'type'; selector: string; value: string };

/** Ms from `action` until `text` is visible outside form fields (throws after `timeout`). */
export function timeUntilText(
  page: Page,
  action: Action,
  text: string,
  timeout = 10_000,
): Promise<number> {
  return page.evaluate(
    ({ action, text, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const target = document.querySelector(action.selector);
        if (!(target instanceof HTMLElement)) {
          reject(new Error(`no element ${action.selector}`));
          return;
        }
        const shown = () => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest('input, textarea, [contenteditable="true"]')) continue;
            if (node.textContent?.includes(text) && parent.getClientRects().length > 0) return true;
          }
          return false;
        };
        let observer: MutationObserver | undefined;
        const timer = setTimeout(() => {
          observer?.disconnect();
          reject(new Error(`"${text.slice(0, 40)}" not shown within ${timeout} ms`));
        }, timeout);
        const start = performance.now();
        const finish = () => {
          observer?.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - start));
        };
        observer = new MutationObserver(() => {
          if (shown()) finish();
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        if (action.kind === 'click') {
          target.click();
        } else {
          const field = target as HTMLInputElement;
          field.focus();
          field.value = action.value;
          field.dispatchEvent(new InputEvent('input', { bubbles: true, data: action.value }));
        }
        if (shown()) finish();
      }),
    { action, text, timeout },
  );
}
