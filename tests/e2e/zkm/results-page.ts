// The results screen of an investigation, for browser tests. The screen is drawn in steps
// (src/features/zkm/views/result-steps.ts); it says it is complete with aria-busy="false".
import type { Page } from 'playwright-core';

/** Waits until every card and section of the results on show is drawn. */
export async function resultsDrawn(page: Page): Promise<void> {
  await page.locator('.zkm-results[aria-busy="false"]').waitFor({ timeout: 60_000 });
}

/** Opens the results of investigation `id` and waits until they are drawn. */
export async function openResults(page: Page, id: string): Promise<void> {
  await page.goto(new URL(`/zkm/${id}/results`, page.url()).href);
  await resultsDrawn(page);
}

/** Waits until the screen on show has loaded and, for the results, is drawn to the end. */
export async function screenSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('main [role="status"]')?.textContent?.match(/^(Loading|Laden)/) &&
      !document.querySelector('main [aria-busy="true"]'),
  );
}
