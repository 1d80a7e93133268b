// Drives the production build the way a user starts it: a fresh profile, the first run done,
// the service worker in control.
import type { BrowserContext, Page } from 'playwright-core';
import { waitForServiceWorker } from './browser';

/**
 * Opens `url`, completes the first run with `role` in English (the about text acknowledged;
 * a coach declines the lock step), and waits for the worker.
 */
export async function startApp(
  context: BrowserContext,
  url: string,
  role: 'client' | 'coach' = 'client',
): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.locator('#app > *').first().waitFor();
  await page.locator('input[name="language"][value="en"]').check();
  await page.locator(`input[name="role"][value="${role}"]`).check();
  await page.locator('form button[type="submit"]').click();
  // "About Koers and your data", acknowledged.
  await page.getByRole('button', { name: 'I understand, start' }).click();
  // A coach's first run offers the app lock; the coach timings measure without it.
  if (role === 'coach') await page.getByRole('button', { name: 'Not now' }).click();
  await page.locator('#main-nav').waitFor({ state: 'attached' });
  await waitForServiceWorker(page);
  return page;
}

/** Whether `selector` appears within `timeout` ms (used to tell if a feature is built). */
export async function appears(page: Page, selector: string, timeout = 5_000): Promise<boolean> {
  try {
    await page.locator(selector).first().waitFor({ state: 'visible', timeout });
    return true;
  } catch {
    return false;
  }
}
