// Times what a user waits for inside the page, without the DevTools round trip in the figure:
// from an action (a click, typing into a field, or an action driven from the benchmark such as
// choosing a file) until something is shown — a text outside any form field, an element —
// and a frame with it has been rendered (and, if asked, the main thread is idle again).
import type { Page } from 'playwright-core';

/** What the user does inside the page. */
export type Action =
  | { kind: 'click'; selector: string }
  | { kind: 'type'; selector: string; value: string };

/** What the user waits for; every given condition must hold. */
export interface Until {
  /** A text shown outside form fields (input, textarea, contenteditable), in a visible node. */
  text?: string;
  /** An element matching this selector, rendered (it has a box). */
  selector?: string;
  /** Also wait for the first idle period after the frame (requestIdleCallback). */
  idle?: boolean;
}

/** The helpers the benchmark installs in the page (again after every navigation). */
interface BenchHelpers {
  watch: (until: Until, timeout: number) => Promise<number>;
  pending?: { start: number; done: Promise<number> };
}

type BenchWindow = Window & { __koersBench?: BenchHelpers };

/** Installs window.__koersBench in the page, unless it is there already. */
async function installHelpers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as BenchWindow;
    if (w.__koersBench) return;
    const holds = (until: Until): boolean => {
      if (until.selector) {
        const element = document.querySelector(until.selector);
        if (!element || element.getClientRects().length === 0) return false;
      }
      if (until.text === undefined) return true;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('input, textarea, [contenteditable="true"]')) continue;
        if (node.textContent?.includes(until.text) && parent.getClientRects().length > 0) {
          return true;
        }
      }
      return false;
    };
    // Resolves with performance.now() once `until` holds and a frame with it was rendered.
    const watch = (until: Until, timeout: number) =>
      new Promise<number>((resolve, reject) => {
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => {
            // The frame is painted after this callback: measure in the next task.
            setTimeout(() => {
              if (until.idle) requestIdleCallback(() => resolve(performance.now()));
              else resolve(performance.now());
            }, 0);
          });
        };
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${JSON.stringify(until).slice(0, 80)} not met within ${timeout} ms`));
        }, timeout);
        const observer = new MutationObserver(() => {
          if (holds(until)) finish();
        });
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
        // Checked after the caller's synchronous action, so a state already shown counts.
        queueMicrotask(() => {
          if (holds(until)) finish();
        });
      });
    w.__koersBench = { watch };
  });
}

/** Ms from `action` until `until` holds (throws after `timeout`). */
export async function timeUntil(
  page: Page,
  action: Action,
  until: Until,
  timeout = 10_000,
): Promise<number> {
  const [ms] = await timesUntil(page, action, [until], timeout);
  return ms as number;
}

/** Ms from one `action` until each of `untils` holds, all timed from the same start. */
export async function timesUntil(
  page: Page,
  action: Action,
  untils: readonly Until[],
  timeout = 10_000,
): Promise<number[]> {
  await installHelpers(page);
  return page.evaluate(
    async ({ action, untils, timeout }) => {
      const helpers = (window as BenchWindow).__koersBench as BenchHelpers;
      const target = document.querySelector(action.selector);
      if (!(target instanceof HTMLElement)) throw new Error(`no element ${action.selector}`);
      const start = performance.now();
      const done = untils.map((until) => helpers.watch(until, timeout));
      if (action.kind === 'click') {
        target.click();
      } else {
        const field = target as HTMLInputElement;
        field.focus();
        field.value = action.value;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, data: action.value }));
      }
      return (await Promise.all(done)).map((end) => end - start);
    },
    { action, untils, timeout },
  );
}

/** Ms from `action` until `text` is visible outside form fields (throws after `timeout`). */
export function timeUntilText(
  page: Page,
  action: Action,
  text: string,
  timeout = 10_000,
): Promise<number> {
  return timeUntil(page, action, { text }, timeout);
}

/**
 * Starts the clock and the watch for `until` in the page, for an action the benchmark drives
 * itself (e.g. setInputFiles); `finishWatch` then gives the ms. The action's own round trip
 * from the benchmark (a few ms) is inside the figure.
 */
export async function armWatch(page: Page, until: Until, timeout = 60_000): Promise<void> {
  await installHelpers(page);
  await page.evaluate(
    ({ until, timeout }) => {
      const helpers = (window as BenchWindow).__koersBench as BenchHelpers;
      const done = helpers.watch(until, timeout);
      // A rejection is reported by finishWatch; do not let it go unhandled meanwhile.
      done.catch(() => undefined);
      helpers.pending = { start: performance.now(), done };
    },
    { until, timeout },
  );
}

/** Ms from armWatch until its condition held. */
export function finishWatch(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const pending = (window as BenchWindow).__koersBench?.pending;
    if (!pending) throw new Error('finishWatch without armWatch');
    return (await pending.done) - pending.start;
  });
}
